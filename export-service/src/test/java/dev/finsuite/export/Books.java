package dev.finsuite.export;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Income and expenses with known base amounts for one tenant (base currency INR), seeded as the database
 * owner, for reports and analytics a user checks by hand. {@link Household} seeds every table once; this
 * seeds the amounts that add up.
 */
public final class Books {

    public static final UUID FOOD = UUID.fromString("00000000-0000-4000-8000-000000000101");
    public static final UUID GROCERIES = UUID.fromString("00000000-0000-4000-8000-000000000102");
    public static final UUID RESTAURANTS = UUID.fromString("00000000-0000-4000-8000-000000000103");
    public static final UUID RENT = UUID.fromString("00000000-0000-4000-8000-000000000105");
    public static final UUID UTILITIES = UUID.fromString("00000000-0000-4000-8000-000000000106");
    public static final UUID FUEL = UUID.fromString("00000000-0000-4000-8000-000000000108");
    public static final UUID HEALTH = UUID.fromString("00000000-0000-4000-8000-000000000109");
    public static final UUID SHOPPING = UUID.fromString("00000000-0000-4000-8000-000000000111");
    public static final UUID INSURANCE = UUID.fromString("00000000-0000-4000-8000-000000000114");
    public static final UUID SALARY = UUID.fromString("00000000-0000-4000-8000-000000000201");

    public final UUID tenant;

    private Books(UUID tenant) {
        this.tenant = tenant;
    }

    public static Books of(UUID tenant) {
        return new Books(tenant);
    }

    /** An expense in INR, converted (its base amount is its amount). */
    public UUID expense(String date, String amount, UUID category, String counterparty) throws SQLException {
        return entry("EXPENSE", date, amount, "INR", category, counterparty, true, null);
    }

    /** An expense whose conversion to INR is still pending (no rate yet): no base amount. */
    public UUID pendingExpense(String date, String amount, String currency, UUID category, String counterparty)
            throws SQLException {
        return entry("EXPENSE", date, amount, currency, category, counterparty, false, null);
    }

    /** An occurrence a recurring rule created. */
    public UUID ruleExpense(UUID rule, String date, String amount, UUID category, String counterparty)
            throws SQLException {
        return entry("EXPENSE", date, amount, "INR", category, counterparty, true, rule);
    }

    public UUID income(String date, String amount, UUID category) throws SQLException {
        return entry("INCOME", date, amount, "INR", category, null, true, null);
    }

    public UUID rule(
            String frequency, int interval, String amount, UUID category, String description, String counterparty)
            throws SQLException {
        UUID id = UUID.randomUUID();
        ExportTest.sql(
                "insert into finance_recurring_rules (id, tenant_id, kind, amount, currency, category_id, description,"
                        + " counterparty, frequency, interval_count, start_date, active) values (?, ?, 'EXPENSE', ?, 'INR', ?, ?, ?, ?, ?,"
                        + " date '2025-01-01', true)",
                id,
                tenant,
                new BigDecimal(amount),
                category,
                description,
                counterparty,
                frequency,
                interval);
        return id;
    }

    /** The tenant's own sub-category of {@code parent}. */
    public UUID subCategory(UUID parent, String name) throws SQLException {
        UUID id = UUID.randomUUID();
        ExportTest.sql(
                "insert into finance_categories (id, tenant_id, name, type, parent_id) values (?, ?, ?, 'EXPENSE', ?)",
                id,
                tenant,
                name,
                parent);
        return id;
    }

    private UUID entry(
            String kind,
            String date,
            String amount,
            String currency,
            UUID category,
            String counterparty,
            boolean converted,
            UUID rule)
            throws SQLException {
        UUID id = UUID.randomUUID();
        BigDecimal value = new BigDecimal(amount);
        LocalDate day = LocalDate.parse(date);
        ExportTest.sql(
                "insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, counterparty,"
                        + " recurring_rule_id, occurrence_date, base_currency, base_amount, fx_rate, fx_rate_date, fx_source)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INR', ?, ?, ?, ?)",
                id,
                tenant,
                kind,
                value,
                currency,
                day,
                category,
                counterparty,
                rule,
                rule == null ? null : day,
                converted ? value : null,
                converted ? BigDecimal.ONE : null,
                converted ? day : null,
                converted ? "same-currency" : null);
        return id;
    }
}
