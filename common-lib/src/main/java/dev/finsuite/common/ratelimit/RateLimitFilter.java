package dev.finsuite.common.ratelimit;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after authentication, on the API only: an authenticated request is charged to its tenant and user and
 * answered {@code 429 rate_limited} with {@code Retry-After} once either budget is spent. Every limited
 * response, refused or not, carries the {@code RateLimit} and {@code RateLimit-Policy} headers. Anonymous
 * requests (sign-in, registration) are the gateway's to limit, per IP.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final RouteClassifier classifier;

    public RateLimitFilter(RateLimiter limiter, RouteClassifier classifier) {
        this.limiter = limiter;
        this.classifier = classifier;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!path.startsWith("/api/")
                || authentication == null
                || !(authentication.getPrincipal() instanceof AuthenticatedUser user)) {
            chain.doFilter(request, response);
            return;
        }
        Decision decision =
                limiter.consume(user.tenantId(), user.userId(), classifier.classify(request.getMethod(), path));
        response.setHeader(RateLimitHeaders.POLICY, RateLimitHeaders.policy(decision));
        response.setHeader(RateLimitHeaders.STATE, RateLimitHeaders.state(decision));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = decision.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        Problems.write(
                response,
                Problems.of(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate_limited",
                        "Too many " + decision.routeClass().label() + " for now; retry in " + retryAfter + " s."));
    }
}
