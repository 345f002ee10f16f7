package dev.finsuite.auth.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.finsuite.auth.Accounts;
import dev.finsuite.common.testsupport.Api;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Where the installation verifies addresses: a household opens through the link sent to its address, the answer
 * never tells whether an address has an account, and a registration nobody confirmed does not hold the address.
 */
@TestPropertySource(properties = "finsuite.auth.email-verification=true")
class EmailVerificationApiTests extends MailTest {

    @Test
    void aNewHouseholdOpensOnlyThroughTheLinkSentToItsAddress() {
        String email = Accounts.uniqueEmail("new");
        Api.Reply registered = register(email, "first passphrase");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
        assertThat(registered.field("/status")).isEqualTo("verification_sent");
        assertThat(registered.text()).doesNotContain("accessToken");

        Api.Reply early = login(email, "first passphrase");
        assertThat(early.status()).as(early.toString()).isEqualTo(403);
        assertThat(early.field("/code")).isEqualTo("email_not_verified");

        String token = tokenOfLink(mailTo(email), "/verify-email");
        Api.Reply verified = verify(token);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.field("/accessToken")).isNotBlank();
        assertThat(verified.field("/user/role")).isEqualTo("OWNER");
        assertThat(login(email, "first passphrase").status()).isEqualTo(200);
        assertThat(verify(token).status()).as("the link a second time").isEqualTo(400);
    }

    @Test
    void registeringAnAddressWithAnAccountRevealsNothingAndTellsItsOwner() throws Exception {
        String email = Accounts.uniqueEmail("owner");
        register(email, "first passphrase");
        Api.Reply opened = verify(tokenOfLink(mailTo(email), "/verify-email"));
        String household = opened.field("/tenant/id");

        Api.Reply again = register(email, "an attacker's passphrase");
        Api.Reply stranger = register(Accounts.uniqueEmail("stranger"), "whatever passphrase");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.text()).as("the same answer as for a new address").isEqualTo(stranger.text());

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 2);
        assertThat(mailsTo(email).get(1).getSubject()).isEqualTo("Someone tried to register your address on Finsuite");
        Api.Reply owner = login(email, "first passphrase");
        assertThat(owner.status()).isEqualTo(200);
        assertThat(api().get("/api/v1/tenants/current")
                        .token(owner.field("/accessToken"))
                        .send()
                        .field("/id"))
                .isEqualTo(household);
        assertThat(login(email, "an attacker's passphrase").status()).isEqualTo(401);
    }

    @Test
    void aRegistrationNobodyConfirmedDoesNotHoldTheAddress() {
        String email = Accounts.uniqueEmail("squatted");
        register(email, "the squatter's passphrase");
        String squattersLink = tokenOfLink(mailTo(email), "/verify-email");

        assertThat(register(email, "the owner's passphrase").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 2);
        String ownersLink = tokenOfLink(mailsTo(email).get(1), "/verify-email");

        assertThat(verify(squattersLink).status())
                .as("the replaced registration's link")
                .isEqualTo(400);
        assertThat(verify(ownersLink).status()).isEqualTo(200);
        assertThat(login(email, "the owner's passphrase").status()).isEqualTo(200);
        assertThat(login(email, "the squatter's passphrase").status()).isEqualTo(401);
    }

    private Api.Reply register(String email, String password) {
        return api().post(
                        "/api/v1/auth/register",
                        Map.of(
                                "tenantName",
                                "Household " + email,
                                "fullName",
                                "Vera Verified",
                                "email",
                                email,
                                "password",
                                password))
                .send();
    }

    private Api.Reply verify(String token) {
        return api().post("/api/v1/auth/verify-email", Map.of("token", token)).send();
    }

    private Api.Reply login(String email, String password) {
        return api().post("/api/v1/auth/login", Map.of("email", email, "password", password))
                .send();
    }
}
