package dev.finsuite.investment.asset;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.investment.asset.AssetFailures.CurrencyFixedByActivities;
import dev.finsuite.investment.market.DataSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** Something a tenant invests in: a listed symbol priced by a provider, or a manual asset priced by hand. */
@Entity
@Table(name = "investment_assets")
public class Asset extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String symbol;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_source")
    private DataSource dataSource;

    private String name;

    @Enumerated(EnumType.STRING)
    private AssetClass assetClass;

    private String currency;
    private String notes;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String metadata;

    protected Asset() {}

    Asset(UUID tenantId, Details details) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        describe(details, false);
    }

    /**
     * Activities are recorded in the asset's currency, so once there are any the currency is part of their
     * meaning and cannot change under them.
     */
    void describe(Details details, boolean hasActivities) {
        if (hasActivities && currency != null && !currency.equals(details.currency())) {
            throw new CurrencyFixedByActivities();
        }
        this.symbol = details.symbol();
        this.dataSource = details.dataSource();
        this.name = details.name();
        this.assetClass = details.assetClass();
        this.currency = details.currency();
        this.notes = details.notes();
        this.metadata = details.metadataJson();
    }

    Details details() {
        return new Details(symbol, dataSource, name, assetClass, currency, notes, metadata);
    }

    public boolean isManual() {
        return dataSource == DataSource.MANUAL;
    }

    record Details(
            String symbol,
            DataSource dataSource,
            String name,
            AssetClass assetClass,
            String currency,
            String notes,
            String metadataJson) {}

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

    public String getName() {
        return name;
    }

    public AssetClass getAssetClass() {
        return assetClass;
    }

    public String getCurrency() {
        return currency;
    }

    public String getNotes() {
        return notes;
    }

    public String getMetadata() {
        return metadata;
    }
}
