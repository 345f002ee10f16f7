package dev.finsuite.common.ratelimit;

import java.util.stream.Collectors;

/**
 * The IETF draft's structured headers (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy} names
 * each quota with its size {@code q} and window {@code w} in seconds; {@code RateLimit} gives what remains
 * {@code r} and the seconds {@code t} until the quota is whole again.
 */
final class RateLimitHeaders {

    static final String POLICY = "RateLimit-Policy";
    static final String STATE = "RateLimit";

    private RateLimitHeaders() {}

    static String policy(Decision decision) {
        return decision.uses().stream()
                .map(use -> "\"" + use.quota().policy() + "\";q="
                        + use.quota().budget().requests() + ";w="
                        + use.quota().budget().windowSeconds())
                .collect(Collectors.joining(", "));
    }

    static String state(Decision decision) {
        return decision.uses().stream()
                .map(use -> "\"" + use.quota().policy() + "\";r=" + use.probe().getRemainingTokens() + ";t="
                        + use.secondsToReset())
                .collect(Collectors.joining(", "));
    }
}
