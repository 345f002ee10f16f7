package dev.finsuite.market.providerkey;

import dev.finsuite.common.security.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/provider-keys")
@PreAuthorize("hasRole('ADMIN')")
class ProviderKeyController {

    private final ProviderKeys keys;

    ProviderKeyController(ProviderKeys keys) {
        this.keys = keys;
    }

    /** Stores a key, or replaces the tenant's key for that provider (rotation). */
    @PostMapping
    ResponseEntity<KeyView> put(@AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewKey request) {
        ProviderKey key =
                keys.put(caller.tenantId(), request.provider(), request.apiKey().strip());
        return ResponseEntity.created(URI.create("/api/v1/provider-keys/" + key.getId()))
                .body(KeyView.of(key));
    }

    @GetMapping
    List<KeyView> list(@AuthenticationPrincipal AuthenticatedUser caller) {
        return keys.list(caller.tenantId()).stream().map(KeyView::of).toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        keys.remove(caller.tenantId(), id);
        return ResponseEntity.noContent().build();
    }

    record NewKey(
            @NotBlank @Size(max = 32) String provider,

            @NotBlank
            @Size(min = 8, max = 256)
            @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
            String apiKey) {
        @Override
        public String toString() {
            return "NewKey[provider=" + provider + "]";
        }
    }

    /** Never the key: only which provider, and its last four characters. */
    record KeyView(UUID id, String provider, String maskedKey, Instant createdAt, Instant updatedAt) {
        static KeyView of(ProviderKey key) {
            return new KeyView(
                    key.getId(), key.getProvider(), "****" + key.getLastFour(), key.getCreatedAt(), key.getUpdatedAt());
        }
    }
}
