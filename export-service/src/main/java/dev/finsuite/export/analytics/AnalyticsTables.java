package dev.finsuite.export.analytics;

import static dev.finsuite.export.read.Column.code;
import static dev.finsuite.export.read.Column.decimal;
import static dev.finsuite.export.read.Column.integer;
import static dev.finsuite.export.read.Column.money;
import static dev.finsuite.export.read.Column.text;

import dev.finsuite.export.read.Column;
import dev.finsuite.export.tabular.Table;
import java.util.List;
import java.util.UUID;

/**
 * The analyses as spreadsheets. Amounts that add up (spending, totals, changes, averages) are money columns,
 * which the XLSX totals row sums; figures whose sum means nothing (percentages, standard deviations,
 * thresholds, a rule's amount in its own currency) are plain decimals.
 */
final class AnalyticsTables {

    private AnalyticsTables() {}

    static Table spendingTrends(SpendingTrends trends) {
        List<Column> columns = List.of(
                code("categoryId"),
                text("category"),
                code("parentId"),
                text("parent"),
                money("thisMonth", "currency"),
                money("lastMonth", "currency"),
                money("change", "currency"),
                decimal("changePercent"),
                money("average12", "currency"),
                money("differenceToAverage", "currency"),
                code("currency"),
                integer("pendingConversions"));
        return new Table(
                "spending-trends",
                columns,
                trends.categories().stream()
                        .map(t -> new Object[] {
                            t.categoryId().toString(),
                            t.name(),
                            id(t.parentId()),
                            t.parent(),
                            t.thisMonth(),
                            t.lastMonth(),
                            t.change(),
                            t.changePercent(),
                            t.average12(),
                            t.differenceToAverage(),
                            trends.baseCurrency(),
                            t.pendingConversions()
                        })
                        .toList());
    }

    static Table unusualMonths(UnusualMonths unusual) {
        List<Column> columns = List.of(
                code("categoryId"),
                text("category"),
                code("parentId"),
                text("parent"),
                money("actual", "currency"),
                decimal("mean"),
                decimal("stddev"),
                decimal("threshold"),
                decimal("excess"),
                code("currency"));
        return new Table(
                "unusual-months",
                columns,
                unusual.categories().stream()
                        .map(u -> new Object[] {
                            u.categoryId().toString(),
                            u.name(),
                            id(u.parentId()),
                            u.parent(),
                            u.actual(),
                            u.mean(),
                            u.stddev(),
                            u.threshold(),
                            u.excess(),
                            unusual.baseCurrency()
                        })
                        .toList());
    }

    static Table topPayees(TopPayees top) {
        List<Column> columns = List.of(
                text("counterparty"),
                integer("payments"),
                money("total", "currency"),
                decimal("share"),
                code("currency"),
                integer("pendingConversions"));
        return new Table(
                "top-payees",
                columns,
                top.payees().stream()
                        .map(p -> new Object[] {
                            p.counterparty(),
                            p.payments(),
                            p.total(),
                            p.share(),
                            top.baseCurrency(),
                            p.pendingConversions()
                        })
                        .toList());
    }

    /** The rules only: a second kind of row (similar payments) would make the columns mean two things. */
    static Table recurringSpend(RecurringSpend spend) {
        List<Column> columns = List.of(
                code("ruleId"),
                text("description"),
                text("counterparty"),
                code("categoryId"),
                text("category"),
                text("parent"),
                code("frequency"),
                integer("intervalCount"),
                decimal("ruleAmount"),
                code("ruleCurrency"),
                decimal("monthlyEquivalent"),
                integer("occurrences"),
                money("total", "currency"),
                money("monthlyAverage", "currency"),
                code("currency"),
                integer("pendingConversions"));
        return new Table(
                "recurring-spend",
                columns,
                spend.rules().stream()
                        .map(r -> new Object[] {
                            r.ruleId().toString(), r.description(), r.counterparty(),
                                    r.categoryId().toString(), r.category(), r.parent(),
                            r.frequency(), (long) r.intervalCount(), r.amount(), r.currency(), r.monthlyEquivalent(),
                                    r.occurrences(),
                            r.total(), r.monthlyAverage(), spend.baseCurrency(), r.pendingConversions()
                        })
                        .toList());
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
