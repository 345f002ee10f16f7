package dev.finsuite.investment.watchlist;

import dev.finsuite.investment.market.DataSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface WatchItemRepository extends Repository<WatchItem, UUID> {

    long countByTenantId(UUID tenantId);

    Optional<WatchItem> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<WatchItem> findAllByTenantId(UUID tenantId, Pageable pageable);

    List<WatchItem> findAllByTenantId(UUID tenantId);

    boolean existsByTenantIdAndDataSourceAndSymbol(UUID tenantId, DataSource dataSource, String symbol);

    /** The job's latest price, beside the item; not a change of the item, so its version (ETag) stays. */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update WatchItem i set i.lastPrice = :price, i.lastCurrency = :currency, i.lastQuotedAt = :asOf
            where i.tenantId = :tenantId and i.id = :id""")
    int rememberQuote(
            @Param("tenantId") UUID tenantId,
            @Param("id") UUID id,
            @Param("price") BigDecimal price,
            @Param("currency") String currency,
            @Param("asOf") Instant asOf);

    @Transactional
    WatchItem save(WatchItem item);

    @Transactional
    void delete(WatchItem item);

    @Transactional
    void flush();
}
