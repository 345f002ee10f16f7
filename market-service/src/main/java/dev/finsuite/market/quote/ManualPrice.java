package dev.finsuite.market.quote;

import dev.finsuite.common.data.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A tenant's own price for an asset (a flat, gold kept at home); it wins over providers for that tenant. */
@Entity
@Table(name = "manual_prices")
class ManualPrice extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String symbol;

    @Enumerated(EnumType.STRING)
    private AssetType assetType;

    private BigDecimal price;
    private String currency;
    private Instant asOf;

    protected ManualPrice() {}

    ManualPrice(UUID tenantId, String symbol, AssetType assetType) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.symbol = symbol;
        this.assetType = assetType;
    }

    void reprice(BigDecimal price, String currency, Instant asOf) {
        this.price = price.stripTrailingZeros();
        this.currency = currency;
        this.asOf = asOf;
    }

    ProviderQuote asQuote() {
        return new ProviderQuote(symbol, price.stripTrailingZeros(), currency, asOf, "manual");
    }
}
