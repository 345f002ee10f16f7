package dev.finsuite.finance.recurring;

import dev.finsuite.common.web.Text;
import dev.finsuite.finance.entry.PaymentMethod;
import dev.finsuite.finance.support.Kind;
import dev.finsuite.finance.support.Tags;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Request bodies of recurring rules: a create, and a PATCH that sends only what changes. */
final class RecurringRuleRequests {

    private static final String REQUIRED = "is required";

    private RecurringRuleRequests() {}

    @Schema(
            description = "type, amount, currency, categoryId, frequency and startDate are required; interval "
                    + "defaults to 1 and active to true. counterparty is the payee or source.",
            example = """
                    {"type": "EXPENSE", "amount": "25000", "currency": "INR",
                     "categoryId": "00000000-0000-4000-8000-000000000105", "description": "Rent",
                     "counterparty": "Landlord", "paymentMethod": "BANK_TRANSFER", "tags": ["home"],
                     "frequency": "MONTHLY", "interval": 1, "dayOfMonth": 31, "startDate": "2026-01-31",
                     "count": 24, "active": true}""")
    record NewRule(
            @NotNull(message = REQUIRED) Kind type,

            @NotNull(message = REQUIRED)
            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            BigDecimal amount,

            @NotNull(message = REQUIRED) String currency,
            @NotNull(message = REQUIRED) UUID categoryId,
            @Size(max = 1000) String description,
            @Size(max = 200) String counterparty,
            PaymentMethod paymentMethod,
            @Size(max = Tags.MAX_TAGS) List<String> tags,
            @NotNull(message = REQUIRED) Frequency frequency,
            @Min(1) @Max(366) Integer interval,
            @Min(1) @Max(31) Integer dayOfMonth,
            @NotNull(message = REQUIRED) LocalDate startDate,
            LocalDate endDate,
            @Min(1) @Max(100000) Integer count,
            Boolean active) {

        RecurringRule.Template template(RuleFields fields) {
            return new RecurringRule.Template(
                    fields.money(amount, currency),
                    categoryId,
                    Text.clean(description),
                    Text.clean(counterparty),
                    paymentMethod,
                    Tags.normalise(tags));
        }

        Recurrence recurrence(RuleFields fields) {
            return Recurrence.asked(
                    frequency, interval == null ? 1 : interval, dayOfMonth, fields.start(startDate), endDate, count);
        }

        boolean startsActive() {
            return active == null || active;
        }
    }

    @Schema(
            description = "Send only what changes. The type cannot change.",
            example = "{\"amount\": \"26000\", \"active\": false}")
    record RulePatch(
            @Nullable Kind type,

            @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @Digits(integer = 15, fraction = 4)
            @Nullable
            BigDecimal amount,

            @Nullable String currency,
            @Nullable UUID categoryId,
            @Size(max = 1000) @Nullable String description,
            @Size(max = 200) @Nullable String counterparty,
            @Nullable PaymentMethod paymentMethod,
            @Size(max = Tags.MAX_TAGS) @Nullable List<String> tags,
            @Nullable Frequency frequency,
            @Min(1) @Max(366) @Nullable Integer interval,
            @Min(1) @Max(31) @Nullable Integer dayOfMonth,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Min(1) @Max(100000) @Nullable Integer count,
            @Nullable Boolean active) {

        /** A rule keeps its type: an expense rule that became income would leave its expenses behind. */
        void refuseTypeChange() {
            if (type != null) {
                throw new RecurringFailures.TypeCannotChange();
            }
        }

        /** Merges this onto {@code rule}: its template, its schedule (which may refuse), and pausing or resuming. */
        void applyTo(RecurringRule rule, RuleFields fields) {
            refuseTypeChange();
            rule.use(template(rule.template(), fields));
            rule.reschedule(recurrence(rule.recurrence(), fields));
            if (active != null) {
                rule.activate(active, fields.today());
            }
        }

        private RecurringRule.Template template(RecurringRule.Template was, RuleFields fields) {
            return new RecurringRule.Template(
                    fields.money(was.money(), amount, currency),
                    categoryId == null ? was.categoryId() : categoryId,
                    description == null ? was.description() : Text.clean(description),
                    counterparty == null ? was.counterparty() : Text.clean(counterparty),
                    paymentMethod == null ? was.paymentMethod() : paymentMethod,
                    tags == null ? was.tags() : Tags.normalise(tags));
        }

        private Recurrence recurrence(Recurrence was, RuleFields fields) {
            return Recurrence.asked(
                    frequency == null ? was.frequency() : frequency,
                    interval == null ? was.interval() : interval,
                    dayOfMonth == null ? was.dayOfMonth() : dayOfMonth,
                    startDate == null ? was.start() : fields.start(startDate),
                    endDate == null ? was.end() : endDate,
                    count == null ? was.count() : count);
        }
    }
}
