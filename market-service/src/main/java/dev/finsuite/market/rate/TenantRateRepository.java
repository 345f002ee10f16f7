package dev.finsuite.market.rate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface TenantRateRepository extends Repository<TenantRate, UUID> {

    TenantRate save(TenantRate rate);

    void flush();

    void delete(TenantRate rate);

    Optional<TenantRate> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<TenantRate> findAllByTenantId(UUID tenantId, Pageable pageable);

    boolean existsByTenantId(UUID tenantId);

    boolean existsByTenantIdAndBaseAndQuoteAndRateDate(UUID tenantId, String base, String quote, LocalDate rateDate);

    Optional<TenantRate> findFirstByTenantIdAndBaseAndQuoteAndRateDateBetweenOrderByRateDateDesc(
            UUID tenantId, String base, String quote, LocalDate earliest, LocalDate latest);
}
