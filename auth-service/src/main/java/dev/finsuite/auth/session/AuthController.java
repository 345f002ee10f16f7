package dev.finsuite.auth.session;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.finsuite.auth.tenant.TenantView;
import dev.finsuite.auth.user.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final Registration registration;
    private final SignIn signIn;

    AuthController(Registration registration, SignIn signIn) {
        this.registration = registration;
        this.signIn = signIn;
    }

    @PostMapping("/register")
    @Operation(
            summary = "Open a household",
            description = "201 with the household, its owner and tokens; where the installation verifies addresses"
                    + " (EMAIL_VERIFICATION), 202 instead, the same for any address: the link sent to it opens the"
                    + " household (POST /api/v1/auth/verify-email).",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "Opened and signed in",
                        content = @Content(schema = @Schema(implementation = RegisteredView.class))),
                @ApiResponse(
                        responseCode = "202",
                        description = "The confirmation link is on its way",
                        content = @Content(schema = @Schema(implementation = VerificationSent.class)))
            })
    ResponseEntity<?> register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        Optional<Registration.Registered> registered = registration.register(
                request.tenantName(),
                request.fullName(),
                request.email(),
                request.password(),
                request.baseCurrency(),
                request.timezone(),
                client(http));
        if (registered.isEmpty()) {
            return ResponseEntity.accepted().body(new VerificationSent("verification_sent"));
        }
        return ResponseEntity.created(URI.create("/api/v1/tenants/current")).body(view(registered.get()));
    }

    @PostMapping("/verify-email")
    @Operation(summary = "Confirm a new household's address with the emailed link's token; signs its owner in")
    RegisteredView verifyEmail(@Valid @RequestBody VerifyRequest request, HttpServletRequest http) {
        return view(registration.verify(request.token(), client(http)));
    }

    private static RegisteredView view(Registration.Registered registered) {
        return new RegisteredView(
                TenantView.of(registered.tenant()), UserView.of(registered.owner()), registered.tokens());
    }

    @PostMapping("/login")
    TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return signIn.signIn(request.email(), request.password(), request.otp(), client(http));
    }

    @PostMapping("/refresh")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
        return signIn.refresh(request.refreshToken(), client(http));
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        signIn.signOut(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    /** The address (the gateway's, resolved from trusted proxies) and the device, kept with the sign-in. */
    private static Client client(HttpServletRequest http) {
        return new Client(http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
    }

    /** Exactly these fields: a {@code tenantId} or {@code role} in the body is ignored, never honoured. */
    record RegisterRequest(
            @NotBlank @Size(max = 120) String tenantName,
            @NotBlank @Size(max = 120) String fullName,

            @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254)
            String email,

            @NotNull @Size(min = 8, max = 128) String password,
            @Size(min = 3, max = 3) String baseCurrency,
            @Size(max = 64) String timezone) {
        @Override
        public String toString() {
            return "RegisterRequest[email=" + email + "]";
        }
    }

    /** {@code otp}: where the account has two-factor sign-in, its authenticator's code or a recovery code. */
    @Schema(example = """
            {"email": "me@example.com", "password": "a long passphrase", "otp": "492039"}""")
    record LoginRequest(
            @NotBlank @Size(max = 254) String email,
            @NotNull @Size(max = 128) String password,
            @Nullable @Size(max = 32) String otp) {
        @Override
        public String toString() {
            return "LoginRequest[email=" + email + "]";
        }
    }

    @Schema(example = """
            {"token": "kJ8…from the emailed link"}""")
    record VerifyRequest(@NotBlank @Size(max = 128) String token) {}

    /** What a registration answers where addresses are verified, whether or not the address had an account. */
    @Schema(example = """
            {"status": "verification_sent"}""")
    record VerificationSent(String status) {}

    record RefreshRequest(@NotBlank @Size(max = 4096) String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest[***]";
        }
    }

    /** The new tenant, its owner, and the tokens beside them (not nested), as login returns them. */
    record RegisteredView(
            TenantView tenant, UserView user, @JsonUnwrapped TokenPair tokens) {}
}
