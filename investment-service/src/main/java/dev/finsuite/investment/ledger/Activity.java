package dev.finsuite.investment.ledger;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.CurrencyColumn;
import dev.finsuite.common.money.Money;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.engine.Trade;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One row of the ledger: a buy, sell, dividend, interest, fee, tax or transfer of an asset in an account, in the
 * asset's currency, with its gross amount's conversion to the tenant's base currency at its date.
 */
@Entity
@Table(name = "investment_activities")
public class Activity extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID accountId;
    private UUID assetId;

    @Enumerated(EnumType.STRING)
    private ActivityType activityType;

    private LocalDate activityDate;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal fee;
    private BigDecimal tax;

    @Convert(converter = CurrencyColumn.class)
    private Currency currency;

    private String note;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String metadata;

    @Convert(converter = CurrencyColumn.class)
    private Currency baseCurrency;

    private BigDecimal baseAmount;
    private BigDecimal fxRate;
    private LocalDate rateDate;
    private String rateSource;
    private String importKey;

    protected Activity() {}

    Activity(UUID tenantId, Terms terms, String note, String metadataJson, String importKey) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.importKey = importKey;
        record(terms);
        annotate(note, metadataJson);
    }

    /** What the activity was: changing any of it makes its conversion stale. Fee and tax are in the asset's currency. */
    public record Terms(
            UUID accountId,
            UUID assetId,
            ActivityType type,
            LocalDate date,
            BigDecimal quantity,
            BigDecimal unitPrice,
            Money fee,
            Money tax) {

        public Terms {
            if (!fee.currencyCode().equals(tax.currencyCode())) {
                throw new IllegalArgumentException(
                        "Fee in " + fee.currencyCode() + " but tax in " + tax.currencyCode());
            }
        }

        public Currency currency() {
            return fee.currency();
        }

        /** quantity × unit price: the amount bought, sold or received, before fees and taxes (exact). */
        public Money gross() {
            return new Money(quantity.multiply(unitPrice), currency());
        }

        /** Equal by value: 100.00 and 100.0000 are the same price. */
        boolean sameAs(Terms other) {
            return accountId.equals(other.accountId)
                    && assetId.equals(other.assetId)
                    && type == other.type
                    && date.equals(other.date)
                    && quantity.compareTo(other.quantity) == 0
                    && unitPrice.compareTo(other.unitPrice) == 0
                    && fee.equals(other.fee)
                    && tax.equals(other.tax);
        }

        /** Whether a conversion made for these terms fits the other too: the same gross money on the same day. */
        private boolean convertsLike(Terms other) {
            return gross().equals(other.gross()) && date.equals(other.date);
        }
    }

    /**
     * Records new terms. A changed amount, currency or date makes the old conversion wrong, so it is dropped
     * (pending) until a conversion made for the new terms is applied.
     */
    void record(Terms terms) {
        if (activityType != null) {
            if (!terms().convertsLike(terms)) {
                this.baseAmount = null;
                this.fxRate = null;
                this.rateDate = null;
                this.rateSource = null;
            }
        }
        this.accountId = terms.accountId();
        this.assetId = terms.assetId();
        this.activityType = terms.type();
        this.activityDate = terms.date();
        this.quantity = terms.quantity();
        this.unitPrice = terms.unitPrice();
        this.fee = terms.fee().amount();
        this.tax = terms.tax().amount();
        this.currency = terms.currency();
    }

    void annotate(String note, String metadataJson) {
        this.note = note;
        this.metadata = metadataJson;
    }

    /** Takes a conversion made for these terms; one made for other terms (changed meanwhile) is ignored. */
    void convert(Conversion conversion, Currency base, Money madeFor, LocalDate madeForDate) {
        if (!madeFor.equals(terms().gross()) || !madeForDate.equals(activityDate)) {
            return;
        }
        this.baseCurrency = base;
        this.baseAmount = conversion.baseAmount();
        this.fxRate = conversion.rate();
        this.rateDate = conversion.rateDate();
        this.rateSource = conversion.source();
    }

    public Terms terms() {
        return new Terms(
                accountId,
                assetId,
                activityType,
                activityDate,
                quantity,
                unitPrice,
                new Money(fee, currency),
                new Money(tax, currency));
    }

    public boolean isConversionPending() {
        return baseAmount == null;
    }

    public Conversion conversion() {
        return new Conversion(
                baseCurrency == null ? null : baseCurrency.code(), baseAmount, fxRate, rateDate, rateSource);
    }

    /** The gross amount in the base currency at the activity's date; null while the conversion is pending. */
    public Money baseAmount() {
        return baseAmount == null ? null : new Money(baseAmount, baseCurrency);
    }

    /** The row as the engine replays it, in the asset's currency; ties within a day go in the order recorded. */
    public Trade trade() {
        return new Trade(id, activityDate, sequence(), activityType, quantity, unitPrice, fee, tax);
    }

    private long sequence() {
        var created = getCreatedAt();
        return created == null ? Long.MAX_VALUE : ChronoUnit.MICROS.between(java.time.Instant.EPOCH, created);
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public UUID getAssetId() {
        return assetId;
    }

    public ActivityType getActivityType() {
        return activityType;
    }

    public LocalDate getActivityDate() {
        return activityDate;
    }

    public Currency getCurrency() {
        return currency;
    }

    public String getNote() {
        return note;
    }

    public String getMetadata() {
        return metadata;
    }

    public String getImportKey() {
        return importKey;
    }

    /** The activity as the audit trail keeps it: what was traded and what it came to in the base currency. */
    Snapshot snapshot() {
        return new Snapshot(
                id,
                new RecordedTerms(
                        accountId, assetId, activityType, activityDate, quantity, unitPrice, fee, tax, currency.code()),
                note,
                baseCurrency == null ? null : baseCurrency.code(),
                baseAmount,
                fxRate,
                rateDate,
                rateSource,
                importKey,
                getVersion());
    }

    /** The audit trail's shape of an activity, flat as its columns, as every row of the trail has kept it. */
    record Snapshot(
            UUID id,
            RecordedTerms terms,
            String note,
            String baseCurrency,
            BigDecimal baseAmount,
            BigDecimal fxRate,
            LocalDate rateDate,
            String rateSource,
            String importKey,
            long version) {}

    record RecordedTerms(
            UUID accountId,
            UUID assetId,
            ActivityType type,
            LocalDate date,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal fee,
            BigDecimal tax,
            String currency) {}
}
