package dev.finsuite.auth.twofactor;

import dev.finsuite.auth.tenant.TenantView;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.security.InvalidToken;
import dev.finsuite.common.security.JwtTokens;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.ApiException.UnauthorizedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Two-factor sign-in", description = "An authenticator app (TOTP) and recovery codes beside the password")
class TwoFactorController {

    private final TwoFactor twoFactor;
    private final JwtTokens jwt;

    TwoFactorController(TwoFactor twoFactor, JwtTokens jwt) {
        this.twoFactor = twoFactor;
        this.jwt = jwt;
    }

    @GetMapping("/api/v1/users/me/two-factor")
    @Operation(summary = "Whether two-factor sign-in is on, how many recovery codes are left, and if it is required")
    TwoFactor.Status status(@AuthenticationPrincipal AuthenticatedUser caller) {
        return twoFactor.status(caller.userId(), caller.tenantId());
    }

    @PostMapping("/api/v1/users/me/two-factor")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start setting up an authenticator",
            description = "Returns a secret to enter in an authenticator app, also as an otpauth:// address to show"
                    + " as a QR code. Nothing changes at sign-in until a code from the app is confirmed.")
    TwoFactor.Enrolment start(@AuthenticationPrincipal AuthenticatedUser caller) {
        return twoFactor.start(caller.userId(), caller.tenantId());
    }

    @PostMapping("/api/v1/users/me/two-factor/confirm")
    @Operation(
            summary = "Confirm the authenticator with its current code",
            description = "Turns two-factor sign-in on and returns ten single-use recovery codes, shown only now.")
    RecoveryCodes confirm(@AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody CodeRequest request) {
        return new RecoveryCodes(twoFactor.confirm(caller.userId(), caller.tenantId(), request.code()));
    }

    @PostMapping("/api/v1/users/me/two-factor/recovery-codes")
    @Operation(summary = "Replace the recovery codes", description = "For a current code; the old ones stop working.")
    RecoveryCodes replaceRecoveryCodes(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody CodeRequest request) {
        return new RecoveryCodes(twoFactor.replaceRecoveryCodes(caller.userId(), caller.tenantId(), request.code()));
    }

    @PostMapping("/api/v1/users/me/two-factor/disable")
    @Operation(
            summary = "Turn two-factor sign-in off",
            description = "For the account's password; refused (409) while the household requires it.")
    ResponseEntity<Void> disable(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody PasswordRequest request) {
        twoFactor.disable(caller.userId(), caller.tenantId(), request.password());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/tenants/current/two-factor")
    @Operation(
            summary = "Require two-factor sign-in of every member (OWNER)",
            description = "The owner must have it on. Members without it are signed out everywhere and set it up"
                    + " at their next sign-in, which answers 403 two_factor_setup_required with a setup token.")
    TenantView require(@AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody Requirement request) {
        return TenantView.of(twoFactor.require(caller, request.required()));
    }

    @PostMapping("/api/v1/auth/two-factor/setup")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Set up an authenticator with a setup token",
            description = "For a member whose household requires two-factor sign-in: the token comes with the 403"
                    + " of their sign-in.")
    TwoFactor.Enrolment startWithSetupToken(@Valid @RequestBody SetupRequest request) {
        JwtTokens.PurposeClaims who = setupTokenOwner(request.setupToken());
        return TenantContext.callAs(who.tenantId(), () -> twoFactor.start(who.userId(), who.tenantId()));
    }

    @PostMapping("/api/v1/auth/two-factor/setup/confirm")
    @Operation(summary = "Confirm an authenticator set up with a setup token; then sign in with a code")
    RecoveryCodes confirmWithSetupToken(@Valid @RequestBody SetupConfirmation request) {
        JwtTokens.PurposeClaims who = setupTokenOwner(request.setupToken());
        return new RecoveryCodes(TenantContext.callAs(
                who.tenantId(), () -> twoFactor.confirm(who.userId(), who.tenantId(), request.code())));
    }

    private JwtTokens.PurposeClaims setupTokenOwner(String token) {
        try {
            return jwt.verifyPurpose(TwoFactor.SETUP_TOKEN_PURPOSE, token);
        } catch (InvalidToken e) {
            throw new UnauthorizedException("The setup token is invalid or expired; sign in again for a new one");
        }
    }

    @Schema(example = """
            {"code": "492039"}""")
    record CodeRequest(@NotBlank @Size(max = 16) String code) {}

    record PasswordRequest(@NotNull @Size(max = 128) String password) {
        @Override
        public String toString() {
            return "PasswordRequest[***]";
        }
    }

    @Schema(example = """
            {"required": true}""")
    record Requirement(@NotNull Boolean required) {}

    @Schema(example = """
            {"setupToken": "eyJhbGciOiJIUzI1NiJ9.…"}""")
    record SetupRequest(@NotBlank @Size(max = 4096) String setupToken) {}

    @Schema(example = """
            {"setupToken": "eyJhbGciOiJIUzI1NiJ9.…", "code": "492039"}""")
    record SetupConfirmation(
            @NotBlank @Size(max = 4096) String setupToken,
            @NotBlank @Size(max = 16) String code) {}

    /** Shown once: only their hashes are kept. */
    @Schema(example = """
            {"recoveryCodes": ["k3v7q-m2xpa", "r5tzn-4ahwe", "…eight more"]}""")
    record RecoveryCodes(List<String> recoveryCodes) {}
}
