package dev.finsuite.export.read;

import static dev.finsuite.export.read.Column.bool;
import static dev.finsuite.export.read.Column.code;
import static dev.finsuite.export.read.Column.date;
import static dev.finsuite.export.read.Column.decimal;
import static dev.finsuite.export.read.Column.instant;
import static dev.finsuite.export.read.Column.integer;
import static dev.finsuite.export.read.Column.money;
import static dev.finsuite.export.read.Column.text;
import static dev.finsuite.export.read.Column.textList;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity export-service exports, read straight from the owning service's tables (V5, V6, V8, V9) as
 * export-service's own read models: no code of another service is imported. Each query names the tenant
 * besides row-level security, like every repository query of the suite.
 */
public final class ExportedEntities {

    private static final Map<String, ExportedEntity> BY_NAME = new LinkedHashMap<>();

    static {
        entries("expenses", "EXPENSE");
        entries("incomes", "INCOME");
        add(new ExportedEntity(
                "categories",
                List.of(
                        code("id"),
                        text("name"),
                        code("type"),
                        code("parentId"),
                        text("parent"),
                        bool("system"),
                        instant("createdAt")),
                """
                select c.id, c.name, c.type, c.parent_id, p.name, c.tenant_id is null, c.created_at
                  from finance_categories c left join finance_categories p on p.id = c.parent_id
                 where (c.tenant_id is null or c.tenant_id = ?)""",
                Map.of(Filter.CATEGORY, "c.id"),
                "c.type, c.tenant_id nulls first, c.name, c.id"));
        add(new ExportedEntity(
                "budgets",
                List.of(
                        code("id"),
                        text("name"),
                        code("categoryId"),
                        text("category"),
                        money("amountLimit", "currency"),
                        code("currency"),
                        code("period"),
                        date("startDate"),
                        code("rollover"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select b.id, b.name, b.category_id, c.name, b.amount_limit, b.currency, b.period, b.start_date,
                       b.rollover, b.created_at, b.updated_at
                  from finance_budgets b left join finance_categories c on c.id = b.category_id
                 where b.tenant_id = ?""",
                Map.of(Filter.DATES, "b.start_date", Filter.CATEGORY, "b.category_id", Filter.CURRENCY, "b.currency"),
                "b.start_date, b.name, b.id"));
        debts("borrowings", "BORROWED");
        debts("lendings", "LENT");
        debtPayments("repayments", "BORROWED");
        debtPayments("collections", "LENT");
        add(new ExportedEntity(
                "recurring-rules",
                List.of(
                        code("id"),
                        code("kind"),
                        money("amount", "currency"),
                        code("currency"),
                        code("categoryId"),
                        text("category"),
                        text("description"),
                        text("counterparty"),
                        code("paymentMethod"),
                        textList("tags"),
                        code("frequency"),
                        integer("intervalCount"),
                        integer("dayOfMonth"),
                        date("startDate"),
                        date("endDate"),
                        integer("maxOccurrences"),
                        bool("active"),
                        date("nextDate"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select r.id, r.kind, r.amount, r.currency, r.category_id, c.name, r.description, r.counterparty,
                       r.payment_method, r.tags, r.frequency, r.interval_count, r.day_of_month, r.start_date,
                       r.end_date, r.max_occurrences, r.active, r.next_date, r.created_at, r.updated_at
                  from finance_recurring_rules r join finance_categories c on c.id = r.category_id
                 where r.tenant_id = ?""",
                Map.of(
                        Filter.DATES,
                        "r.start_date",
                        Filter.CATEGORY,
                        "r.category_id",
                        Filter.TAG,
                        "r.tags",
                        Filter.CURRENCY,
                        "r.currency"),
                "r.start_date, r.id"));
        add(new ExportedEntity(
                "loans",
                List.of(
                        code("id"),
                        text("name"),
                        text("lender"),
                        code("loanType"),
                        money("principal", "currency"),
                        code("currency"),
                        decimal("annualRate"),
                        integer("tenureMonths"),
                        date("disbursalDate"),
                        date("firstEmiDate"),
                        code("status"),
                        text("notes"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select l.id, l.name, l.lender, l.loan_type, l.principal, l.currency, l.annual_rate, l.tenure_months,
                       l.disbursal_date, l.first_emi_date, l.status, l.notes, l.created_at, l.updated_at
                  from emi_loans l
                 where l.tenant_id = ?""",
                Map.of(Filter.DATES, "l.disbursal_date", Filter.CURRENCY, "l.currency"),
                "l.disbursal_date, l.id"));
        add(new ExportedEntity(
                "loan-payments",
                List.of(
                        code("id"),
                        code("loanId"),
                        text("loan"),
                        integer("instalmentNumber"),
                        money("amount", "currency"),
                        code("currency"),
                        date("paidOn"),
                        integer("daysLate"),
                        instant("createdAt")),
                """
                select p.id, p.loan_id, l.name, p.instalment_number, p.amount, l.currency, p.paid_on, p.days_late,
                       p.created_at
                  from emi_payments p join emi_loans l on l.tenant_id = p.tenant_id and l.id = p.loan_id
                 where p.tenant_id = ?""",
                Map.of(Filter.DATES, "p.paid_on", Filter.CURRENCY, "l.currency"),
                "p.paid_on, l.name, p.instalment_number, p.id"));
        add(new ExportedEntity(
                "prepayments",
                List.of(
                        code("id"),
                        code("loanId"),
                        text("loan"),
                        money("amount", "currency"),
                        code("currency"),
                        date("prepaidOn"),
                        code("strategy"),
                        instant("createdAt")),
                """
                select p.id, p.loan_id, l.name, p.amount, l.currency, p.prepaid_on, p.strategy, p.created_at
                  from emi_prepayments p join emi_loans l on l.tenant_id = p.tenant_id and l.id = p.loan_id
                 where p.tenant_id = ?""",
                Map.of(Filter.DATES, "p.prepaid_on", Filter.CURRENCY, "l.currency"),
                "p.prepaid_on, l.name, p.id"));
        add(new ExportedEntity(
                "investment-accounts",
                List.of(
                        code("id"),
                        text("name"),
                        text("broker"),
                        code("currency"),
                        code("costBasisMethod"),
                        text("notes"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select a.id, a.name, a.broker, a.currency, a.cost_basis_method, a.notes, a.created_at, a.updated_at
                  from investment_accounts a
                 where a.tenant_id = ?""",
                Map.of(Filter.CURRENCY, "a.currency", Filter.ACCOUNT, "a.id"),
                "a.name, a.id"));
        add(new ExportedEntity(
                "investment-assets",
                List.of(
                        code("id"),
                        text("symbol"),
                        code("dataSource"),
                        text("name"),
                        code("assetClass"),
                        code("currency"),
                        text("notes"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select s.id, s.symbol, s.data_source, s.name, s.asset_class, s.currency, s.notes, s.created_at,
                       s.updated_at
                  from investment_assets s
                 where s.tenant_id = ?""",
                Map.of(Filter.CURRENCY, "s.currency"),
                "s.name, s.id"));
        add(new ExportedEntity(
                "investment-activities",
                List.of(
                        code("id"),
                        date("date"),
                        code("type"),
                        code("accountId"),
                        text("account"),
                        code("assetId"),
                        text("symbol"),
                        text("asset"),
                        decimal("quantity"),
                        decimal("unitPrice"),
                        money("fee", "currency"),
                        money("tax", "currency"),
                        code("currency"),
                        money("baseAmount", "baseCurrency"),
                        code("baseCurrency"),
                        decimal("fxRate"),
                        date("rateDate"),
                        code("rateSource"),
                        text("note"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select v.id, v.activity_date, v.activity_type, v.account_id, a.name, v.asset_id, s.symbol, s.name,
                       v.quantity, v.unit_price, v.fee, v.tax, v.currency, v.base_amount, v.base_currency, v.fx_rate,
                       v.rate_date, v.rate_source, v.note, v.created_at, v.updated_at
                  from investment_activities v
                  join investment_accounts a on a.tenant_id = v.tenant_id and a.id = v.account_id
                  join investment_assets s on s.tenant_id = v.tenant_id and s.id = v.asset_id
                 where v.tenant_id = ?""",
                Map.of(Filter.DATES, "v.activity_date", Filter.CURRENCY, "v.currency", Filter.ACCOUNT, "v.account_id"),
                "v.activity_date, v.created_at, v.id"));
        add(new ExportedEntity(
                "watchlist-items",
                List.of(
                        code("id"),
                        text("symbol"),
                        code("dataSource"),
                        text("note"),
                        decimal("lastPrice"),
                        code("lastCurrency"),
                        instant("lastQuotedAt"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select w.id, w.symbol, w.data_source, w.note, w.last_price, w.last_currency, w.last_quoted_at,
                       w.created_at, w.updated_at
                  from investment_watchlist_items w
                 where w.tenant_id = ?""",
                Map.of(),
                "w.symbol, w.id"));
        add(new ExportedEntity(
                "price-alerts",
                List.of(
                        code("id"),
                        code("itemId"),
                        text("symbol"),
                        code("condition"),
                        decimal("threshold"),
                        code("state"),
                        decimal("triggeredPrice"),
                        instant("triggeredAt"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select a.id, a.item_id, w.symbol, a.condition, a.threshold, a.state, a.triggered_price, a.triggered_at,
                       a.created_at, a.updated_at
                  from investment_price_alerts a
                  join investment_watchlist_items w on w.tenant_id = a.tenant_id and w.id = a.item_id
                 where a.tenant_id = ?""",
                Map.of(),
                "w.symbol, a.created_at, a.id"));
    }

    private ExportedEntities() {}

    public static Optional<ExportedEntity> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static void add(ExportedEntity entity) {
        BY_NAME.put(entity.name(), entity);
    }

    private static void entries(String name, String kind) {
        add(new ExportedEntity(
                name,
                List.of(
                        code("id"),
                        date("date"),
                        money("amount", "currency"),
                        code("currency"),
                        code("categoryId"),
                        text("category"),
                        text("description"),
                        text("counterparty"),
                        code("paymentMethod"),
                        textList("tags"),
                        money("baseAmount", "baseCurrency"),
                        code("baseCurrency"),
                        decimal("fxRate"),
                        date("fxRateDate"),
                        code("fxSource"),
                        code("recurringRuleId"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select e.id, e.entry_date, e.amount, e.currency, e.category_id, c.name, e.description, e.counterparty,
                       e.payment_method, e.tags, e.base_amount, e.base_currency, e.fx_rate, e.fx_rate_date, e.fx_source,
                       e.recurring_rule_id, e.created_at, e.updated_at
                  from finance_entries e join finance_categories c on c.id = e.category_id
                 where e.kind = '%s' and e.tenant_id = ?""".formatted(kind),
                Map.of(
                        Filter.DATES,
                        "e.entry_date",
                        Filter.CATEGORY,
                        "e.category_id",
                        Filter.TAG,
                        "e.tags",
                        Filter.CURRENCY,
                        "e.currency"),
                // The order of the (tenant, kind, entry_date desc, id) index read backwards: rows stream from the
                // first one, where ordering by created_at made PostgreSQL sort a whole 1M-row export first.
                "e.entry_date, e.id desc"));
    }

    private static void debts(String name, String direction) {
        add(new ExportedEntity(
                name,
                List.of(
                        code("id"),
                        text("counterparty"),
                        text("counterpartyContact"),
                        money("principal", "currency"),
                        code("currency"),
                        date("startDate"),
                        date("dueDate"),
                        decimal("interestRate"),
                        money("totalDue", "currency"),
                        money("paid", "currency"),
                        money("outstanding", "currency"),
                        text("notes"),
                        instant("createdAt"),
                        instant("updatedAt")),
                """
                select d.id, d.counterparty_name, d.counterparty_contact, d.principal, d.currency, d.start_date,
                       d.due_date, d.interest_rate, d.total_due, d.paid, d.total_due - d.paid, d.notes, d.created_at,
                       d.updated_at
                  from finance_debts d
                 where d.direction = '%s' and d.tenant_id = ?""".formatted(direction),
                Map.of(Filter.DATES, "d.start_date", Filter.CURRENCY, "d.currency"),
                "d.start_date, d.id"));
    }

    private static void debtPayments(String name, String direction) {
        add(new ExportedEntity(
                name,
                List.of(
                        code("id"),
                        code("debtId"),
                        text("counterparty"),
                        money("amount", "currency"),
                        code("currency"),
                        date("paidOn"),
                        text("note"),
                        instant("createdAt")),
                """
                select p.id, p.debt_id, d.counterparty_name, p.amount, d.currency, p.paid_on, p.note, p.created_at
                  from finance_debt_payments p join finance_debts d on d.tenant_id = p.tenant_id and d.id = p.debt_id
                 where d.direction = '%s' and p.tenant_id = ?""".formatted(direction),
                Map.of(Filter.DATES, "p.paid_on", Filter.CURRENCY, "d.currency"),
                "p.paid_on, p.created_at, p.id"));
    }
}
