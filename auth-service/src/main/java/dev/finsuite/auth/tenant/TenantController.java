package dev.finsuite.auth.tenant;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.finsuite.auth.access.CurrentRole;
import dev.finsuite.auth.config.Validations;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ETags;

@RestController
@RequestMapping("/api/v1/tenants/current")
class TenantController {

    private final TenantRepository tenants;
    private final CurrentRole currentRole;
    private final Currencies currencies;

    TenantController(TenantRepository tenants, CurrentRole currentRole, Currencies currencies) {
        this.tenants = tenants;
        this.currentRole = currentRole;
        this.currencies = currencies;
    }

    @GetMapping
    @Transactional(readOnly = true)
    ResponseEntity<TenantView> current(@AuthenticationPrincipal AuthenticatedUser caller) {
        Tenant tenant = find(caller);
        return ResponseEntity.ok().eTag(ETags.of(tenant.getVersion())).body(TenantView.of(tenant));
    }

    /** Name, base currency and time zone shape every figure the household sees: the conventions give them to OWNER. */
    @PatchMapping
    @PreAuthorize("hasRole('OWNER')")
    @Transactional
    ResponseEntity<TenantView> update(@AuthenticationPrincipal AuthenticatedUser caller,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody TenantUpdate update) {
        currentRole.require(caller, "OWNER");
        Tenant tenant = find(caller);
        ETags.requireMatch(ifMatch, tenant.getVersion());
        if (update.name() != null) {
            tenant.rename(update.name().strip());
        }
        if (update.baseCurrency() != null) {
            tenant.changeBaseCurrency(currencies.requireBase("baseCurrency", update.baseCurrency()).code());
        }
        if (update.timezone() != null) {
            tenant.changeTimezone(Validations.timezone("timezone", update.timezone()));
        }
        Tenant saved = tenants.save(tenant);
        tenants.flush();
        return ResponseEntity.ok().eTag(ETags.of(saved.getVersion())).body(TenantView.of(saved));
    }

    private Tenant find(AuthenticatedUser caller) {
        return tenants.findById(caller.tenantId()).orElseThrow(() -> new NotFoundException("No such tenant"));
    }

    record TenantUpdate(
            @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
            String baseCurrency,
            @Size(max = 64) String timezone) {
    }
}
