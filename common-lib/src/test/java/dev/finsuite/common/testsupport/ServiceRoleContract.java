package dev.finsuite.common.testsupport;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;

/**
 * What every service's database role must hold (V17), run through the service's own pool as its queries are. A
 * service's {@code ServiceRoleTests} returns these from a {@code @TestFactory} and adds what it alone may write.
 */
public final class ServiceRoleContract {

    /** Reads of other services' secrets a pool must be refused outright. */
    public static final List<String> SECRETS = List.of(
            "select password_hash from users",
            "select token_hash from refresh_tokens",
            "select ciphertext from provider_keys",
            "select email from login_attempts",
            "select secret_ciphertext from user_two_factor",
            "select code_hash from user_recovery_codes",
            "select token_hash from password_resets",
            "select token_hash from invitations",
            "select token_hash from api_tokens");

    private ServiceRoleContract() {}

    /**
     * @param role the role the pool must log in as, such as {@code finsuite_finance}
     * @param owner the service's key in {@link DatabaseRoleChecks#assertCannotWriteOtherOwnersTables}
     * @param unreadable reads the pool must be refused outright
     */
    public static List<DynamicTest> checks(DataSource pool, String role, String owner, List<String> unreadable) {
        return List.of(
                dynamicTest(
                        "the pool logs in as " + role + ", not as the owner",
                        () -> DatabaseRoleChecks.assertLogsInAs(pool, role)),
                dynamicTest(
                        "RESET ROLE or SET ROLE gains nothing",
                        () -> DatabaseRoleChecks.assertCannotBecomeAnotherRole(pool, role)),
                dynamicTest(
                        "other services' secrets are not even readable",
                        () -> DatabaseRoleChecks.assertRefused(
                                pool, UUID.randomUUID(), unreadable.toArray(String[]::new))),
                dynamicTest(
                        "other owners' tables cannot be written",
                        () -> DatabaseRoleChecks.assertCannotWriteOtherOwnersTables(pool, UUID.randomUUID(), owner)));
    }

    /** {@link #checks(DataSource, String, String, List)} with the secrets of {@link #SECRETS} unreadable. */
    public static List<DynamicTest> checks(DataSource pool, String role, String owner) {
        return checks(pool, role, owner, SECRETS);
    }
}
