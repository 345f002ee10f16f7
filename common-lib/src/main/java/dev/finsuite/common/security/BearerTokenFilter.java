package dev.finsuite.common.security;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.RequestIdFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
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

    public BearerTokenFilter(JwtTokens tokens, AccessRevocations revocations) {
        this.tokens = tokens;
        this.revocations = revocations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        AuthenticatedUser user;
        try {
            user = tokens.verifyAccess(header.substring(7).trim());
        } catch (InvalidToken e) {
            request.setAttribute(FAILURE_ATTRIBUTE, e.getMessage());
            chain.doFilter(request, response);
            return;
        }
        if (revocations != null && revocations.refuses(user)) {
            request.setAttribute(FAILURE_ATTRIBUTE, "The access token was revoked; sign in again");
            chain.doFilter(request, response);
            return;
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
}
