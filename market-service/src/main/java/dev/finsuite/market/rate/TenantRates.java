package dev.finsuite.market.rate;

import dev.finsuite.market.rate.TenantRateFailures.TenantRateAlreadyRecorded;
import dev.finsuite.market.rate.TenantRateFailures.TenantRateNotFound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rates a tenant records itself: one per pair and day, visible only to that tenant. */
@Service
class TenantRates {

    private final TenantRateRepository repository;
    private final Rates rates;

    TenantRates(TenantRateRepository repository, Rates rates) {
        this.repository = repository;
        this.rates = rates;
    }

    @Transactional
    TenantRate record(UUID tenantId, String base, String quote, BigDecimal rate, LocalDate day) {
        if (repository.existsByTenantIdAndBaseAndQuoteAndRateDate(tenantId, base, quote, day)) {
            throw new TenantRateAlreadyRecorded(base, quote, day);
        }
        TenantRate saved = repository.save(new TenantRate(tenantId, base, quote, rate, day));
        repository.flush();
        rates.tenantRatesChanged(tenantId);
        return saved;
    }

    @Transactional(readOnly = true)
    Page<TenantRate> list(UUID tenantId, Pageable pageable) {
        return repository.findAllByTenantId(tenantId, pageable);
    }

    @Transactional(readOnly = true)
    TenantRate get(UUID tenantId, UUID id) {
        return repository.findByIdAndTenantId(id, tenantId).orElseThrow(TenantRateNotFound::new);
    }

    @Transactional
    void forget(UUID tenantId, UUID id) {
        repository.delete(get(tenantId, id));
        rates.tenantRatesChanged(tenantId);
    }
}
