package dev.finsuite.market.providerkey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ProviderKeyRepository extends Repository<ProviderKey, UUID> {

    ProviderKey save(ProviderKey key);

    void flush();

    void delete(ProviderKey key);

    Optional<ProviderKey> findByIdAndTenantId(UUID id, UUID tenantId);

    Optional<ProviderKey> findByTenantIdAndProvider(UUID tenantId, String provider);

    List<ProviderKey> findAllByTenantIdOrderByProvider(UUID tenantId);
}
