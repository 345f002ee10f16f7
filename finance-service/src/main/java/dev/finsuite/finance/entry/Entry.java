package dev.finsuite.finance.entry;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.CurrencyColumn;
import dev.finsuite.common.money.Money;
import dev.finsuite.finance.support.Kind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An expense or an income, with its amount in the tenant's base currency once that is known. */
@Entity
@Table(name = "finance_entries")
public class Entry extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private BigDecimal amount;

    @Convert(converter = CurrencyColumn.class)
    private Currency currency;

    private LocalDate entryDate;
    private UUID categoryId;
    private String description;
    private String counterparty;

    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> tags;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String metadata;

    private UUID recurringRuleId;
    private LocalDate occurrenceDate;
    private String baseCurrency;
    private BigDecimal baseAmount;
    private BigDecimal fxRate;
    private LocalDate fxRateDate;
    private String fxSource;

    protected Entry() {}

    Entry(UUID tenantId, Kind kind, EntryDetails details, Conversion conversion) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.kind = kind;
        describe(details);
        convertedAs(conversion);
    }

    EntryDetails details() {
        return new EntryDetails(
                money(),
                entryDate,
                categoryId,
                description,
                counterparty,
                paymentMethod,
                tags,
                metadata,
                recurringRuleId);
    }

    /**
     * Takes the new details; when amount, currency or date change, the base amount no longer holds, so it takes
     * {@code conversion} (obtained for the new values) or becomes pending if that was for other values.
     */
    void revise(EntryDetails revised, Conversion conversion, EntryDetails convertedFor) {
        boolean moneyChanged = revised.needsNewConversion(details());
        describe(revised);
        if (moneyChanged) {
            boolean fits = convertedFor != null && !revised.needsNewConversion(convertedFor);
            convertedAs(fits ? conversion : Conversion.pending(baseCurrency));
        }
    }

    private void describe(EntryDetails details) {
        this.amount = details.money().amount();
        this.currency = details.money().currency();
        this.entryDate = details.date();
        this.categoryId = details.categoryId();
        this.description = details.description();
        this.counterparty = details.counterparty();
        this.paymentMethod = details.paymentMethod();
        this.tags = details.tags();
        this.metadata = details.metadataJson();
        this.recurringRuleId = details.recurringRuleId();
    }

    private void convertedAs(Conversion conversion) {
        this.baseCurrency = conversion.baseCurrency();
        this.baseAmount = conversion.baseAmount();
        this.fxRate = conversion.rate();
        this.fxRateDate = conversion.rateDate();
        this.fxSource = conversion.source();
    }

    public Conversion conversion() {
        return new Conversion(baseCurrency, baseAmount, fxRate, fxRateDate, fxSource);
    }

    public UUID getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Money money() {
        return new Money(amount, currency);
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public UUID getCategoryId() {
        return categoryId;
    }

    public String getDescription() {
        return description;
    }

    public String getCounterparty() {
        return counterparty;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public List<String> getTags() {
        return tags;
    }

    public String getMetadata() {
        return metadata;
    }

    public UUID getRecurringRuleId() {
        return recurringRuleId;
    }

    public LocalDate getOccurrenceDate() {
        return occurrenceDate;
    }

    /** The audit trail's name for this kind of entry. */
    String auditType() {
        return kind == Kind.EXPENSE ? "expense" : "income";
    }

    /** The entry as the audit trail keeps it: what was recorded and what it came to in the base currency. */
    Snapshot snapshot() {
        return new Snapshot(
                id,
                amount,
                currency.code(),
                entryDate,
                categoryId,
                description,
                counterparty,
                paymentMethod,
                List.copyOf(tags),
                recurringRuleId,
                occurrenceDate,
                conversion(),
                getVersion());
    }

    record Snapshot(
            UUID id,
            BigDecimal amount,
            String currency,
            LocalDate date,
            UUID categoryId,
            String description,
            String counterparty,
            PaymentMethod paymentMethod,
            List<String> tags,
            UUID recurringRuleId,
            LocalDate occurrenceDate,
            Conversion conversion,
            long version) {}
}
