package dev.finsuite.auth.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.auth.Accounts;
import dev.finsuite.auth.Accounts.Account;
import dev.finsuite.common.testsupport.Api;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin invites a household member by email; the invitee sets a password and joins with the role given. */
class InvitationApiTests extends MailTest {

    @Test
    void anInviteeJoinsTheHouseholdWithTheInvitedRoleThroughTheEmailedLink() throws Exception {
        Account owner = Accounts.register(api());
        String invitee = Accounts.uniqueEmail("partner");

        Api.Reply invited = invite(owner, invitee, "MEMBER");
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(invited.field("/role")).isEqualTo("MEMBER");
        assertThat(pending(owner).json().size()).isEqualTo(1);

        MimeMessage mail = mailTo(invitee);
        assertThat(mail.getSubject()).startsWith("Olivia Owner invites you to Household");
        String token = tokenOfLink(mail, "/accept-invitation");

        Api.Reply joined = accept(token, "Parker Partner");
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        assertThat(joined.field("/email")).isEqualTo(invitee);
        assertThat(joined.field("/role")).isEqualTo("MEMBER");

        Api.Reply signedIn = api().post("/api/v1/auth/login", Map.of("email", invitee, "password", "the invitee's own"))
                .send();
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        Api.Reply household = api().get("/api/v1/tenants/current")
                .token(signedIn.field("/accessToken"))
                .send();
        assertThat(household.field("/id")).isEqualTo(owner.tenantId().toString());

        assertThat(accept(token, "Someone Else").status())
                .as("the link a second time")
                .isEqualTo(400);
        assertThat(pending(owner).json().size())
                .as("accepted, no longer pending")
                .isZero();
    }

    @Test
    void onlyAdminsInviteOnlyOwnersInviteOwnersAndAnAddressWithAnAccountIsRefused() {
        Account owner = Accounts.register(api());
        Account admin = Accounts.addUser(api(), owner, "ADMIN");
        Account member = Accounts.addUser(api(), owner, "MEMBER");

        assertThat(invite(member, Accounts.uniqueEmail("x"), "VIEWER").status()).isEqualTo(403);
        assertThat(invite(admin, Accounts.uniqueEmail("x"), "OWNER").status()).isEqualTo(403);
        assertThat(invite(owner, Accounts.uniqueEmail("x"), "OWNER").status()).isEqualTo(201);
        Api.Reply taken = invite(admin, member.email(), "VIEWER");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        Api.Reply badRole = invite(admin, Accounts.uniqueEmail("x"), "KING");
        assertThat(badRole.status()).isEqualTo(400);
    }

    @Test
    void anotherHouseholdNeitherSeesNorWithdrawsAnInvitationAndAWithdrawnLinkIsDead() {
        Account owner = Accounts.register(api());
        Account attacker = Accounts.register(api());
        String invitee = Accounts.uniqueEmail("guest");
        String id = invite(owner, invitee, "VIEWER").field("/id");
        String token = tokenOfLink(mailTo(invitee), "/accept-invitation");

        assertThat(pending(attacker).json().size()).isZero();
        assertThat(api().delete("/api/v1/users/invitations/" + id)
                        .token(attacker.accessToken())
                        .send()
                        .status())
                .isEqualTo(404);
        assertThat(pending(owner).json().size()).isEqualTo(1);

        assertThat(api().delete("/api/v1/users/invitations/" + id)
                        .token(owner.accessToken())
                        .send()
                        .status())
                .isEqualTo(204);
        assertThat(accept(token, "Gina Guest").status())
                .as("a withdrawn invitation")
                .isEqualTo(400);
    }

    private Api.Reply invite(Account admin, String email, String role) {
        return api().post("/api/v1/users/invitations", Map.of("email", email, "role", role))
                .token(admin.accessToken())
                .send();
    }

    private Api.Reply pending(Account admin) {
        return api().get("/api/v1/users/invitations").token(admin.accessToken()).send();
    }

    private Api.Reply accept(String token, String name) {
        return api().post(
                        "/api/v1/auth/invitations/accept",
                        Map.of("token", token, "fullName", name, "password", "the invitee's own"))
                .send();
    }
}
