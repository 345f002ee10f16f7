package dev.finsuite.common.security;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@code Authorization} a service sends when it asks another service for a tenant's data: the caller's own
 * token while it serves a request, so the other service applies the caller's tenant and rights; a job, which has
 * no caller, acts for the tenant with a short-lived reader's token. (Minting needs the shared signing key;
 * issue 14 replaces this with service credentials.)
 */
public class CallerAuthorization {

    private static final UUID SERVICE_USER = new UUID(0, 0);

    private final JwtTokens tokens;

    public CallerAuthorization(JwtTokens tokens) {
        this.tokens = tokens;
    }

    public String forTenant(UUID tenantId) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String callers = attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
            if (callers != null) {
                return callers;
            }
        }
        return "Bearer "
                + tokens.issueAccess(SERVICE_USER, tenantId, List.of("VIEWER"), UUID.randomUUID())
                        .value();
    }
}
