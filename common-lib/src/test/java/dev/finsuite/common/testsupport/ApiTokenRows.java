package dev.finsuite.common.testsupport;

import dev.finsuite.common.crypto.RandomTokens;
import dev.finsuite.common.crypto.Sha256;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A personal API token as auth-service stores it (V25), written as the database owner, for a service's tests of
 * tokens without auth-service running: a user of {@code role} in the tenant and a token with {@code scopes}.
 */
public final class ApiTokenRows {

    private ApiTokenRows() {}

    /** The token itself ({@code fst_…}), valid for a day. */
    public static String issue(UUID tenant, String role, String... scopes) throws SQLException {
        UUID user = UUID.randomUUID();
        OwnerSql.execute("insert into users (id, tenant_id, email, full_name, password_hash, role) values ('" + user
                + "', '" + tenant + "', '" + user + "@example.com', 'Script Owner', 'x', '" + role + "')");
        String token = "fst_" + RandomTokens.urlSafe(32);
        OwnerSql.execute("insert into api_tokens (id, tenant_id, user_id, name, token_hash, scopes, created_at,"
                + " expires_at) values (gen_random_uuid(), '" + tenant + "', '" + user + "', 'test', '"
                + Sha256.hex(token) + "', array['" + String.join("','", scopes)
                + "'], now(), now() + interval '1 day')");
        return token;
    }
}
