package dev.finsuite.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What every probed response must be: an answer (not a dropped connection), never a 5xx, every error an RFC 9457
 * problem with a stable {@code code}, within the time bound; and, for another tenant, nothing of the attacked
 * tenant's: a 4xx for its ids, and none of its ids or names in any successful body.
 */
final class Verdict {

    private static final String SLOW = "slower than ";
    private final Duration bound;
    private final Tenant attacked;
    private final Set<String> attackedIds;

    Verdict(Duration bound, Tenant attacked, Set<String> attackedIds) {
        this.bound = bound;
        this.attacked = attacked;
        this.attackedIds = attackedIds;
    }

    /** Every rule the response breaks (none: an empty list). */
    List<String> judge(Attempts.Attempt attempt, RawHttp.Response response) {
        List<String> broken = new ArrayList<>();
        if (response.failure() != null) {
            broken.add("no answer");
            return broken;
        }
        if (response.status() >= 500) {
            broken.add("5xx");
        }
        if (response.status() >= 400 && !isProblem(response)) {
            broken.add("error that is not a problem+json with a code");
        }
        if (response.elapsed().compareTo(bound) > 0) {
            broken.add(SLOW + bound.toSeconds() + " s (" + response.elapsed().toMillis() + " ms)");
        }
        if (attempt.expect() == Attempts.Expect.FOREIGN_ID && response.ok()) {
            broken.add("another tenant's token got " + response.status() + " on this tenant's ids");
        }
        if (attempt.expect() != Attempts.Expect.ROBUST && leaks(response)) {
            broken.add("another tenant's token was shown this tenant's data");
        }
        return broken;
    }

    static boolean isSlow(String rule) {
        return rule.startsWith(SLOW);
    }

    private boolean leaks(RawHttp.Response response) {
        String body = response.body();
        if (body.contains(attacked.marker())) {
            return true;
        }
        // An error may name the id it was asked for (a problem's instance is the request path); a success may not.
        return response.ok() && attackedIds.stream().anyMatch(body::contains);
    }

    private static boolean isProblem(RawHttp.Response response) {
        if (!response.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode code = response.json().path("code");
            return code.isString() && !code.asString().isBlank();
        } catch (RuntimeException notJson) {
            return false;
        }
    }
}
