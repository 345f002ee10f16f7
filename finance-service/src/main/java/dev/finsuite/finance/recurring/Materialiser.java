package dev.finsuite.finance.recurring;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.finsuite.common.conversion.BaseCurrencies;
import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.finance.entry.EntryDetails;
import dev.finsuite.finance.entry.OccurrenceWriter;
import dev.finsuite.finance.support.FinanceCaches;

/**
 * Creates every due occurrence of a tenant's rules, however long ago it fell due (after an outage it catches
 * up in order). Each rule is locked while its occurrences are written and its position advanced, in one
 * transaction; the unique (rule, occurrence date) key is the last guard against a duplicate.
 */
@Component
public class Materialiser {

    /** Per rule and run; a rule further behind continues on the next run. */
    private static final int MAX_PER_RULE = 1000;

    private final RecurringRuleRepository rules;
    private final OccurrenceWriter writer;
    private final BaseCurrencies baseCurrencies;
    private final FinanceCaches caches;

    Materialiser(RecurringRuleRepository rules, OccurrenceWriter writer, BaseCurrencies baseCurrencies,
            FinanceCaches caches) {
        this.rules = rules;
        this.writer = writer;
        this.baseCurrencies = baseCurrencies;
        this.caches = caches;
    }

    /**
     * Must run with the tenant's context set. Amounts in another currency are written pending: the conversion
     * job completes them, so no transaction here waits on market-service. @return occurrences created
     */
    @Transactional
    public int materialise(UUID tenantId, LocalDate today) {
        String baseCurrency = baseCurrencies.of(tenantId);
        int created = 0;
        for (RecurringRule rule : rules.lockDue(tenantId, today)) {
            RecurringRule.Template template = rule.template();
            for (RecurringRule.Occurrence occurrence : rule.takeDue(today, MAX_PER_RULE)) {
                EntryDetails details = new EntryDetails(template.amount(), template.currency(), occurrence.date(),
                        template.categoryId(), template.description(), template.counterparty(),
                        template.paymentMethod(), template.tags(), "{}", rule.getId());
                Conversion conversion = template.currency().equals(baseCurrency)
                        ? new Conversion(baseCurrency, template.amount(), java.math.BigDecimal.ONE, occurrence.date(),
                                Converter.SAME_CURRENCY)
                        : Conversion.pending(baseCurrency);
                if (writer.write(tenantId, rule.getKind(), details, rule.getId(), occurrence.date(), conversion)) {
                    created++;
                }
            }
            rules.save(rule);
        }
        if (created > 0) {
            caches.moneyChanged();
        }
        return created;
    }
}
