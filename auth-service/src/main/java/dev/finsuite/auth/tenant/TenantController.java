package dev.finsuite.auth.tenant;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tenants/current")
class TenantController {

    private final TenantSettings settings;

    TenantController(TenantSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    ResponseEntity<TenantView> current(@AuthenticationPrincipal AuthenticatedUser caller) {
        Tenant tenant = settings.current(caller);
        return ResponseEntity.ok().eTag(ETags.of(tenant.getVersion())).body(TenantView.of(tenant));
    }

    @PatchMapping
    @PreAuthorize("hasRole('OWNER')")
    ResponseEntity<TenantView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TenantChange change) {
        Tenant saved = settings.change(caller, version -> ETags.requireMatch(ifMatch, version), change);
        return ResponseEntity.ok().eTag(ETags.of(saved.getVersion())).body(TenantView.of(saved));
    }
}
