package dev.finsuite.common.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the service's database role the password its pool logs in with ({@code DATABASE_RUNTIME_PASSWORD}), once
 * the migrations that create the role have run, as the owner that ran them. So a deployment whose server asks for
 * passwords (compose's PostgreSQL) needs nothing but that variable, also on a database migrated before V17, and
 * changing the variable changes the password at the next start.
 *
 * <p>The password travels already hashed (SCRAM-SHA-256, computed here), so it never appears in a server log. An
 * owner that may not change the role (a managed database where an administrator made the roles) is only warned
 * about: the operator sets the password there, and the pool's own login says whether it matches.
 */
public class RuntimeRolePassword implements Callback {

    private static final Logger log = LoggerFactory.getLogger(RuntimeRolePassword.class);
    private final String role;
    private final String password;

    public RuntimeRolePassword(String role, String password) {
        this.role = role;
        this.password = password;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE
                && role != null
                && !role.isBlank()
                && password != null
                && !password.isEmpty();
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        try {
            Savepoint before = connection.getAutoCommit() ? null : connection.setSavepoint();
            try {
                connection.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
            } catch (SQLException e) {
                if (before != null) {
                    connection.rollback(before);
                }
                log.warn(
                        "Could not set the password of database role {} as the migration user ({}); its password must"
                                + " then be set by whoever manages the role",
                        role,
                        e.getMessage());
            }
        } catch (SQLException e) {
            log.warn("Could not set the password of database role {}: {}", role, e.getMessage());
        }
    }

    @Override
    public String getCallbackName() {
        return "runtime-role-password";
    }
}
