package dev.finsuite.investment.asset;

import dev.finsuite.investment.market.DataSource;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AssetRepository extends JpaRepository<Asset, UUID> {

    long countByTenantId(UUID tenantId);

    /**
     * Ledger writes take the lock of each asset they touch before their accounts' locks (one order everywhere, so
     * no deadlock): a split and a new activity in another account then never pass their checks unaware of each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Asset a where a.id = :id and a.tenantId = :tenantId")
    Optional<Asset> lockByIdAndTenantId(UUID id, UUID tenantId);

    Optional<Asset> findByIdAndTenantId(UUID id, UUID tenantId);

    List<Asset> findAllByTenantIdAndIdIn(UUID tenantId, Collection<UUID> ids);

    Optional<Asset> findByTenantIdAndDataSourceAndSymbol(UUID tenantId, DataSource dataSource, String symbol);

    @Query("""
            select a from Asset a where a.tenantId = :tenantId
              and (:assetClass is null or a.assetClass = :assetClass)
              and (:q is null or lower(a.name) like :q or lower(a.symbol) like :q)""")
    Page<Asset> search(UUID tenantId, AssetClass assetClass, String q, Pageable pageable);

    boolean existsByTenantIdAndDataSourceAndSymbolAndIdNot(
            UUID tenantId, DataSource dataSource, String symbol, UUID id);
}
