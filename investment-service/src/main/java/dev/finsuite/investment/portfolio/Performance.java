package dev.finsuite.investment.portfolio;

import static dev.finsuite.investment.portfolio.Figures.shown;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.CashFlow;
import dev.finsuite.investment.engine.DailyValue;
import dev.finsuite.investment.engine.RateResult;
import dev.finsuite.investment.engine.TimeWeightedReturn;
import dev.finsuite.investment.engine.Xirr;
import dev.finsuite.investment.support.LedgerDates;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Returns over a range, each labelled with its method, and the daily series behind a chart. */
@Service
class Performance {

    static final String TWR_METHOD = "time-weighted: daily returns linked, external flows (buys, sells, transfers) at "
            + "the start of their day, values in the base currency";
    static final String XIRR_METHOD = "money-weighted: XIRR over the same flows, the start value as an outflow and the "
            + "end value as an inflow, 365-day year";

    private final Books books;
    private final Prices prices;
    private final Valuations valuations;
    private final Currencies currencies;
    private final LedgerDates dates;
    private final MarketAskers askers;

    Performance(
            Books books,
            Prices prices,
            Valuations valuations,
            Currencies currencies,
            LedgerDates dates,
            MarketAskers askers) {
        this.askers = askers;
        this.books = books;
        this.prices = prices;
        this.valuations = valuations;
        this.currencies = currencies;
        this.dates = dates;
    }

    record Returned(String value, String method, boolean annualised, String reason) {
        static Returned of(RateResult result, String method, boolean annualised) {
            return new Returned(
                    result.solved()
                            ? result.rate().setScale(8, RoundingMode.HALF_UP).toPlainString()
                            : null,
                    method,
                    annualised,
                    result.reason());
        }
    }

    @Schema(example = """
            {"range": "2025", "from": "2024-12-31", "to": "2025-12-31", "baseCurrency": "INR",
             "includeDividends": true, "startValue": "0.00", "endValue": "1100.00", "netFlows": "1000.00",
             "income": "50.00", "absoluteGain": "150.00", "absoluteGainMethod": "end value − start value − net flows + dividends and interest",
             "timeWeighted": {"value": "0.15000000", "method": "time-weighted: daily returns linked, ...", "annualised": false},
             "moneyWeighted": {"value": "0.15210000", "method": "money-weighted: XIRR ...", "annualised": true}}""")
    record PerformanceView(
            String range,
            LocalDate from,
            LocalDate to,
            String baseCurrency,
            boolean includeDividends,
            BigDecimal startValue,
            BigDecimal endValue,
            BigDecimal netFlows,
            BigDecimal income,
            BigDecimal absoluteGain,
            String absoluteGainMethod,
            Returned timeWeighted,
            Returned moneyWeighted,
            String unknownBecause) {}

    record Point(LocalDate date, BigDecimal marketValue, BigDecimal netInvested) {}

    record HistoryView(
            String range,
            LocalDate from,
            LocalDate to,
            String baseCurrency,
            List<Point> points,
            String netInvestedMethod) {}

    PerformanceView performance(UUID tenantId, String rangeName, UUID accountId, boolean includeDividends) {
        Book book = books.of(tenantId, accountId);
        Range range = Range.parse(rangeName, dates.today(), firstDay(book));
        DailyBook daily = daily(tenantId, book, range);
        Currency base = currencies.requireStored(book.baseCurrency());
        int last = daily.days.length - 1;
        Money start = Figures.in(base, daily.values[0]);
        Money end = Figures.in(base, daily.values[last]);
        String unknown = firstUnknown(daily, includeDividends);
        Money flows = Figures.in(base, sum(daily.flows));
        Money income = includeDividends ? Figures.in(base, sum(daily.income)) : Money.zero(base);
        if (!includeDividends) {
            java.util.Arrays.fill(daily.income, BigDecimal.ZERO);
        }
        Money gain = unknown == null && daily.flowsUnknownBecause == null && flows != null && income != null
                ? end.minus(start).minus(flows).plus(income)
                : null;
        RateResult twr = unknown != null
                ? RateResult.none(unknown)
                : daily.flowsUnknownBecause != null
                        ? RateResult.none(daily.flowsUnknownBecause)
                        : TimeWeightedReturn.of(dailyValues(daily), range.longerThanAYear(), includeDividends);
        RateResult xirr = unknown != null
                ? RateResult.none(unknown)
                : daily.flowsUnknownBecause != null
                        ? RateResult.none(daily.flowsUnknownBecause)
                        : Xirr.solve(cashFlows(daily, includeDividends));
        return new PerformanceView(
                range.name(),
                range.start(),
                range.end(),
                base.code(),
                includeDividends,
                shown(start),
                shown(end),
                shown(flows),
                shown(income),
                shown(gain),
                "end value − start value − net flows" + (includeDividends ? " + dividends and interest" : ""),
                Returned.of(twr, TWR_METHOD, range.longerThanAYear() && twr.solved()),
                Returned.of(xirr, XIRR_METHOD, true),
                unknown);
    }

    HistoryView history(UUID tenantId, String rangeName, UUID accountId) {
        Book book = books.of(tenantId, accountId);
        Range range = Range.parse(rangeName, dates.today(), firstDay(book));
        DailyBook daily = daily(tenantId, book, range);
        Currency base = currencies.requireStored(book.baseCurrency());
        List<Point> points = new ArrayList<>(daily.days.length);
        for (int i = 0; i < daily.days.length; i++) {
            points.add(new Point(daily.days[i], shown(base, daily.values[i]), shown(base, daily.netInvested[i])));
        }
        return new HistoryView(
                range.name(),
                range.start(),
                range.end(),
                book.baseCurrency(),
                points,
                "cash put in less cash taken out, at each activity's own rate");
    }

    private DailyBook daily(UUID tenantId, Book book, Range range) {
        Map<UUID, Asset> assets = new HashMap<>();
        book.holdings().forEach(h -> assets.put(h.asset().getId(), h.asset()));
        Map<UUID, PriceFix> today = range.end().isBefore(dates.today())
                ? Map.of()
                : prices.today(tenantId, assets.values(), splitsOf(book));
        List<Book.Holding> touched = book.holdings().stream()
                .filter(holding -> touches(holding, range))
                .toList();
        Map<UUID, Book.Holding> byAsset = new LinkedHashMap<>();
        touched.forEach(holding -> byAsset.putIfAbsent(holding.asset().getId(), holding));
        Map<UUID, List<Assets.ManualPrice>> manual = valuations.manualPrices(tenantId, range.end());
        Map<UUID, DailySeries> priceSeries = askers.each(
                byAsset.keySet(),
                id -> valuations.prices(
                        tenantId,
                        byAsset.get(id).asset(),
                        byAsset.get(id).splits(),
                        range.start(),
                        range.end(),
                        today.get(id),
                        manual.getOrDefault(id, List.of())));
        Map<String, DailySeries> rates = askers.each(
                touched.stream().map(h -> h.asset().getCurrency()).distinct().toList(),
                currency -> valuations.rates(tenantId, currency, book.baseCurrency(), range.start(), range.end()));
        List<DailyBook.Line> lines = new ArrayList<>();
        for (Book.Holding holding : touched) {
            lines.add(new DailyBook.Line(
                    holding,
                    priceSeries.get(holding.asset().getId()),
                    rates.get(holding.asset().getCurrency())));
        }
        return DailyBook.build(range, book.baseCurrency(), lines);
    }

    /** A position matters to a range if it holds units at its start or changes within it. */
    private static boolean touches(Book.Holding holding, Range range) {
        if (holding.position().quantityOn(range.start()).signum() != 0) {
            return true;
        }
        return holding.rows().stream()
                .anyMatch(
                        row -> row.date().isAfter(range.start()) && !row.date().isAfter(range.end()));
    }

    private static List<DailyValue> dailyValues(DailyBook daily) {
        List<DailyValue> values = new ArrayList<>(daily.days.length);
        for (int i = 0; i < daily.days.length; i++) {
            values.add(new DailyValue(daily.days[i], daily.values[i], daily.flows[i], daily.income[i]));
        }
        return values;
    }

    /** The investor's view: money put in is negative, money taken out (and income, when counted) positive. */
    private static List<CashFlow> cashFlows(DailyBook daily, boolean includeDividends) {
        List<CashFlow> flows = new ArrayList<>();
        int last = daily.days.length - 1;
        if (daily.values[0].signum() != 0) {
            flows.add(new CashFlow(daily.days[0], daily.values[0].negate()));
        }
        for (int i = 1; i <= last; i++) {
            BigDecimal amount = daily.flows[i].negate();
            if (includeDividends && daily.income[i] != null) {
                amount = amount.add(daily.income[i]);
            }
            if (amount.signum() != 0) {
                flows.add(new CashFlow(daily.days[i], amount));
            }
        }
        if (daily.values[last].signum() != 0) {
            flows.add(new CashFlow(daily.days[last], daily.values[last]));
        }
        return flows;
    }

    private static String firstUnknown(DailyBook daily, boolean includeDividends) {
        for (int i = 0; i < daily.days.length; i++) {
            if (daily.values[i] == null) {
                return "no value on " + daily.days[i] + ": " + daily.unknownBecause[i];
            }
            if (includeDividends && daily.income[i] == null) {
                return "a dividend or interest on " + daily.days[i] + " is not yet converted to the base currency";
            }
        }
        return null;
    }

    private static BigDecimal sum(BigDecimal[] values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }

    private static LocalDate firstDay(Book book) {
        return book.holdings().stream()
                .flatMap(h -> h.rows().stream())
                .map(LedgerRow::date)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private static Map<UUID, List<dev.finsuite.investment.engine.Split>> splitsOf(Book book) {
        Map<UUID, List<dev.finsuite.investment.engine.Split>> splits = new HashMap<>();
        book.holdings().forEach(h -> splits.put(h.asset().getId(), h.splits()));
        return splits;
    }
}
