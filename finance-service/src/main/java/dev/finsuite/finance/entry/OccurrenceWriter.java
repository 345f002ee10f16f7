package dev.finsuite.finance.entry;

import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.finance.support.Kind;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a recurring rule's occurrence as an expense or income. The unique (rule, occurrence date) key makes a
 * second write of the same occurrence, by another replica or a retried run, a no-op rather than a duplicate.
 */
@Component
public class OccurrenceWriter {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final RecordedEntries recorded;

    OccurrenceWriter(JdbcTemplate jdbc, AuditTrail audit, RecordedEntries recorded) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.recorded = recorded;
    }

    /** @return whether this call created the row (false: it already existed) */
    public boolean write(
            UUID tenantId,
            Kind kind,
            EntryDetails details,
            UUID ruleId,
            LocalDate occurrenceDate,
            Conversion conversion) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id,
                        description, counterparty, payment_method, tags, metadata, recurring_rule_id, occurrence_date,
                        base_currency, base_amount, fx_rate, fx_rate_date, fx_source)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}'::jsonb, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (recurring_rule_id, occurrence_date) do nothing""");
            insert.setObject(1, id);
            insert.setObject(2, tenantId);
            insert.setString(3, kind.name());
            insert.setBigDecimal(4, details.money().amount());
            insert.setString(5, details.money().currencyCode());
            insert.setDate(6, Date.valueOf(occurrenceDate));
            insert.setObject(7, details.categoryId());
            insert.setString(8, details.description());
            insert.setString(9, details.counterparty());
            insert.setString(
                    10,
                    details.paymentMethod() == null
                            ? null
                            : details.paymentMethod().name());
            insert.setArray(11, connection.createArrayOf("text", details.tags().toArray()));
            insert.setObject(12, ruleId);
            insert.setDate(13, Date.valueOf(occurrenceDate));
            insert.setString(14, conversion.baseCurrency());
            insert.setBigDecimal(15, conversion.baseAmount());
            insert.setBigDecimal(16, conversion.rate());
            insert.setDate(17, conversion.rateDate() == null ? null : Date.valueOf(conversion.rateDate()));
            insert.setString(18, conversion.source());
            return insert;
        });
        if (inserted == 1) {
            audit.created(
                    kind == Kind.EXPENSE ? "expense" : "income",
                    id,
                    new Entry.Snapshot(
                            id,
                            details.money().amount(),
                            details.money().currencyCode(),
                            occurrenceDate,
                            details.categoryId(),
                            details.description(),
                            details.counterparty(),
                            details.paymentMethod(),
                            details.tags(),
                            ruleId,
                            occurrenceDate,
                            conversion,
                            0));
            recorded.recordedByRule(kind);
        }
        return inserted == 1;
    }
}
