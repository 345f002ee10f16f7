package dev.finsuite.auth.apitoken;

import dev.finsuite.auth.session.AccessRevoker;
import dev.finsuite.common.crypto.RandomTokens;
import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.security.ApiTokens;
import dev.finsuite.common.security.AuthenticatedUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a script's own key with scopes and an expiry, shown once and kept only as its hash, listed
 * with its last use, and revoked at once everywhere (through the same revocations as sign-outs).
 */
@Service
class PersonalTokens {

    static final int MAX_ACTIVE = 50;

    private final ApiTokenRepository tokens;
    private final AccessRevoker revoker;
    private final Clock clock;

    PersonalTokens(ApiTokenRepository tokens, AccessRevoker revoker, Clock clock) {
        this.tokens = tokens;
        this.revoker = revoker;
        this.clock = clock;
    }

    /** The new token and, this once, its secret. */
    record Created(ApiToken token, String secret) {}

    @Transactional
    Created create(AuthenticatedUser caller, String name, List<String> scopes, Duration validFor) {
        if (tokens.countByTenantIdAndUserIdAndRevokedAtIsNull(caller.tenantId(), caller.userId()) >= MAX_ACTIVE) {
            throw new TooMany();
        }
        String secret = ApiTokens.PREFIX + RandomTokens.urlSafe(32);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(
                caller.tenantId(),
                caller.userId(),
                name.strip(),
                Sha256.hex(secret),
                scopes.stream().distinct().sorted().toList(),
                now,
                now.plus(validFor)));
        return new Created(token, secret);
    }

    @Transactional(readOnly = true)
    List<ApiToken> mine(AuthenticatedUser caller) {
        return tokens.findAllByTenantIdAndUserIdOrderByCreatedAtDesc(caller.tenantId(), caller.userId());
    }

    @Transactional
    void revoke(AuthenticatedUser caller, UUID id) {
        ApiToken token = tokens.findByIdAndTenantIdAndUserId(id, caller.tenantId(), caller.userId())
                .orElseThrow(TokenNotFound::new);
        if (token.revoke(clock.instant())) {
            revoker.revokeSession(token.id());
        }
    }

    static class TokenNotFound extends DomainFailure.NotFound {
        TokenNotFound() {
            super("No such API token");
        }
    }

    static class TooMany extends DomainFailure.Conflict {
        TooMany() {
            super("too_many_tokens", "At most " + MAX_ACTIVE + " API tokens can be active; revoke one first");
        }
    }
}
