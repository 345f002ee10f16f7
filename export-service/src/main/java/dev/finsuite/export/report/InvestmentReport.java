package dev.finsuite.export.report;

import static dev.finsuite.export.read.Column.code;
import static dev.finsuite.export.read.Column.date;
import static dev.finsuite.export.read.Column.decimal;
import static dev.finsuite.export.read.Column.integer;
import static dev.finsuite.export.read.Column.money;
import static dev.finsuite.export.read.Column.text;

import dev.finsuite.export.read.Column;
import dev.finsuite.export.read.TenantReads;
import dev.finsuite.export.tabular.Table;
import dev.finsuite.export.upstream.InvestmentApi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The investment report: holdings valued today, realised gains of every year since the first activity, and
 * dividends by year, each as investment-service replays them from its ledger.
 */
@Component
public class InvestmentReport {

    static final List<Column> GAIN = List.of(
            integer("year"),
            code("saleId"),
            date("date"),
            code("accountId"),
            text("account"),
            code("method"),
            code("assetId"),
            text("symbol"),
            text("name"),
            date("acquired"),
            decimal("quantity"),
            code("currency"),
            money("proceeds", "currency"),
            money("costBasis", "currency"),
            money("fee", "currency"),
            money("gain", "currency"),
            code("baseCurrency"),
            money("baseProceeds", "baseCurrency"),
            money("baseCostBasis", "baseCurrency"),
            money("baseGain", "baseCurrency"),
            text("baseUnknownBecause"));
    static final List<Column> DIVIDEND = List.of(
            code("year"),
            code("baseCurrency"),
            money("gross", "baseCurrency"),
            money("taxWithheld", "baseCurrency"),
            money("net", "baseCurrency"),
            integer("dividends"));

    private final InvestmentApi investments;
    private final TenantReads reads;
    private final Clock clock;

    InvestmentReport(InvestmentApi investments, TenantReads reads, Clock clock) {
        this.investments = investments;
        this.reads = reads;
        this.clock = clock;
    }

    public record Report(
            InvestmentApi.Holdings holdings,
            List<InvestmentApi.RealisedGains> realisedGainsByYear,
            InvestmentApi.Dividends dividendsByYear) {

        public static final List<String> TABLES = List.of("holdings", "realised-gains", "dividends");

        public Table table(String name) {
            String base = holdings.baseCurrency();
            return switch (name) {
                case "realised-gains" -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (InvestmentApi.RealisedGains year : realisedGainsByYear) {
                        for (InvestmentApi.GainLine l : year.lines()) {
                            InvestmentApi.GainInBase b = l.base();
                            rows.add(new Object[] {
                                (long) year.year(),
                                Tables.str(l.saleId()),
                                l.date(),
                                Tables.str(l.accountId()),
                                l.accountName(),
                                l.method(),
                                Tables.str(l.assetId()),
                                l.symbol(),
                                l.name(),
                                l.acquired(),
                                Tables.number(l.quantity()),
                                l.currency(),
                                l.proceeds(),
                                l.costBasis(),
                                l.fee(),
                                l.gain(),
                                year.baseCurrency(),
                                b == null ? null : b.proceeds(),
                                b == null ? null : b.costBasis(),
                                b == null ? null : b.gain(),
                                l.baseUnknownBecause()
                            });
                        }
                    }
                    yield new Table("realised-gains", GAIN, rows);
                }
                case "dividends" ->
                    new Table(
                            "dividends",
                            DIVIDEND,
                            dividendsByYear.periods().stream()
                                    .map(p -> new Object[] {
                                        p.period(),
                                        dividendsByYear.baseCurrency(),
                                        p.gross(),
                                        p.taxWithheld(),
                                        p.net(),
                                        (long) p.dividends()
                                    })
                                    .toList());
                default ->
                    new Table(
                            "holdings",
                            Tables.HOLDING,
                            holdings.holdings().stream()
                                    .map(h -> Tables.holding(base, h))
                                    .toList());
            };
        }
    }

    public Report of(UUID tenant) {
        InvestmentApi.Holdings holdings = investments.holdings();
        List<InvestmentApi.RealisedGains> gains = new ArrayList<>();
        LocalDate first = reads.withinTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "select min(activity_date) from investment_activities where tenant_id = ?",
                        LocalDate.class,
                        tenant));
        if (first != null) {
            for (int year = first.getYear(); year <= LocalDate.now(clock).getYear(); year++) {
                gains.add(investments.realisedGains(year));
            }
        }
        return new Report(holdings, gains, investments.dividends("year"));
    }
}
