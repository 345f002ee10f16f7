package dev.finsuite.common.testsupport;

import java.util.UUID;

/** Someone calling a service in a test: their household, their own id and an access token of theirs. */
public record Caller(UUID tenant, UUID user, String token) {

    /** A MEMBER of {@code tenant} with an id of their own, so the audit trail can name them. */
    public static Caller member(UUID tenant) {
        UUID user = UUID.randomUUID();
        return new Caller(tenant, user, TestTokens.access(tenant, user, "MEMBER"));
    }
}
