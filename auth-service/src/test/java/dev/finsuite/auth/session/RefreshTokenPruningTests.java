package dev.finsuite.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RefreshTokenPruningTests extends ServiceTest {

    @Autowired
    RefreshTokenPrune prune;

    @Test
    void spentTokensPastTheRetentionGoLiveAndRecentOnesStay() throws Exception {
        Account account = Accounts.register(api());
        UUID expiredLongAgo = token(account, UUID.randomUUID(), "-8 days", null, null);
        UUID expiredRecently = token(account, UUID.randomUUID(), "-1 day", null, null);
        UUID live = token(account, UUID.randomUUID(), "20 days", null, null);
        UUID revokedLongAgo = token(account, UUID.randomUUID(), "20 days", "-8 days", null);
        UUID revokedRecently = token(account, UUID.randomUUID(), "20 days", "-1 day", null);
        // A family revoked long ago that still has a usable member (a revoke racing a refresh): replaying the
        // revoked one must still find it, so the family's last link can be revoked too.
        UUID family = UUID.randomUUID();
        UUID revokedBesideALiveOne = token(account, family, "20 days", "-8 days", "-8 days");
        UUID liveInThatFamily = token(account, family, "20 days", null, null);
        // Rotated long ago but not expired: presenting it again is how theft is detected.
        UUID rotatedLongAgo = token(account, UUID.randomUUID(), "20 days", null, "-20 days");

        assertThat(prune.prune()).isGreaterThanOrEqualTo(2);

        assertThat(exists(expiredLongAgo)).isFalse();
        assertThat(exists(revokedLongAgo)).isFalse();
        assertThat(exists(expiredRecently)).isTrue();
        assertThat(exists(live)).isTrue();
        assertThat(exists(revokedRecently)).isTrue();
        assertThat(exists(revokedBesideALiveOne)).isTrue();
        assertThat(exists(liveInThatFamily)).isTrue();
        assertThat(exists(rotatedLongAgo)).isTrue();
    }

    @Test
    void aReplayAfterAPruneStillRevokesTheFamily() {
        Account account = Accounts.register(api());
        Api.Reply rotated = refresh(account.refreshToken());
        assertThat(rotated.status()).isEqualTo(200);

        prune.prune();

        assertThat(refresh(account.refreshToken()).status()).isEqualTo(401);
        assertThat(refresh(rotated.field("/refreshToken")).status()).isEqualTo(401);
    }

    private Api.Reply refresh(String refreshToken) {
        return api().post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken))
                .send();
    }

    /** A token row whose times are offsets from now (e.g. "-8 days"), or null for never. */
    private static UUID token(Account account, UUID family, String expiresIn, String revokedIn, String usedIn)
            throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = TestInfrastructure.ownerConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into refresh_tokens (id, tenant_id, user_id, family_id, token_hash, expires_at,
                                                    revoked_at, used_at)
                        values (?, ?, ?, ?, ?, now() + ?::interval, now() + ?::interval, now() + ?::interval)""")) {
            insert.setObject(1, id);
            insert.setObject(2, account.tenantId());
            insert.setObject(3, account.userId());
            insert.setObject(4, family);
            insert.setString(5, Sessions.hash(id.toString()));
            insert.setString(6, expiresIn);
            insert.setString(7, revokedIn);
            insert.setString(8, usedIn);
            insert.executeUpdate();
        }
        return id;
    }

    private static boolean exists(UUID id) throws Exception {
        try (Connection connection = TestInfrastructure.ownerConnection();
                PreparedStatement query =
                        connection.prepareStatement("select count(*) from refresh_tokens where id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) == 1;
            }
        }
    }
}
