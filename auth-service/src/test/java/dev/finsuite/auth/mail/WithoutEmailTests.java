package dev.finsuite.auth.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An installation without SMTP: what needs email says so clearly, and signing up and in work as ever. */
class WithoutEmailTests extends ServiceTest {

    @Test
    void resetAndInvitationAnswer503EmailNotConfiguredAndSignUpStillWorks() {
        Account owner = Accounts.register(api());

        Api.Reply reset = api().post("/api/v1/auth/password-reset", Map.of("email", owner.email()))
                .send();
        assertThat(reset.status()).as(reset.toString()).isEqualTo(503);
        assertThat(reset.field("/code")).isEqualTo("email_not_configured");

        Api.Reply invite = api().post(
                        "/api/v1/users/invitations", Map.of("email", Accounts.uniqueEmail("x"), "role", "MEMBER"))
                .token(owner.accessToken())
                .send();
        assertThat(invite.status()).isEqualTo(503);
        assertThat(invite.field("/code")).isEqualTo("email_not_configured");
        assertThat(api().get("/api/v1/users/invitations")
                        .token(owner.accessToken())
                        .send()
                        .json()
                        .size())
                .as("nothing was written")
                .isZero();

        assertThat(api().post("/api/v1/auth/login", Map.of("email", owner.email(), "password", Accounts.PASSWORD))
                        .send()
                        .status())
                .isEqualTo(200);
    }
}
