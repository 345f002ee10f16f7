package dev.finsuite.investment.watchlist;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.investment.market.DataSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A symbol the tenant watches on one provider, with the latest price the refresh job saw for it. */
@Entity
@Table(name = "investment_watchlist_items")
public class WatchItem extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String symbol;

    @Enumerated(EnumType.STRING)
    private DataSource dataSource;

    private String note;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String metadata;

    private BigDecimal lastPrice;
    private String lastCurrency;
    private Instant lastQuotedAt;

    protected WatchItem() {}

    WatchItem(UUID tenantId, String symbol, DataSource dataSource, String note, String metadata) {
        if (dataSource == DataSource.MANUAL) {
            throw new WatchlistFailures.ManualNotWatchable();
        }
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.symbol = symbol;
        this.dataSource = dataSource;
        describe(note, metadata);
    }

    void describe(String note, String metadata) {
        this.note = note;
        this.metadata = metadata;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getSymbol() {
        return symbol;
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    public String getNote() {
        return note;
    }

    public String getMetadata() {
        return metadata;
    }

    public BigDecimal getLastPrice() {
        return lastPrice;
    }

    public String getLastCurrency() {
        return lastCurrency;
    }

    public Instant getLastQuotedAt() {
        return lastQuotedAt;
    }
}
