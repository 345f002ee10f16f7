package dev.finsuite.investment.watchlist;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface PriceAlertRepository extends Repository<PriceAlert, UUID> {

    long countByTenantId(UUID tenantId);

    Optional<PriceAlert> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<PriceAlert> findAllByTenantIdAndItemId(UUID tenantId, UUID itemId, Pageable pageable);

    List<PriceAlert> findAllByTenantIdAndState(UUID tenantId, AlertState state);

    boolean existsByTenantIdAndItemIdAndConditionAndThreshold(
            UUID tenantId, UUID itemId, AlertCondition condition, BigDecimal threshold);

    @Transactional
    PriceAlert save(PriceAlert alert);

    @Transactional
    void delete(PriceAlert alert);

    @Transactional
    void flush();
}
