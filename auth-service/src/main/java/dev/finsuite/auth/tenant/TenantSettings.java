package dev.finsuite.auth.tenant;

import dev.finsuite.auth.access.CurrentRole;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.security.AuthenticatedUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's tenant and its settings. Name, base currency and time zone shape every figure the household sees:
 * the conventions give them to OWNER, checked against the database rather than the token.
 */
@Service
class TenantSettings {

    private final TenantRepository tenants;
    private final CurrentRole currentRole;
    private final Currencies currencies;

    TenantSettings(TenantRepository tenants, CurrentRole currentRole, Currencies currencies) {
        this.tenants = tenants;
        this.currentRole = currentRole;
        this.currencies = currencies;
    }

    @Transactional(readOnly = true)
    Tenant current(AuthenticatedUser caller) {
        return find(caller);
    }

    /** Applies {@code change} once the caller's precondition on the version (an If-Match) holds. */
    @Transactional
    Tenant change(AuthenticatedUser caller, ExpectedVersion expected, TenantChange change) {
        currentRole.require(caller, "OWNER");
        Tenant tenant = find(caller);
        expected.check(tenant.getVersion());
        change.applyTo(tenant, currencies);
        Tenant saved = tenants.save(tenant);
        tenants.flush();
        return saved;
    }

    private Tenant find(AuthenticatedUser caller) {
        return tenants.findById(caller.tenantId()).orElseThrow(TenantNotFound::new);
    }
}
