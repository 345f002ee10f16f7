package dev.finsuite.market.quote;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ManualPriceRepository extends Repository<ManualPrice, UUID> {

    ManualPrice save(ManualPrice price);

    void delete(ManualPrice price);

    boolean existsByTenantId(UUID tenantId);

    Optional<ManualPrice> findByTenantIdAndSymbolAndAssetType(UUID tenantId, String symbol, AssetType assetType);
}
