package dev.finsuite.market.rate;

import dev.finsuite.common.data.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A rate a tenant recorded itself (its bank's rate, a cash exchange); it wins over providers for that tenant. */
@Entity
@Table(name = "tenant_exchange_rates")
class TenantRate extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String base;
    private String quote;
    private BigDecimal rate;
    private LocalDate rateDate;

    protected TenantRate() {}

    TenantRate(UUID tenantId, String base, String quote, BigDecimal rate, LocalDate rateDate) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.base = base;
        this.quote = quote;
        this.rate = rate.stripTrailingZeros();
        this.rateDate = rateDate;
    }

    UUID getId() {
        return id;
    }

    String getBase() {
        return base;
    }

    String getQuote() {
        return quote;
    }

    BigDecimal getRate() {
        return rate.stripTrailingZeros();
    }

    LocalDate getRateDate() {
        return rateDate;
    }
}
