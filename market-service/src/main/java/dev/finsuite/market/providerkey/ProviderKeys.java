package dev.finsuite.market.providerkey;

import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.market.providerkey.ProviderKeyFailures.ProviderKeyNotFound;
import dev.finsuite.market.providerkey.ProviderKeyFailures.ProviderTakesNoKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenants' own keys for keyed providers: stored encrypted, shown masked, replaced in place, never logged. */
@Service
public class ProviderKeys {

    /** Providers that take a key per tenant. */
    public static final Set<String> KEYED = Set.of("alphavantage");

    private final ProviderKeyRepository keys;
    private final KeyCipher cipher;

    ProviderKeys(ProviderKeyRepository keys, KeyCipher cipher) {
        this.keys = keys;
        this.cipher = cipher;
    }

    @Transactional
    ProviderKey put(UUID tenantId, String provider, String apiKey) {
        if (!KEYED.contains(provider)) {
            throw new ProviderTakesNoKey();
        }
        ProviderKey key =
                keys.findByTenantIdAndProvider(tenantId, provider).orElseGet(() -> new ProviderKey(tenantId, provider));
        key.store(apiKey, cipher);
        ProviderKey saved = keys.save(key);
        keys.flush();
        return saved;
    }

    @Transactional(readOnly = true)
    List<ProviderKey> list(UUID tenantId) {
        return keys.findAllByTenantIdOrderByProvider(tenantId);
    }

    @Transactional
    void remove(UUID tenantId, UUID id) {
        keys.delete(keys.findByIdAndTenantId(id, tenantId).orElseThrow(ProviderKeyNotFound::new));
    }

    /** The current tenant's key for a provider, decrypted for one call. */
    @Transactional(readOnly = true)
    public Optional<String> forCurrentTenant(String provider) {
        return TenantContext.current()
                .flatMap(tenant -> keys.findByTenantIdAndProvider(tenant, provider))
                .map(key -> key.reveal(cipher));
    }
}
