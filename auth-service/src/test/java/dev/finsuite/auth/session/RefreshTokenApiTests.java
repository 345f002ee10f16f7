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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RefreshTokenApiTests extends ServiceTest {

    @Test
    void aRefreshRotatesThePair() {
        Account account = Accounts.register(api());
        Api.Reply first = refresh(account.refreshToken());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.field("/refreshToken")).isNotEqualTo(account.refreshToken());
        assertThat(api().get("/api/v1/users/me")
                        .token(first.field("/accessToken"))
                        .send()
                        .status())
                .isEqualTo(200);
        assertThat(refresh(first.field("/refreshToken")).status()).isEqualTo(200);
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
        Account account = Accounts.register(api());
        Api.Reply rotated = refresh(account.refreshToken());
        assertThat(rotated.status()).isEqualTo(200);

        Api.Reply replay = refresh(account.refreshToken());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.field("/code")).isEqualTo("unauthorized");
        // the thief's replay also ends the legitimate holder's newer token
        assertThat(refresh(rotated.field("/refreshToken")).status()).isEqualTo(401);
        // a separate sign-in is a separate family and still works
        Api.Reply other = api().post(
                        "/api/v1/auth/login", Map.of("email", account.email(), "password", Accounts.PASSWORD))
                .send();
        assertThat(refresh(other.field("/refreshToken")).status()).isEqualTo(200);
    }

    @Test
    void twoRefreshesRacingWithOneTokenYieldOnePair() throws Exception {
        Account account = Accounts.register(api());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(() -> refresh(account.refreshToken()).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : pool.invokeAll(racers)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 401);
        assertThat(statuses.stream().filter(status -> status == 200)).hasSize(1);
    }

    @Test
    void logoutEndsTheFamily() {
        Account account = Accounts.register(api());
        Api.Reply logout = api().post("/api/v1/auth/logout", Map.of("refreshToken", account.refreshToken()))
                .send();

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(account.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void aRefreshTokenIsNoAccessTokenAndViceVersa() {
        Account account = Accounts.register(api());

        Api.Reply asAccess =
                api().get("/api/v1/users/me").token(account.refreshToken()).send();
        assertThat(asAccess.status()).isEqualTo(401);
        assertThat(asAccess.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refresh(account.accessToken()).status()).isEqualTo(401);
        assertThat(refresh("garbage").status()).isEqualTo(401);
    }

    @Test
    void refreshTokensAreStoredOnlyAsHashes() throws SQLException {
        Account account = Accounts.register(api());
        try (Connection connection = TestInfrastructure.ownerConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select token_hash from refresh_tokens where user_id = ?")) {
            statement.setObject(1, account.userId());
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1))
                        .isEqualTo(Sessions.hash(account.refreshToken()))
                        .doesNotContain(account.refreshToken().substring(0, 20));
            }
        }
    }

    private Api.Reply refresh(String token) {
        return api().post("/api/v1/auth/refresh", Map.of("refreshToken", token)).send();
    }
}
