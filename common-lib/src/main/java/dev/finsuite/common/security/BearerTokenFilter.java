package dev.finsuite.common.security;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.Problems;
import dev.finsuite.common.web.RequestIdFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by its {@code Authorization: Bearer} access token and makes the token's tenant the
 * request's tenant. A bad token leaves the request anonymous (and notes why), so a protected path answers
 * 401 while a public one, such as login, still works for a client holding a stale token.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    static final String FAILURE_ATTRIBUTE = BearerTokenFilter.class.getName() + ".failure";
    public static final String USER_LOG_KEY = "userId";

    private final JwtTokens tokens;
    private final AccessRevocations revocations;
    private final ApiTokens apiTokens;
    private final ApiTokenScopes scopes;

    public BearerTokenFilter(JwtTokens tokens, AccessRevocations revocations) {
        this(tokens, revocations, null, null);
    }

    /** With {@code apiTokens}, a personal API token ({@code fst_…}) is accepted too, within its scopes. */
    public BearerTokenFilter(
            JwtTokens tokens, AccessRevocations revocations, ApiTokens apiTokens, ApiTokenScopes scopes) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.apiTokens = apiTokens;
        this.scopes = scopes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String bearer = header.substring(7).trim();
        ApiTokens.Grant grant = null;
        AuthenticatedUser user;
        if (ApiTokens.isApiToken(bearer)) {
            try {
                grant = apiTokens == null ? null : apiTokens.usable(bearer).orElse(null);
            } catch (DataAccessException unavailable) {
                Problems.write(
                        response,
                        Problems.of(
                                HttpStatus.SERVICE_UNAVAILABLE,
                                "upstream_unavailable",
                                "API tokens cannot be checked just now; try again in a moment"));
                return;
            }
            if (grant == null) {
                request.setAttribute(FAILURE_ATTRIBUTE, "The API token is unknown, expired or revoked");
                chain.doFilter(request, response);
                return;
            }
            user = grant.caller();
        } else {
            try {
                user = tokens.verifyAccess(bearer);
            } catch (InvalidToken e) {
                request.setAttribute(FAILURE_ATTRIBUTE, e.getMessage());
                chain.doFilter(request, response);
                return;
            }
        }
        if (revocations != null && revocations.refuses(user)) {
            request.setAttribute(FAILURE_ATTRIBUTE, "The access token was revoked; sign in again");
            chain.doFilter(request, response);
            return;
        }
        if (grant != null) {
            if (!withinScopes(grant, request, response)) {
                return;
            }
            apiTokens.used(grant);
        }
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
        request.setAttribute(
                RequestIdFilter.LOG_CONTEXT_ATTRIBUTE,
                Map.of(
                        TenantContext.LOG_KEY,
                        user.tenantId().toString(),
                        USER_LOG_KEY,
                        user.userId().toString()));
        MDC.put(USER_LOG_KEY, user.userId().toString());
        try (TenantContext.Scope ignored = TenantContext.enter(user.tenantId())) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER_LOG_KEY);
        }
    }

    /** An API token opens what its scopes allow, and never what takes a signed-in session; else a 403 problem. */
    private boolean withinScopes(ApiTokens.Grant grant, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (scopes.sessionOnly(path)) {
            Problems.write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            "session_required",
                            "This takes a signed-in session, not an API token"));
            return false;
        }
        String needed = scopes.needed(request.getMethod(), path);
        if (!grant.scopes().contains(needed)) {
            Problems.write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            "insufficient_scope",
                            "This API token's scopes " + grant.scopes() + " do not include " + needed));
            return false;
        }
        return true;
    }
}
