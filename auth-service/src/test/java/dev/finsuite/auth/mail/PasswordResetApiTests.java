package dev.finsuite.auth.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Forgot your password?" through a real SMTP conversation: a link by email, good once, for half an hour. */
class PasswordResetApiTests extends MailTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheEmailedLinkAndEverySignInEnds() throws Exception {
        Account owner = Accounts.register(api());
        Api.Reply asked = api().post(
                        "/api/v1/auth/password-reset",
                        Map.of("email", owner.email().toUpperCase()))
                .send();
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);

        MimeMessage mail = mailTo(owner.email());
        assertThat(mail.getSubject()).isEqualTo("Reset your Finsuite password");
        assertThat(GreenMailUtil.getBody(mail)).contains("30 minutes");
        String token = tokenOfLink(mail, "/reset-password");

        Api.Reply reset = confirm(token, NEW_PASSWORD);
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);

        assertThat(login(owner.email(), Accounts.PASSWORD))
                .as("the old password")
                .isEqualTo(401);
        assertThat(login(owner.email(), NEW_PASSWORD)).as("the new password").isEqualTo(200);
        assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", owner.refreshToken()))
                        .send()
                        .status())
                .as("the sign-in from before the reset")
                .isEqualTo(401);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> api().get("/api/v1/users/me")
                                .token(owner.accessToken())
                                .send()
                                .status()
                        == 401);
        Api.Reply again = confirm(token, "yet another passphrase");
        assertThat(again.status()).as("the link a second time").isEqualTo(400);
        assertThat(login(owner.email(), NEW_PASSWORD)).isEqualTo(200);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoEmailGoesOut() {
        String stranger = Accounts.uniqueEmail("nobody");
        Account owner = Accounts.register(api());

        Api.Reply unknown = api().post("/api/v1/auth/password-reset", Map.of("email", stranger))
                .send();
        Api.Reply known = api().post("/api/v1/auth/password-reset", Map.of("email", owner.email()))
                .send();

        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.text()).isEqualTo(known.text());
        mailTo(owner.email()); // the outbox sends in order: the stranger's request was handled before this
        assertThat(mailsTo(stranger)).isEmpty();
    }

    @Test
    void aLinkIsGoodForHalfAnHourAndOnlyTheLatestOne() {
        Account owner = Accounts.register(api());
        api().post("/api/v1/auth/password-reset", Map.of("email", owner.email()))
                .send();
        String first = tokenOfLink(mailTo(owner.email()), "/reset-password");
        api().post("/api/v1/auth/password-reset", Map.of("email", owner.email()))
                .send();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(owner.email()).size() == 2);
        String second = tokenOfLink(mailsTo(owner.email()).get(1), "/reset-password");

        assertThat(confirm(first, NEW_PASSWORD).status()).as("an earlier link").isEqualTo(400);
        clock.advance(Duration.ofMinutes(31));
        Api.Reply late = confirm(second, NEW_PASSWORD);
        assertThat(late.status()).as("after 30 minutes").isEqualTo(400);
        assertThat(late.text()).contains("token");
        assertThat(confirm("not-a-token-at-all", NEW_PASSWORD).status()).isEqualTo(400);
        clock.reset();
        assertThat(login(owner.email(), Accounts.PASSWORD))
                .as("the password is unchanged")
                .isEqualTo(200);
    }

    private Api.Reply confirm(String token, String password) {
        return api().post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", password))
                .send();
    }

    private int login(String email, String password) {
        return api().post("/api/v1/auth/login", Map.of("email", email, "password", password))
                .send()
                .status();
    }
}
