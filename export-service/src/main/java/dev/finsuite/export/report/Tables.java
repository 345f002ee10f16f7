package dev.finsuite.export.report;

import static dev.finsuite.export.read.Column.balance;
import static dev.finsuite.export.read.Column.bool;
import static dev.finsuite.export.read.Column.code;
import static dev.finsuite.export.read.Column.date;
import static dev.finsuite.export.read.Column.decimal;
import static dev.finsuite.export.read.Column.integer;
import static dev.finsuite.export.read.Column.money;
import static dev.finsuite.export.read.Column.text;

import dev.finsuite.export.read.Column;
import dev.finsuite.export.upstream.EmiApi;
import dev.finsuite.export.upstream.FinanceApi;
import dev.finsuite.export.upstream.InvestmentApi;
import java.math.BigDecimal;
import java.util.List;

/**
 * The rows of the upstream services' figures, shared by the exports and the reports so a budget's status, an
 * instalment or a holding reads the same in both. Values are exactly what the service answered.
 */
final class Tables {

    static final List<Column> BUDGET_STATUS = List.of(
            code("budgetId"),
            text("budget"),
            code("currency"),
            date("periodStart"),
            date("periodEnd"),
            money("limit", "currency"),
            money("carriedOver", "currency"),
            money("available", "currency"),
            money("spent", "currency"),
            money("remaining", "currency"),
            decimal("percentUsed"),
            code("state"),
            integer("pendingConversions"));

    static final List<Column> INSTALMENT = List.of(
            code("loanId"),
            text("loan"),
            code("currency"),
            integer("instalmentNumber"),
            date("dueDate"),
            money("openingBalance", "currency"),
            money("prepaid", "currency"),
            money("emi", "currency"),
            money("interest", "currency"),
            money("principal", "currency"),
            balance("closingBalance", "currency"),
            decimal("annualRate"),
            money("paid", "currency"),
            code("status"));

    static final List<Column> HOLDING = List.of(
            code("accountId"),
            text("account"),
            code("costBasisMethod"),
            code("assetId"),
            text("symbol"),
            text("name"),
            code("assetClass"),
            code("currency"),
            decimal("quantity"),
            money("costBasis", "currency"),
            decimal("averageUnitCost"),
            decimal("price"),
            date("priceDate"),
            bool("priceStale"),
            money("marketValue", "currency"),
            money("unrealisedGain", "currency"),
            money("realisedGain", "currency"),
            money("dividends", "currency"),
            money("interest", "currency"),
            money("fees", "currency"),
            money("taxes", "currency"),
            code("baseCurrency"),
            decimal("baseRate"),
            money("baseCostBasis", "baseCurrency"),
            money("baseMarketValue", "baseCurrency"),
            money("baseUnrealisedGain", "baseCurrency"),
            money("baseRealisedGain", "baseCurrency"),
            money("baseDividends", "baseCurrency"),
            decimal("allocation"),
            text("unknown"));

    private Tables() {}

    static Object[] budgetStatus(FinanceApi.BudgetStatus s) {
        return new Object[] {
            str(s.budgetId()),
            s.name(),
            s.currency(),
            s.periodStart(),
            s.periodEnd(),
            s.limit(),
            s.carriedOver(),
            s.available(),
            s.spent(),
            s.remaining(),
            s.percentUsed(),
            s.state(),
            s.pendingConversions()
        };
    }

    static Object[] instalment(EmiApi.Loan loan, EmiApi.Instalment i) {
        return new Object[] {
            str(loan.id()),
            loan.name(),
            loan.currency(),
            (long) i.number(),
            i.dueDate(),
            i.openingBalance(),
            i.prepaid(),
            i.emi(),
            i.interest(),
            i.principal(),
            i.closingBalance(),
            i.annualRate(),
            i.paid(),
            i.status()
        };
    }

    static Object[] holding(String baseCurrency, InvestmentApi.Holding h) {
        InvestmentApi.Price price = h.price();
        InvestmentApi.InBase base = h.base();
        return new Object[] {
            str(h.accountId()),
            h.accountName(),
            h.costBasisMethod(),
            str(h.assetId()),
            h.symbol(),
            h.name(),
            h.assetClass(),
            h.currency(),
            number(h.quantity()),
            h.costBasis(),
            number(h.averageUnitCost()),
            price == null ? null : number(price.value()),
            price == null ? null : price.date(),
            price == null ? null : price.stale(),
            h.marketValue(),
            h.unrealisedGain(),
            h.realisedGain(),
            h.dividends(),
            h.interest(),
            h.fees(),
            h.taxes(),
            baseCurrency,
            base == null ? null : number(base.rate()),
            base == null ? null : base.costBasis(),
            base == null ? null : base.marketValue(),
            base == null ? null : base.unrealisedGain(),
            base == null ? null : base.realisedGain(),
            base == null ? null : base.dividends(),
            number(h.allocation()),
            h.unknown() == null
                    ? null
                    : String.join(
                            "; ",
                            h.unknown().stream()
                                    .map(u -> u.field() + ": " + u.reason())
                                    .toList())
        };
    }

    static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
