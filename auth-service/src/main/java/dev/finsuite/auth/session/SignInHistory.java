package dev.finsuite.auth.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A user's open sign-ins, read from the links of their refresh-token chains. */
@Component
class SignInHistory {

    private final JdbcClient jdbc;

    SignInHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sign-ins whose latest link can still be refreshed, most recently used first: when it began, when it was
     * last refreshed, and the device and address of that last refresh.
     */
    List<OpenSignIn> open(UUID tenantId, UUID userId, Instant now) {
        return jdbc.sql("""
                        select family_id,
                               min(created_at) as signed_in_at,
                               max(created_at) as last_used_at,
                               (array_agg(user_agent order by created_at desc))[1] as user_agent,
                               (array_agg(ip_address order by created_at desc))[1] as ip_address
                        from refresh_tokens
                        where tenant_id = :tenant and user_id = :user
                          and family_id in (select family_id from refresh_tokens
                                            where tenant_id = :tenant and user_id = :user and revoked_at is null
                                              and used_at is null and expires_at > :now)
                        group by family_id
                        order by last_used_at desc, family_id""")
                .param("tenant", tenantId)
                .param("user", userId)
                .param("now", java.sql.Timestamp.from(now))
                .query((row, index) -> new OpenSignIn(
                        row.getObject("family_id", UUID.class),
                        row.getTimestamp("signed_in_at").toInstant(),
                        row.getTimestamp("last_used_at").toInstant(),
                        row.getString("user_agent"),
                        row.getString("ip_address")))
                .list();
    }

    /** Whether {@code familyId} is an open sign-in of this user. */
    boolean isOpen(UUID tenantId, UUID userId, UUID familyId) {
        return jdbc.sql("""
                        select exists (select 1 from refresh_tokens
                                       where tenant_id = ? and user_id = ? and family_id = ? and revoked_at is null)""")
                .params(tenantId, userId, familyId)
                .query(Boolean.class)
                .single();
    }

    record OpenSignIn(UUID id, Instant signedInAt, Instant lastUsedAt, String userAgent, String ipAddress) {}
}
