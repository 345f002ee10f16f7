package dev.finsuite.auth.apitoken;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.finsuite.common.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users/me/api-tokens")
@Tag(
        name = "Personal API tokens",
        description = "Keys for scripts: sent as Authorization: Bearer fst_…, accepted by every service within"
                + " their scopes; managed from a signed-in session only")
class ApiTokenController {

    private final PersonalTokens tokens;

    ApiTokenController(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(
            summary = "Create an API token",
            description = "scopes: read (GETs), write (changes), export (export files, reports, backups);"
                    + " expiresInDays 1 to 365 (90 by default). The token is in this answer only.")
    ResponseEntity<CreatedView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewToken request) {
        int days = request.expiresInDays() == null ? 90 : request.expiresInDays();
        PersonalTokens.Created created = tokens.create(caller, request.name(), request.scopes(), Duration.ofDays(days));
        return ResponseEntity.created(URI.create(
                        "/api/v1/users/me/api-tokens/" + created.token().id()))
                .body(new CreatedView(TokenView.of(created.token()), created.secret()));
    }

    @GetMapping
    @Operation(summary = "Your API tokens, newest first, with their last use (never the tokens themselves)")
    List<TokenView> mine(@AuthenticationPrincipal AuthenticatedUser caller) {
        return tokens.mine(caller).stream().map(TokenView::of).toList();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API token: every service refuses it within seconds")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        tokens.revoke(caller, id);
        return ResponseEntity.noContent().build();
    }

    @Schema(example = """
            {"name": "monthly budget script", "scopes": ["read", "export"], "expiresInDays": 90}""")
    record NewToken(
            @NotBlank @Size(max = 100) String name,

            @NotEmpty
            List<@Pattern(regexp = "read|write|export", message = "must be read, write or export") String> scopes,

            @Nullable @Min(1) @Max(365) Integer expiresInDays) {}

    @Schema(example = """
            {"id": "3f6a1c2e-9b1d-4e8a-a0d3-5b2c7e9f1a44", "name": "monthly budget script", "scopes": ["export", "read"],
             "createdAt": "2026-12-08T09:15:00Z", "expiresAt": "2027-03-08T09:15:00Z", "lastUsedAt": "2026-12-09T06:00:03Z",
             "revokedAt": null}""")
    record TokenView(
            UUID id,
            String name,
            List<String> scopes,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {
        static TokenView of(ApiToken token) {
            return new TokenView(
                    token.id(),
                    token.name(),
                    token.scopes(),
                    token.createdAt(),
                    token.expiresAt(),
                    token.lastUsedAt(),
                    token.revokedAt());
        }
    }

    /** The one answer that holds the token itself. */
    @Schema(example = """
            {"id": "3f6a1c2e-9b1d-4e8a-a0d3-5b2c7e9f1a44", "name": "monthly budget script", "scopes": ["export", "read"],
             "createdAt": "2026-12-08T09:15:00Z", "expiresAt": "2027-03-08T09:15:00Z", "lastUsedAt": null, "revokedAt": null,
             "token": "fst_Wq3x…shown only now"}""")
    record CreatedView(@JsonUnwrapped TokenView details, String token) {}
}
