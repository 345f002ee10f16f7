package dev.finsuite.finance.recurring;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.CurrencyColumn;
import dev.finsuite.common.money.Money;
import dev.finsuite.finance.entry.PaymentMethod;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A template for an expense or income that repeats, and how far it has been materialised: {@code nextIndex}
 * is the number of the next occurrence to create, {@code nextDate} its date (null once the rule has ended).
 */
@Entity
@Table(name = "finance_recurring_rules")
public class RecurringRule extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private BigDecimal amount;

    @Convert(converter = CurrencyColumn.class)
    private Currency currency;

    private UUID categoryId;
    private String description;
    private String counterparty;

    @Enumerated(EnumType.STRING)
    private PaymentMethod paymentMethod;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> tags;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private int intervalCount;
    private Integer dayOfMonth;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer maxOccurrences;
    private boolean active;
    private int nextIndex;
    private LocalDate nextDate;

    protected RecurringRule() {}

    RecurringRule(UUID tenantId, Kind kind, Template template, Recurrence recurrence, boolean active) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.kind = kind;
        use(template);
        schedule(recurrence);
        this.active = active;
    }

    void use(Template template) {
        this.amount = template.money().amount();
        this.currency = template.money().currency();
        this.categoryId = template.categoryId();
        this.description = template.description();
        this.counterparty = template.counterparty();
        this.paymentMethod = template.paymentMethod();
        this.tags = template.tags();
    }

    /**
     * A new schedule. Once occurrences exist only the end may move (by date or count): changing when the rule
     * falls would leave what it already created on the old dates.
     */
    void reschedule(Recurrence recurrence) {
        Recurrence was = recurrence();
        boolean sameRhythm = was.frequency() == recurrence.frequency()
                && was.interval() == recurrence.interval()
                && java.util.Objects.equals(was.dayOfMonth(), recurrence.dayOfMonth())
                && was.start().equals(recurrence.start());
        if (nextIndex > 0 && !sameRhythm) {
            throw new RecurringFailures.RhythmFixedByOccurrences(nextIndex);
        }
        schedule(recurrence);
    }

    private void schedule(Recurrence recurrence) {
        this.frequency = recurrence.frequency();
        this.intervalCount = recurrence.interval();
        this.dayOfMonth = recurrence.dayOfMonth();
        this.startDate = recurrence.start();
        this.endDate = recurrence.end();
        this.maxOccurrences = recurrence.count();
        this.nextDate = recurrence.occurrence(nextIndex);
    }

    /** Paused, nothing is created; resumed, it carries on from today, without the occurrences it was paused for. */
    void activate(boolean on, LocalDate today) {
        if (on && !active) {
            nextIndex = Math.max(nextIndex, recurrence().firstOnOrAfter(today));
            nextDate = recurrence().occurrence(nextIndex);
        }
        this.active = on;
    }

    /** Every occurrence due by {@code today} not created yet, in order; the rule then points past them. */
    List<Occurrence> takeDue(LocalDate today, int limit) {
        List<Occurrence> due = new ArrayList<>();
        Recurrence recurrence = recurrence();
        while (active && nextDate != null && !nextDate.isAfter(today) && due.size() < limit) {
            due.add(new Occurrence(nextIndex, nextDate));
            nextIndex++;
            nextDate = recurrence.occurrence(nextIndex);
        }
        return due;
    }

    Recurrence recurrence() {
        return new Recurrence(frequency, intervalCount, dayOfMonth, startDate, endDate, maxOccurrences);
    }

    Template template() {
        return new Template(new Money(amount, currency), categoryId, description, counterparty, paymentMethod, tags);
    }

    public UUID getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getNextDate() {
        return nextDate;
    }

    /** What each occurrence records. */
    record Template(
            Money money,
            UUID categoryId,
            String description,
            String counterparty,
            PaymentMethod paymentMethod,
            List<String> tags) {}

    record Occurrence(int index, LocalDate date) {}
}
