package dev.finsuite.auth.link;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose household an emailed link belongs to, before anyone is signed in: each kind has a security-definer
 * function (V24, V26) that answers for one exact token hash only, so the rest can run in that tenant.
 */
@Component
public class LinkTenants {

    /** The kinds of link, each with its one-hash lookup. */
    public enum Kind {
        PASSWORD_RESET("auth_password_reset_tenant"),
        INVITATION("auth_invitation_tenant"),
        EMAIL_VERIFICATION("auth_email_verification_tenant");

        private final String function;

        Kind(String function) {
            this.function = function;
        }
    }

    private final JdbcClient jdbc;

    LinkTenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> of(Kind kind, String tokenHash) {
        return jdbc.sql("select " + kind.function + "(?)")
                .param(tokenHash)
                .query(UUID.class)
                .optional();
    }
}
