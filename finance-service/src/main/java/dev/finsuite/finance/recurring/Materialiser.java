package dev.finsuite.finance.recurring;

import dev.finsuite.common.conversion.BaseCurrencies;
import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.finance.entry.EntryDetails;
import dev.finsuite.finance.entry.OccurrenceWriter;
import dev.finsuite.finance.support.FinanceCaches;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the due occurrences of one rule at a time, oldest due first, in order (after an outage it catches up
 * from where the rule stopped). The rule is locked while its occurrences are written and its position advanced,
 * in one transaction; the unique (rule, occurrence date) key is the last guard against a duplicate. How many a
 * visit may create is the caller's to say: {@link RecurringRounds} shares a run between tenants.
 */
@Component
class Materialiser {

    /** Stands in for "no rule visited yet": an empty {@code not in ()} is not something to leave to the SQL. */
    private static final UUID NO_RULE = new UUID(0, 0);

    private final RecurringRuleRepository rules;
    private final OccurrenceWriter writer;
    private final BaseCurrencies baseCurrencies;
    private final FinanceCaches caches;

    Materialiser(
            RecurringRuleRepository rules,
            OccurrenceWriter writer,
            BaseCurrencies baseCurrencies,
            FinanceCaches caches) {
        this.rules = rules;
        this.writer = writer;
        this.baseCurrencies = baseCurrencies;
        this.caches = caches;
    }

    /** Must run with the tenant's context set. The tenant's oldest due occurrence among rules not yet visited. */
    @Transactional(readOnly = true)
    LocalDate oldestDue(UUID tenantId, LocalDate today, Set<UUID> visited) {
        return rules.oldestDue(tenantId, today, orPlaceholder(visited));
    }

    /**
     * Must run with the tenant's context set. Creates at most {@code limit} occurrences of the tenant's oldest due
     * rule not in {@code visited}. Amounts in another currency are written pending: the conversion job completes
     * them, so no transaction here waits on market-service.
     */
    @Transactional
    Visit visitOldestDue(UUID tenantId, LocalDate today, int limit, Set<UUID> visited) {
        List<RecurringRule> found = rules.lockOldestDue(tenantId, today, orPlaceholder(visited), PageRequest.of(0, 1));
        if (found.isEmpty()) {
            return Visit.NOTHING;
        }
        RecurringRule rule = found.get(0);
        String baseCurrency = baseCurrencies.of(tenantId);
        RecurringRule.Template template = rule.template();
        List<RecurringRule.Occurrence> due = rule.takeDue(today, limit);
        int created = 0;
        for (RecurringRule.Occurrence occurrence : due) {
            EntryDetails details = new EntryDetails(
                    template.money(),
                    occurrence.date(),
                    template.categoryId(),
                    template.description(),
                    template.counterparty(),
                    template.paymentMethod(),
                    template.tags(),
                    "{}",
                    rule.getId());
            Conversion conversion = template.money().currencyCode().equals(baseCurrency)
                    ? new Conversion(
                            baseCurrency,
                            template.money().amount(),
                            BigDecimal.ONE,
                            occurrence.date(),
                            Converter.SAME_CURRENCY)
                    : Conversion.pending(baseCurrency);
            if (writer.write(tenantId, rule.getKind(), details, rule.getId(), occurrence.date(), conversion)) {
                created++;
            }
        }
        rules.save(rule);
        if (created > 0) {
            caches.moneyChanged();
        }
        Set<UUID> now = new HashSet<>(visited);
        now.add(rule.getId());
        return new Visit(rule.getId(), due.size(), created, rules.oldestDue(tenantId, today, now));
    }

    private static Set<UUID> orPlaceholder(Set<UUID> visited) {
        return visited.isEmpty() ? Set.of(NO_RULE) : visited;
    }

    /**
     * What one visit did: the rule (null when none was due and free), the occurrences it took (created or found
     * already there), those it created, and the tenant's next oldest due date among the rules not visited yet.
     */
    record Visit(UUID rule, int taken, int created, LocalDate nextDue) {
        static final Visit NOTHING = new Visit(null, 0, 0, null);
    }
}
