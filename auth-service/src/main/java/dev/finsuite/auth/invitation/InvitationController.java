package dev.finsuite.auth.invitation;

import dev.finsuite.auth.user.Role;
import dev.finsuite.auth.user.UserView;
import dev.finsuite.common.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invitations", description = "Household members invited by email, joining with the role given")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/api/v1/users/invitations")
    @Operation(
            summary = "Invite someone into the household (ADMIN)",
            description = "Emails a link good once for seven days; a new invitation to the same address replaces"
                    + " the pending one. Only an OWNER invites an owner. 409 when the address has an account,"
                    + " 503 email_not_configured where the installation sends no email.")
    ResponseEntity<InvitationView> invite(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewInvitation request) {
        Invitation invitation = invitations.invite(caller, request.email(), Role.valueOf(request.role()));
        return ResponseEntity.created(URI.create("/api/v1/users/invitations/" + invitation.id()))
                .body(InvitationView.of(invitation));
    }

    @GetMapping("/api/v1/users/invitations")
    @Operation(summary = "Invitations not yet accepted or expired (ADMIN), newest first")
    List<InvitationView> pending(@AuthenticationPrincipal AuthenticatedUser caller) {
        return invitations.pending(caller).stream().map(InvitationView::of).toList();
    }

    @DeleteMapping("/api/v1/users/invitations/{id}")
    @Operation(summary = "Withdraw an invitation (ADMIN); its link stops working")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        invitations.withdraw(caller, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/auth/invitations/accept")
    @Operation(
            summary = "Join a household with an invitation's token",
            description = "Creates the account with the invited address and role; then sign in as usual.")
    ResponseEntity<UserView> accept(@Valid @RequestBody Acceptance request) {
        return ResponseEntity.status(201)
                .body(UserView.of(invitations.accept(request.token(), request.fullName(), request.password())));
    }

    @Schema(example = """
            {"email": "partner@example.com", "role": "MEMBER"}""")
    record NewInvitation(
            @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254)
            String email,

            @NotNull @Pattern(regexp = "OWNER|ADMIN|MEMBER|VIEWER", message = "must be OWNER, ADMIN, MEMBER or VIEWER")
            String role) {}

    @Schema(example = """
            {"token": "kJ8…from the emailed link", "fullName": "Parker Partner", "password": "a long passphrase"}""")
    record Acceptance(
            @NotBlank @Size(max = 128) String token,
            @NotBlank @Size(max = 120) String fullName,
            @NotNull @Size(min = 8, max = 128) String password) {
        @Override
        public String toString() {
            return "Acceptance[***]";
        }
    }

    @Schema(example = """
            {"id": "8d2b…", "email": "partner@example.com", "role": "MEMBER", "createdAt": "2026-12-08T09:15:00Z",
             "expiresAt": "2026-12-15T09:15:00Z"}""")
    record InvitationView(UUID id, String email, String role, Instant createdAt, Instant expiresAt) {
        static InvitationView of(Invitation invitation) {
            return new InvitationView(
                    invitation.id(),
                    invitation.email(),
                    invitation.role().name(),
                    invitation.createdAt(),
                    invitation.expiresAt());
        }
    }
}
