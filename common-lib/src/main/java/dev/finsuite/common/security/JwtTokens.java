package dev.finsuite.common.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.MacAlgorithm;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Signs and verifies the suite's tokens. Access tokens ({@code typ=access}) open every service's API;
 * refresh tokens ({@code typ=refresh}, their own audience) only buy new access tokens at auth-service, so
 * one can never be used in place of the other.
 */
public class JwtTokens {

    static final String TYPE = "typ";
    static final String TENANT = "tid";
    static final String ROLES = "roles";
    static final String SESSION = "sid";
    /** {@code iat} in milliseconds: JWT's own is in whole seconds, too coarse to order a token and a revocation. */
    static final String ISSUED_AT_MILLIS = "iat_ms";

    static final String FAMILY = "fam";
    private static final String ACCESS = "access";
    private static final String REFRESH = "refresh";
    private static final long CLOCK_SKEW_SECONDS = 30;

    private final SuiteSecurityProperties properties;
    private final SecretKey key;
    private final MacAlgorithm algorithm;
    private final Clock clock;
    private final JwtParser accessParser;
    private final JwtParser refreshParser;

    public JwtTokens(SuiteSecurityProperties properties, byte[] keyBytes, Clock clock) {
        this.properties = properties;
        this.key = Keys.hmacShaKeyFor(keyBytes);
        this.algorithm = macAlgorithm(properties.algorithm());
        this.clock = clock;
        this.accessParser = parser(properties.audience());
        this.refreshParser = parser(refreshAudience());
    }

    private JwtParser parser(String audience) {
        return Jwts.parser()
                .verifyWith(key)
                .requireIssuer(properties.issuer())
                .requireAudience(audience)
                .clockSkewSeconds(CLOCK_SKEW_SECONDS)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    private static MacAlgorithm macAlgorithm(String name) {
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "HS256" -> Jwts.SIG.HS256;
            case "HS384" -> Jwts.SIG.HS384;
            case "HS512" -> Jwts.SIG.HS512;
            default ->
                throw new InvalidSecretKey("JWT_ALGORITHM '" + name + "' is not supported; use HS256, HS384 or HS512");
        };
    }

    private String refreshAudience() {
        return properties.audience() + "-refresh";
    }

    public IssuedToken issueAccess(UUID userId, UUID tenantId, Collection<String> roles, UUID sessionId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        UUID id = UUID.randomUUID();
        String value = Jwts.builder()
                .issuer(properties.issuer())
                .audience()
                .add(properties.audience())
                .and()
                .subject(userId.toString())
                .id(id.toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .claim(TYPE, ACCESS)
                .claim(TENANT, tenantId.toString())
                .claim(ROLES, List.copyOf(roles))
                .claim(SESSION, sessionId.toString())
                .claim(ISSUED_AT_MILLIS, now.toEpochMilli())
                .signWith(key, algorithm)
                .compact();
        return new IssuedToken(value, id, expiresAt);
    }

    public IssuedToken issueRefresh(UUID userId, UUID tenantId, UUID familyId, UUID tokenId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.refreshTokenTtl());
        String value = Jwts.builder()
                .issuer(properties.issuer())
                .audience()
                .add(refreshAudience())
                .and()
                .subject(userId.toString())
                .id(tokenId.toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .claim(TYPE, REFRESH)
                .claim(TENANT, tenantId.toString())
                .claim(FAMILY, familyId.toString())
                .signWith(key, algorithm)
                .compact();
        return new IssuedToken(value, tokenId, expiresAt);
    }

    /**
     * A short-lived token for one step at auth-service and nothing else (setting up two-factor sign-in, say): its
     * audience and type are the purpose's own, so no service takes it for an access token.
     */
    public IssuedToken issuePurpose(String purpose, UUID userId, UUID tenantId, java.time.Duration validFor) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(validFor);
        UUID id = UUID.randomUUID();
        String value = Jwts.builder()
                .issuer(properties.issuer())
                .audience()
                .add(purposeAudience(purpose))
                .and()
                .subject(userId.toString())
                .id(id.toString())
                .issuedAt(Date.from(now))
                .expiration(Date.from(expiresAt))
                .claim(TYPE, purpose)
                .claim(TENANT, tenantId.toString())
                .signWith(key, algorithm)
                .compact();
        return new IssuedToken(value, id, expiresAt);
    }

    /** The user and tenant of a token {@link #issuePurpose issued} for {@code purpose}, if it is one and still valid. */
    public PurposeClaims verifyPurpose(String purpose, String token) {
        JwtParser parser = parser(purposeAudience(purpose));
        Claims claims = verify(parser, token, purpose);
        return new PurposeClaims(uuid(claims.getSubject()), uuid(claims.get(TENANT, String.class)));
    }

    /** Who a purpose token was issued to. */
    public record PurposeClaims(UUID userId, UUID tenantId) {}

    private String purposeAudience(String purpose) {
        if (purpose.equals(ACCESS) || purpose.equals(REFRESH)) {
            throw new IllegalArgumentException("Not a purpose of its own: " + purpose);
        }
        return properties.audience() + "-" + purpose;
    }

    public AuthenticatedUser verifyAccess(String token) {
        Claims claims = verify(accessParser, token, ACCESS);
        Set<String> roles = new LinkedHashSet<>();
        if (claims.get(ROLES) instanceof Collection<?> values) {
            values.forEach(value -> roles.add(String.valueOf(value)));
        }
        return new AuthenticatedUser(
                uuid(claims.getSubject()),
                uuid(claims.get(TENANT, String.class)),
                Set.copyOf(roles),
                uuid(claims.get(SESSION, String.class)),
                issuedAt(claims));
    }

    private static Instant issuedAt(Claims claims) {
        if (claims.get(ISSUED_AT_MILLIS) instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        return claims.getIssuedAt() == null ? null : claims.getIssuedAt().toInstant();
    }

    public RefreshTokenClaims verifyRefresh(String token) {
        Claims claims = verify(refreshParser, token, REFRESH);
        return new RefreshTokenClaims(
                uuid(claims.getId()),
                uuid(claims.get(FAMILY, String.class)),
                uuid(claims.getSubject()),
                uuid(claims.get(TENANT, String.class)),
                claims.getExpiration().toInstant());
    }

    private Claims verify(JwtParser parser, String token, String expectedType) {
        if (token == null || token.isBlank()) {
            throw new InvalidToken("token is missing");
        }
        Jws<Claims> jws;
        try {
            jws = parser.parseSignedClaims(token);
        } catch (ExpiredJwtException e) {
            throw new InvalidToken("token has expired");
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidToken("token is invalid");
        }
        if (!algorithm.getId().equals(jws.getHeader().getAlgorithm())) {
            throw new InvalidToken("token is invalid");
        }
        Claims claims = jws.getPayload();
        if (claims.getExpiration() == null) {
            throw new InvalidToken("token has no expiry");
        }
        if (!expectedType.equals(claims.get(TYPE, String.class))) {
            throw new InvalidToken("token is of the wrong type");
        }
        return claims;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw new InvalidToken("token is invalid");
        }
    }
}
