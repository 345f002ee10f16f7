package dev.finsuite.export;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One row (at least) in every table export-service exports, for one tenant, seeded as the database owner.
 * Every id is kept, so a test can say whose rows an export holds.
 */
public final class Household {

    public static final UUID GROCERIES = UUID.fromString("00000000-0000-4000-8000-000000000102");
    public static final UUID FOOD = UUID.fromString("00000000-0000-4000-8000-000000000101");
    public static final UUID RENT = UUID.fromString("00000000-0000-4000-8000-000000000105");

    public final UUID tenant;
    public final List<UUID> ids = new ArrayList<>();
    public final UUID category = UUID.randomUUID();
    public final UUID debt = UUID.randomUUID();
    public final UUID loan = UUID.randomUUID();
    public final UUID account = UUID.randomUUID();
    public final UUID otherAccount = UUID.randomUUID();
    public final UUID asset = UUID.randomUUID();
    public final UUID watch = UUID.randomUUID();

    private Household(UUID tenant) {
        this.tenant = tenant;
    }

    public static Household seed(UUID tenant) throws SQLException {
        Household h = new Household(tenant);
        ExportTest.sql(
                "insert into finance_categories (id, tenant_id, name, type, parent_id) values (?, ?, 'Organic', 'EXPENSE', ?)",
                h.category,
                tenant,
                GROCERIES);
        h.ids.add(h.category);
        h.expense(
                LocalDate.parse("2026-03-01"), "45.00", "INR", h.category, "Organic veg", "=cmd|' /C calc'!A0", "farm");
        h.income(LocalDate.parse("2026-03-02"), "90000", "INR", "Salary March");
        h.id(
                "insert into finance_budgets (id, tenant_id, name, category_id, amount_limit, currency, period, start_date, rollover)"
                        + " values (?, ?, 'Food', ?, 15000, 'INR', 'MONTHLY', date '2026-01-01', 'NONE')",
                FOOD);
        ExportTest.sql(
                "insert into finance_debts (id, tenant_id, direction, counterparty_name, principal, currency, start_date,"
                        + " total_due, paid) values (?, ?, 'BORROWED', 'Ravi', 5000, 'INR', date '2026-01-10', 5000, 1000)",
                h.debt,
                tenant);
        h.ids.add(h.debt);
        UUID lent = UUID.randomUUID();
        ExportTest.sql(
                "insert into finance_debts (id, tenant_id, direction, counterparty_name, principal, currency, start_date,"
                        + " total_due, paid) values (?, ?, 'LENT', '@Asha', 2000, 'INR', date '2026-01-11', 2000, 500)",
                lent,
                tenant);
        h.ids.add(lent);
        h.id(
                "insert into finance_debt_payments (id, tenant_id, debt_id, amount, paid_on, note) values (?, ?, ?, 1000,"
                        + " date '2026-02-10', 'first')",
                h.debt);
        h.id(
                "insert into finance_debt_payments (id, tenant_id, debt_id, amount, paid_on) values (?, ?, ?, 500,"
                        + " date '2026-02-11')",
                lent);
        h.id(
                "insert into finance_recurring_rules (id, tenant_id, kind, amount, currency, category_id, tags, frequency,"
                        + " interval_count, start_date, active) values (?, ?, 'EXPENSE', 25000, 'INR', ?, '{home}', 'MONTHLY', 1,"
                        + " date '2026-01-01', true)",
                RENT);
        ExportTest.sql(
                "insert into emi_loans (id, tenant_id, name, loan_type, principal, currency, annual_rate, tenure_months,"
                        + " disbursal_date, first_emi_date, status) values (?, ?, 'Scooter', 'PERSONAL', 100000, 'INR', 10, 12,"
                        + " date '2024-12-01', date '2025-01-05', 'ACTIVE')",
                h.loan,
                tenant);
        h.ids.add(h.loan);
        h.id(
                "insert into emi_payments (id, tenant_id, loan_id, instalment_number, amount, paid_on, days_late)"
                        + " values (?, ?, ?, 1, 8791.59, date '2025-01-05', 0)",
                h.loan);
        h.id(
                "insert into emi_prepayments (id, tenant_id, loan_id, amount, prepaid_on, strategy)"
                        + " values (?, ?, ?, 10000, date '2025-03-01', 'REDUCE_TENURE')",
                h.loan);
        ExportTest.sql(
                "insert into investment_accounts (id, tenant_id, name, currency, cost_basis_method)"
                        + " values (?, ?, 'Broker', 'USD', 'FIFO')",
                h.account,
                tenant);
        ExportTest.sql(
                "insert into investment_accounts (id, tenant_id, name, currency, cost_basis_method)"
                        + " values (?, ?, 'Pension', 'USD', 'AVERAGE')",
                h.otherAccount,
                tenant);
        h.ids.add(h.account);
        h.ids.add(h.otherAccount);
        ExportTest.sql(
                "insert into investment_assets (id, tenant_id, symbol, data_source, name, asset_class, currency)"
                        + " values (?, ?, 'AAPL.US', 'STOOQ', 'Apple', 'EQUITY', 'USD')",
                h.asset,
                tenant);
        h.ids.add(h.asset);
        h.activity(h.account, "2026-01-15", "10", "150.25");
        h.activity(h.otherAccount, "2026-01-16", "2", "151");
        ExportTest.sql(
                "insert into investment_watchlist_items (id, tenant_id, symbol, data_source) values (?, ?, 'MSFT.US', 'STOOQ')",
                h.watch,
                tenant);
        h.ids.add(h.watch);
        h.id(
                "insert into investment_price_alerts (id, tenant_id, item_id, condition, threshold, state)"
                        + " values (?, ?, ?, 'ABOVE', 500, 'ARMED')",
                h.watch);
        return h;
    }

    public UUID expense(
            LocalDate date,
            String amount,
            String currency,
            UUID categoryId,
            String description,
            String counterparty,
            String... tags)
            throws SQLException {
        UUID id = UUID.randomUUID();
        ExportTest.sql(
                "insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description,"
                        + " counterparty, payment_method, tags, base_currency) values (?, ?, 'EXPENSE', ?, ?, ?, ?, ?, ?, 'CARD', ?, 'INR')",
                id,
                tenant,
                new BigDecimal(amount),
                currency,
                date,
                categoryId,
                description,
                counterparty,
                tags);
        ids.add(id);
        return id;
    }

    public UUID income(LocalDate date, String amount, String currency, String description) throws SQLException {
        UUID id = UUID.randomUUID();
        ExportTest.sql(
                "insert into finance_entries (id, tenant_id, kind, amount, currency, entry_date, category_id, description,"
                        + " base_currency, base_amount, fx_rate, fx_rate_date, fx_source) values (?, ?, 'INCOME', ?, ?, ?,"
                        + " '00000000-0000-4000-8000-000000000201', ?, 'INR', ?, 1, ?, 'same-currency')",
                id,
                tenant,
                new BigDecimal(amount),
                currency,
                date,
                description,
                new BigDecimal(amount),
                date);
        ids.add(id);
        return id;
    }

    private void activity(UUID accountId, String date, String quantity, String price) throws SQLException {
        UUID id = UUID.randomUUID();
        ExportTest.sql(
                "insert into investment_activities (id, tenant_id, account_id, asset_id, activity_type, activity_date,"
                        + " quantity, unit_price, fee, currency, base_currency) values (?, ?, ?, ?, 'BUY', ?, ?, ?, 1.5, 'USD', 'INR')",
                id,
                tenant,
                accountId,
                asset,
                LocalDate.parse(date),
                new BigDecimal(quantity),
                new BigDecimal(price));
        ids.add(id);
    }

    /** Inserts with a new id, the tenant, then {@code rest}. */
    private void id(String sql, Object... rest) throws SQLException {
        UUID id = UUID.randomUUID();
        Object[] parameters = new Object[rest.length + 2];
        parameters[0] = id;
        parameters[1] = tenant;
        System.arraycopy(rest, 0, parameters, 2, rest.length);
        ExportTest.sql(sql, parameters);
        ids.add(id);
    }
}
