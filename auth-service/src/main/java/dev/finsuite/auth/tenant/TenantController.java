package dev.finsuite.auth.tenant;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
        return ETags.ok(tenant.getVersion(), TenantView.of(tenant));
    }

    @PatchMapping
    @PreAuthorize("hasRole('OWNER')")
    ResponseEntity<TenantView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            IfMatch ifMatch,
            @Valid @RequestBody TenantChange change) {
        Tenant saved = settings.change(caller, ifMatch, change);
        return ETags.ok(saved.getVersion(), TenantView.of(saved));
    }
}
