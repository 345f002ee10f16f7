package dev.finsuite.common.web;

import java.util.Map;

/** The stable, snake_case {@code code} that accompanies each HTTP status in a problem body. */
public final class ProblemCodes {

    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, "validation_failed"),
            Map.entry(401, "unauthorized"),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not_found"),
            Map.entry(405, "method_not_allowed"),
            Map.entry(406, "not_acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(412, "precondition_failed"),
            Map.entry(413, "payload_too_large"),
            Map.entry(415, "unsupported_media_type"),
            Map.entry(422, "unprocessable"),
            Map.entry(428, "precondition_required"),
            Map.entry(429, "rate_limited"),
            Map.entry(503, "upstream_unavailable"));

    private ProblemCodes() {}

    public static String forStatus(int status) {
        return BY_STATUS.getOrDefault(status, status >= 500 ? "internal_error" : "bad_request");
    }
}
