package dev.finsuite.auth.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-factor sign-in as a household lives with it: an authenticator app set up and confirmed, a code at every
 * sign-in (each good once), recovery codes for a lost phone, and an owner requiring it of everyone.
 */
class TwoFactorApiTests extends ServiceTest {

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAuthenticatorIsSetUpConfirmedAndThenAskedForAtEverySignIn() {
        Account owner = Accounts.register(api());
        String secret = start(owner.accessToken());

        Api.Reply stillOff = login(owner.email(), null);
        assertThat(stillOff.status())
                .as("a secret not yet confirmed changes nothing at sign-in")
                .isEqualTo(200);

        Api.Reply wrong = api().post("/api/v1/users/me/two-factor/confirm", Map.of("code", "000000"))
                .token(owner.accessToken())
                .send();
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        List<String> recovery = confirm(owner.accessToken(), secret);
        assertThat(recovery)
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-7]{5}-[a-z2-7]{5}"));

        Api.Reply status = api().get("/api/v1/users/me/two-factor")
                .token(owner.accessToken())
                .send();
        assertThat(status.json().at("/enabled").asBoolean()).isTrue();
        assertThat(status.json().at("/recoveryCodesLeft").asLong()).isEqualTo(10);

        Api.Reply passwordOnly = login(owner.email(), null);
        assertThat(passwordOnly.status()).as(passwordOnly.toString()).isEqualTo(401);
        assertThat(passwordOnly.field("/code")).isEqualTo("two_factor_required");
        assertThat(passwordOnly.text()).doesNotContain("accessToken");

        Api.Reply badCode = login(owner.email(), "123456".equals(code(secret)) ? "654321" : "123456");
        assertThat(badCode.status()).isEqualTo(401);
        assertThat(badCode.field("/code")).isEqualTo("two_factor_invalid");

        clock.advance(Duration.ofSeconds(30));
        Api.Reply signedIn = login(owner.email(), code(secret));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.field("/accessToken")).isNotBlank();
    }

    @Test
    void aCodeIsGoodOnceAndARecoveryCodeToo() {
        Account owner = Accounts.register(api());
        String secret = start(owner.accessToken());
        List<String> recovery = confirm(owner.accessToken(), secret);
        clock.advance(Duration.ofSeconds(30));
        String code = code(secret);

        assertThat(login(owner.email(), code).status()).isEqualTo(200);
        Api.Reply replayed = login(owner.email(), code);
        assertThat(replayed.status()).as("the same code again").isEqualTo(401);
        assertThat(replayed.field("/code")).isEqualTo("two_factor_invalid");

        String lostPhone = recovery.get(3);
        assertThat(login(owner.email(), lostPhone.toUpperCase().replace("-", " "))
                        .status())
                .as("a recovery code, typed in capitals with a space")
                .isEqualTo(200);
        assertThat(login(owner.email(), lostPhone).status())
                .as("the same recovery code again")
                .isEqualTo(401);
        Api.Reply status = api().get("/api/v1/users/me/two-factor")
                .token(owner.accessToken())
                .send();
        assertThat(status.json().at("/recoveryCodesLeft").asLong()).isEqualTo(9);
    }

    @Test
    void turningItOffTakesThePasswordAndSignInIsPasswordOnlyAgain() {
        Account owner = Accounts.register(api());
        String secret = start(owner.accessToken());
        confirm(owner.accessToken(), secret);

        Api.Reply wrongPassword = api().post("/api/v1/users/me/two-factor/disable", Map.of("password", "not it at all"))
                .token(owner.accessToken())
                .send();
        assertThat(wrongPassword.status()).as(wrongPassword.toString()).isEqualTo(400);
        assertThat(login(owner.email(), null).status()).isEqualTo(401);

        Api.Reply off = api().post("/api/v1/users/me/two-factor/disable", Map.of("password", Accounts.PASSWORD))
                .token(owner.accessToken())
                .send();
        assertThat(off.status()).as(off.toString()).isEqualTo(204);
        assertThat(login(owner.email(), null).status()).isEqualTo(200);
    }

    @Test
    void anOwnerRequiresItOfTheHouseholdAndAMemberSetsItUpAtTheirNextSignIn() {
        Account owner = Accounts.register(api());
        Account member = Accounts.addUser(api(), owner, "MEMBER");

        Api.Reply notYet = require(owner.accessToken(), true);
        assertThat(notYet.status())
                .as("an owner without a second factor would lock the household out")
                .isEqualTo(409);
        String ownerSecret = start(owner.accessToken());
        confirm(owner.accessToken(), ownerSecret);
        assertThat(require(member.accessToken(), true).status())
                .as("only an owner")
                .isEqualTo(403);

        Api.Reply required = require(owner.accessToken(), true);
        assertThat(required.status()).as(required.toString()).isEqualTo(200);
        assertThat(required.json().at("/requireTwoFactor").asBoolean()).isTrue();

        await().atMost(Duration.ofSeconds(10))
                .alias("the member's current access ends within seconds")
                .until(() -> api().get("/api/v1/users/me")
                                .token(member.accessToken())
                                .send()
                                .status()
                        == 401);
        assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", member.refreshToken()))
                        .send()
                        .status())
                .as("and so does their sign-in")
                .isEqualTo(401);

        Api.Reply stopped = login(member.email(), null);
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(403);
        assertThat(stopped.field("/code")).isEqualTo("two_factor_setup_required");
        assertThat(stopped.text()).doesNotContain("accessToken");
        String setupToken = stopped.field("/setupToken");
        assertThat(api().get("/api/v1/users/me").token(setupToken).send().status())
                .as("a setup token is no access token")
                .isEqualTo(401);

        Api.Reply enrolment = api().post("/api/v1/auth/two-factor/setup", Map.of("setupToken", setupToken))
                .send();
        assertThat(enrolment.status()).as(enrolment.toString()).isEqualTo(201);
        String memberSecret = enrolment.field("/secret");
        assertThat(enrolment.field("/otpauthUri"))
                .startsWith("otpauth://totp/Finsuite:")
                .contains(memberSecret);
        Api.Reply confirmed = api().post(
                        "/api/v1/auth/two-factor/setup/confirm",
                        Map.of("setupToken", setupToken, "code", code(memberSecret)))
                .send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().at("/recoveryCodes").size()).isEqualTo(10);

        clock.advance(Duration.ofSeconds(30));
        Api.Reply signedIn = login(member.email(), code(memberSecret));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        Api.Reply cannotTurnOff = api().post(
                        "/api/v1/users/me/two-factor/disable", Map.of("password", Accounts.PASSWORD))
                .token(signedIn.field("/accessToken"))
                .send();
        assertThat(cannotTurnOff.status()).isEqualTo(409);
        assertThat(cannotTurnOff.field("/code")).isEqualTo("two_factor_required_by_household");
    }

    @Test
    void aSetupTokenOfOneMemberSetsUpNobodyElseAndAForgedOneNothing() {
        Account owner = Accounts.register(api());
        Account other = Accounts.register(api());

        Api.Reply forged = api().post("/api/v1/auth/two-factor/setup", Map.of("setupToken", other.accessToken()))
                .send();
        assertThat(forged.status()).as("an access token is no setup token").isEqualTo(401);
        Api.Reply status = api().get("/api/v1/users/me/two-factor")
                .token(other.accessToken())
                .send();
        assertThat(status.json().at("/pending").asBoolean()).isFalse();
        assertThat(owner.tenantId()).isNotEqualTo(other.tenantId());
    }

    private String start(String token) {
        Api.Reply started =
                api().post("/api/v1/users/me/two-factor", Map.of()).token(token).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.field("/otpauthUri")).startsWith("otpauth://totp/");
        return started.field("/secret");
    }

    private List<String> confirm(String token, String secret) {
        Api.Reply confirmed = api().post("/api/v1/users/me/two-factor/confirm", Map.of("code", code(secret)))
                .token(token)
                .send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        confirmed.json().at("/recoveryCodes").forEach(code -> codes.add(code.asString()));
        return codes;
    }

    private Api.Reply require(String token, boolean required) {
        return api().put("/api/v1/tenants/current/two-factor", Map.of("required", required))
                .token(token)
                .send();
    }

    private Api.Reply login(String email, String otp) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", Accounts.PASSWORD));
        if (otp != null) {
            body.put("otp", otp);
        }
        return api().post("/api/v1/auth/login", body).send();
    }

    /** What the user's authenticator shows now. */
    private String code(String secret) {
        return OneTimeCodes.codeAt(secret, clock.instant());
    }
}
