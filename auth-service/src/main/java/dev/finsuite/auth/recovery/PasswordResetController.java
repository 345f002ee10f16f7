package dev.finsuite.auth.recovery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Password reset", description = "A forgotten password replaced through a link sent by email")
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @PostMapping("/api/v1/auth/password-reset")
    @Operation(
            summary = "Email a reset link",
            description = "202 whether or not the address has an account (the answer tells no one who is"
                    + " registered); the link works once, for 30 minutes. 503 email_not_configured where the"
                    + " installation sends no email.")
    ResponseEntity<Void> request(@Valid @RequestBody ResetRequest request) {
        resets.request(request.email());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/v1/auth/password-reset/confirm")
    @Operation(
            summary = "Set a new password with the link's token",
            description = "Signs the account out everywhere; sign in again with the new password.")
    ResponseEntity<Void> confirm(@Valid @RequestBody NewPassword request) {
        resets.reset(request.token(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @Schema(example = """
            {"email": "me@example.com"}""")
    record ResetRequest(@NotBlank @Size(max = 254) String email) {}

    @Schema(example = """
            {"token": "kJ8…from the emailed link", "newPassword": "a new long passphrase"}""")
    record NewPassword(
            @NotBlank @Size(max = 128) String token,
            @NotNull @Size(min = 8, max = 128) String newPassword) {
        @Override
        public String toString() {
            return "NewPassword[***]";
        }
    }
}
