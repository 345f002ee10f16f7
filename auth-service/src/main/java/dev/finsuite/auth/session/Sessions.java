package dev.finsuite.auth.session;

import dev.finsuite.auth.user.AccessOutdated;
import dev.finsuite.auth.user.SessionsRevoked;
import dev.finsuite.auth.user.User;
import dev.finsuite.auth.user.UserRepository;
import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.security.IssuedToken;
import dev.finsuite.common.security.JwtTokens;
import dev.finsuite.common.security.RefreshTokenClaims;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ins as chains of refresh tokens. Each refresh spends its token and issues the next link; a spent
 * token presented again means it was copied, so the whole chain (family) is revoked and both the thief and
 * the victim must sign in again.
 */
@Service
class Sessions {

    private final RefreshTokenRepository refreshTokens;
    private final UserRepository users;
    private final JwtTokens jwt;
    private final AccessRevoker accessRevoker;
    private final SignInHistory history;
    private final Clock clock;

    Sessions(
            RefreshTokenRepository refreshTokens,
            UserRepository users,
            JwtTokens jwt,
            AccessRevoker accessRevoker,
            SignInHistory history,
            Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.jwt = jwt;
        this.accessRevoker = accessRevoker;
        this.history = history;
        this.clock = clock;
    }

    /** A new sign-in: a new family. Runs in the caller's transaction, in the user's tenant. */
    @Transactional(propagation = Propagation.MANDATORY)
    TokenPair start(User user, Client client) {
        return issue(user, UUID.randomUUID(), client);
    }

    /**
     * Rotates a verified refresh token. Returns null when the token must be refused; in that case any
     * revocation it caused is still committed.
     */
    @Transactional
    TokenPair rotate(RefreshTokenClaims claims, String presented, Client client) {
        RefreshToken stored = refreshTokens
                .lockByIdAndTenantId(claims.tokenId(), claims.tenantId())
                .orElse(null);
        if (stored == null || !stored.matches(hash(presented))) {
            return null;
        }
        if (stored.isSpent()) {
            // A copied chain: neither the thief's nor the victim's access tokens of this sign-in may go on.
            refreshTokens.revokeFamily(claims.tenantId(), stored.getFamilyId(), clock.instant());
            accessRevoker.revokeSession(stored.getFamilyId());
            return null;
        }
        User user =
                users.findByIdAndTenantId(stored.getUserId(), claims.tenantId()).orElse(null);
        if (user == null || !user.isActive()) {
            refreshTokens.revokeFamily(claims.tenantId(), stored.getFamilyId(), clock.instant());
            return null;
        }
        stored.markUsed(clock.instant());
        return issue(user, stored.getFamilyId(), client);
    }

    /** Signing out ends the sign-in here and, within seconds, its access tokens in every service. */
    @Transactional
    void end(RefreshTokenClaims claims) {
        refreshTokens.revokeFamily(claims.tenantId(), claims.familyId(), clock.instant());
        accessRevoker.revokeSession(claims.familyId());
    }

    @Transactional(readOnly = true)
    List<SignInHistory.OpenSignIn> open(UUID tenantId, UUID userId) {
        return history.open(tenantId, userId, clock.instant());
    }

    /** Ends one of the user's own sign-ins (a device they do not recognise), and its access tokens everywhere. */
    @Transactional
    void endOne(UUID tenantId, UUID userId, UUID familyId) {
        if (!history.isOpen(tenantId, userId, familyId)) {
            throw new AuthFailures.SessionNotFound();
        }
        refreshTokens.revokeFamily(tenantId, familyId, clock.instant());
        accessRevoker.revokeSession(familyId);
    }

    /** "Sign out everywhere": every sign-in of the user ends, this one too, and every access token with it. */
    @Transactional
    void endAll(UUID tenantId, UUID userId) {
        on(new SessionsRevoked(tenantId, userId, null));
    }

    @EventListener
    void on(SessionsRevoked revoked) {
        if (revoked.exceptSession() == null) {
            refreshTokens.revokeUser(revoked.tenantId(), revoked.userId(), clock.instant());
            accessRevoker.revokeUser(revoked.userId());
        } else {
            refreshTokens
                    .openFamiliesExcept(revoked.tenantId(), revoked.userId(), revoked.exceptSession())
                    .forEach(accessRevoker::revokeSession);
            refreshTokens.revokeUserExceptFamily(
                    revoked.tenantId(), revoked.userId(), revoked.exceptSession(), clock.instant());
        }
    }

    /** A changed role: the tokens stating the old one are refused everywhere; refreshing gives the new one. */
    @EventListener
    void on(AccessOutdated outdated) {
        accessRevoker.revokeUser(outdated.userId());
    }

    private TokenPair issue(User user, UUID familyId, Client client) {
        Instant now = clock.instant();
        IssuedToken refresh = jwt.issueRefresh(user.getId(), user.getTenantId(), familyId, UUID.randomUUID());
        refreshTokens.save(new RefreshToken(
                refresh.id(),
                user.getTenantId(),
                user.getId(),
                familyId,
                hash(refresh.value()),
                refresh.expiresAt(),
                client));
        IssuedToken access = jwt.issueAccess(
                user.getId(), user.getTenantId(), List.of(user.getRole().name()), familyId);
        return TokenPair.of(access, refresh, now);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
