package dev.finsuite.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInApiTests extends ServiceTest {

    @Test
    void theRightPasswordSignsIn() {
        Account account = Accounts.register(api());
        Api.Reply login = login(account.email().toUpperCase(), Accounts.PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.field("/accessToken")).isNotBlank();
        assertThat(login.field("/refreshToken")).isNotBlank();
        assertThat(login.json().at("/expiresIn").asLong()).isEqualTo(15 * 60);
        Api.Reply me =
                api().get("/api/v1/users/me").token(login.field("/accessToken")).send();
        assertThat(me.field("/lastLoginAt")).isNotNull();
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() {
        Account account = Accounts.register(api());
        Api.Reply wrongPassword = login(account.email(), "not the password");
        Api.Reply unknownEmail = login(Accounts.uniqueEmail("nobody"), "not the password");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.field("/detail")).isEqualTo(unknownEmail.field("/detail"));
        assertThat(wrongPassword.field("/code"))
                .isEqualTo(unknownEmail.field("/code"))
                .isEqualTo("unauthorized");
    }

    @Test
    void fiveFailuresLockTheAccountNotOthers() {
        Account target = Accounts.register(api());
        Account bystander = Accounts.register(api());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(target.email(), "guess " + attempt).status()).isEqualTo(401);
        }

        Api.Reply locked = login(target.email(), Accounts.PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.field("/code")).isEqualTo("rate_limited");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(login(bystander.email(), Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aGuesserElsewhereCannotLockTheOwnerOutOfTheirAccount() {
        Account victim = Accounts.register(api());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(loginFrom("203.0.113.66", victim.email(), "guess " + attempt)
                            .status())
                    .isEqualTo(401);
        }

        Api.Reply attacker = loginFrom("203.0.113.66", victim.email(), Accounts.PASSWORD);
        assertThat(attacker.status()).as("the guessing address is locked out").isEqualTo(429);
        assertThat(attacker.header("Retry-After")).isNotBlank();
        Api.Reply owner = loginFrom("198.51.100.7", victim.email(), Accounts.PASSWORD);
        assertThat(owner.status())
                .as("the owner, from their own address: " + owner)
                .isEqualTo(200);
    }

    @Test
    void guessesSpreadOverManyAddressesLockTheAccountForAddressesItHasNeverSignedInFrom() {
        Account victim = Accounts.register(api());
        assertThat(loginFrom("198.51.100.8", victim.email(), Accounts.PASSWORD).status())
                .isEqualTo(200);
        for (int address = 1; address <= 50; address++) {
            assertThat(loginFrom("203.0.113." + address, victim.email(), "spray")
                            .status())
                    .isEqualTo(401);
        }

        assertThat(loginFrom("203.0.113.200", victim.email(), Accounts.PASSWORD).status())
                .as("a new address, even with the right password")
                .isEqualTo(429);
        assertThat(loginFrom("198.51.100.8", victim.email(), Accounts.PASSWORD).status())
                .as("the address the owner signed in from before")
                .isEqualTo(200);
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        Account target = Accounts.register(api());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        var guesses = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
        for (int i = 0; i < 10; i++) {
            int guess = i;
            guesses.add(() -> login(target.email(), "parallel guess " + guess).status());
        }
        var statuses = new java.util.ArrayList<Integer>();
        for (var result : pool.invokeAll(guesses)) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses.stream().filter(status -> status == 401)).hasSize(5);
        assertThat(statuses.stream().filter(status -> status == 429)).hasSize(5);
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        Account account = Accounts.register(api());
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(account.email(), "guess " + attempt);
        }
        assertThat(login(account.email(), Accounts.PASSWORD).status()).isEqualTo(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(account.email(), "guess again " + attempt);
        }
        assertThat(login(account.email(), Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void malformedSignInsAreProblems() {
        Api.Reply missing = api().post("/api/v1/auth/login", Map.of("email", "a@example.com"))
                .send();
        Api.Reply notJson = api().post("/api/v1/auth/login", "email=a").send();

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors").findValuesAsString("field")).containsExactly("password");
        assertThat(notJson.status()).isEqualTo(400);
    }

    /** A sign-in as the gateway forwards it from {@code address} (this test is a trusted, local proxy). */
    private Api.Reply loginFrom(String address, String email, String password) {
        return api().post("/api/v1/auth/login", Map.of("email", email, "password", password))
                .header("X-Forwarded-For", address)
                .send();
    }

    private Api.Reply login(String email, String password) {
        return api().post("/api/v1/auth/login", Map.of("email", email, "password", password))
                .send();
    }
}
