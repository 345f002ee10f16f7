package dev.finsuite.export.upstream;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * investment-service's portfolio figures, replayed from its ledger (cost basis, market value, gains, dividends,
 * daily history). A figure investment-service cannot know is null there and stays null here. export-service's
 * own read model of its JSON: only the fields it uses.
 */
@Component
public class InvestmentApi {

    private final UpstreamCalls calls;

    InvestmentApi(UpstreamCalls calls) {
        this.calls = calls;
    }

    public record Price(String value, LocalDate date, String source, boolean stale) {}

    public record InBase(
            String rate,
            BigDecimal costBasis,
            BigDecimal marketValue,
            BigDecimal unrealisedGain,
            BigDecimal priceEffect,
            BigDecimal currencyEffect,
            BigDecimal realisedGain,
            BigDecimal dividends) {}

    public record Holding(
            UUID accountId,
            String accountName,
            String costBasisMethod,
            UUID assetId,
            String symbol,
            String dataSource,
            String name,
            String assetClass,
            String currency,
            String quantity,
            BigDecimal costBasis,
            String averageUnitCost,
            Price price,
            BigDecimal marketValue,
            BigDecimal unrealisedGain,
            BigDecimal realisedGain,
            BigDecimal dividends,
            BigDecimal interest,
            BigDecimal fees,
            BigDecimal taxes,
            InBase base,
            String allocation,
            List<Unknown> unknown) {}

    /** A figure investment-service cannot know, and why. */
    public record Unknown(String field, String reason) {}

    public record HoldingTotals(
            String currency,
            BigDecimal marketValue,
            BigDecimal costBasis,
            BigDecimal unrealisedGain,
            BigDecimal realisedGain,
            BigDecimal dividends,
            int holdings,
            int leftOutOfMarketValue,
            int leftOutOfGains) {}

    public record Holdings(
            String baseCurrency,
            LocalDate asOf,
            List<Holding> holdings,
            HoldingTotals totals,
            java.util.Map<String, String> methods) {}

    public record GainInBase(BigDecimal proceeds, BigDecimal costBasis, BigDecimal gain) {}

    public record GainLine(
            UUID saleId,
            LocalDate date,
            UUID accountId,
            String accountName,
            String method,
            UUID assetId,
            String symbol,
            String name,
            LocalDate acquired,
            String quantity,
            String currency,
            BigDecimal proceeds,
            BigDecimal costBasis,
            BigDecimal fee,
            BigDecimal gain,
            GainInBase base,
            String baseUnknownBecause) {}

    public record RealisedGains(
            int year,
            String baseCurrency,
            List<GainLine> lines,
            BigDecimal totalGainBase,
            int linesLeftOut,
            String method) {}

    public record DividendPeriod(
            String period, BigDecimal gross, BigDecimal taxWithheld, BigDecimal net, int dividends) {}

    public record Dividends(
            String groupBy,
            String baseCurrency,
            List<DividendPeriod> periods,
            BigDecimal gross,
            BigDecimal taxWithheld,
            BigDecimal net,
            int dividendsLeftOut) {}

    public record Point(LocalDate date, BigDecimal marketValue, BigDecimal netInvested) {}

    public record History(String range, LocalDate from, LocalDate to, String baseCurrency, List<Point> points) {}

    /** Holdings valued today, sold-out positions included (their realised gains and dividends still count). */
    public Holdings holdings() {
        return calls.get(
                Upstream.INVESTMENT,
                uri -> uri.path("/api/v1/portfolio/holdings")
                        .queryParam("includeClosed", true)
                        .build(),
                new ParameterizedTypeReference<Holdings>() {},
                null);
    }

    public RealisedGains realisedGains(int year) {
        return calls.get(
                Upstream.INVESTMENT,
                uri -> uri.path("/api/v1/portfolio/realised-gains")
                        .queryParam("year", year)
                        .build(),
                new ParameterizedTypeReference<RealisedGains>() {},
                null);
    }

    /** Dividends grouped by {@code month} or {@code year}. */
    public Dividends dividends(String groupBy) {
        return calls.get(
                Upstream.INVESTMENT,
                uri -> uri.path("/api/v1/portfolio/dividends")
                        .queryParam("groupBy", groupBy)
                        .build(),
                new ParameterizedTypeReference<Dividends>() {},
                null);
    }

    /** The daily market value in the base currency from the day before the first activity to today. */
    public History history() {
        return calls.get(
                Upstream.INVESTMENT,
                uri -> uri.path("/api/v1/portfolio/history")
                        .queryParam("range", "MAX")
                        .build(),
                new ParameterizedTypeReference<History>() {},
                null);
    }
}
