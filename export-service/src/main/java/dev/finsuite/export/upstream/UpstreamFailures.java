package dev.finsuite.export.upstream;

import dev.finsuite.common.web.ApiException.ForbiddenException;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.UpstreamUnavailableException;

/** What can go wrong asking another service, named as facts and mapped to the suite's problems. */
public final class UpstreamFailures {

    private UpstreamFailures() {}

    /**
     * The service is down, slow, or answered 5xx (or something export-service cannot read): a 503 for the whole
     * report, never a 500 and never a figure computed without it.
     */
    public static final class UpstreamUnavailable extends UpstreamUnavailableException {
        UpstreamUnavailable(Upstream service, String what) {
            super(service.serviceName() + " " + what + "; the report needs its figures, try again shortly");
        }
    }

    /** The service says the resource does not exist for this caller (missing, or another tenant's). */
    public static final class UpstreamNotFound extends NotFoundException {
        UpstreamNotFound(String resource) {
            super("No such " + resource);
        }
    }

    /** The service refused the caller's role. */
    public static final class UpstreamForbidden extends ForbiddenException {
        UpstreamForbidden(Upstream service) {
            super(service.serviceName() + " refused this caller's role");
        }
    }
}
