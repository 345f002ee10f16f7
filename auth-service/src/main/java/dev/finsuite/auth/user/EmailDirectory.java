package dev.finsuite.auth.user;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks accounts up by address across tenants, which sign-in and registration must do before any tenant is
 * known. It goes through the two SECURITY DEFINER functions of the schema, the only doors past row-level
 * security, and each answers for one exact address only.
 */
@Component
public class EmailDirectory {

    private final JdbcClient jdbc;

    EmailDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isTaken(String email) {
        return jdbc.sql("select auth_email_taken(?)")
                .param(User.normalise(email))
                .query(Boolean.class)
                .single();
    }

    public Optional<LoginCandidate> find(String email) {
        List<LoginCandidate> found = jdbc.sql("select * from auth_login_candidate(?)")
                .param(User.normalise(email))
                .query((rs, row) -> new LoginCandidate(
                        rs.getObject("user_id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("password_hash"),
                        rs.getBoolean("active")))
                .list();
        return found.stream().findFirst();
    }

    /** What sign-in needs to check a password before it can enter the account's tenant. */
    public record LoginCandidate(UUID userId, UUID tenantId, String passwordHash, boolean active) {
        @Override
        public String toString() {
            return "LoginCandidate[userId=" + userId + ", tenantId=" + tenantId + "]";
        }
    }
}
