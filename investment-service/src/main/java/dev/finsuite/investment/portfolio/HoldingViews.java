package dev.finsuite.investment.portfolio;

import dev.finsuite.investment.asset.AssetClass;
import dev.finsuite.investment.engine.CostMethod;
import dev.finsuite.investment.market.DataSource;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the holdings endpoint answers. Amounts are rounded to their currency's minor units; null means unknown. */
final class HoldingViews {

    private HoldingViews() {}

    @Schema(example = """
            {"baseCurrency": "INR", "asOf": "2026-11-28", "holdings": [{"accountId": "0b9f2d1e-8c1a-4b7e-9d55-2f7c1a3e4b10",
              "accountName": "Zerodha", "costBasisMethod": "FIFO", "assetId": "5a1c9e77-3d2b-4f60-8e1a-7b2c4d6e8f90",
              "symbol": "AAPL", "dataSource": "STOOQ", "name": "Apple", "assetClass": "EQUITY", "currency": "USD",
              "quantity": "40", "costBasis": "4000.00", "averageUnitCost": "100", "price": {"value": "230.1",
              "date": "2026-11-27", "source": "stooq", "stale": false}, "marketValue": "9204.00",
              "unrealisedGain": "5204.00", "realisedGain": "0.00", "dividends": "16.40", "interest": "0.00",
              "fees": "1.00", "taxes": "1.23", "base": {"rate": "84.1", "costBasis": "332000.00",
              "marketValue": "774056.40", "unrealisedGain": "442056.40", "priceEffect": "437640.40",
              "currencyEffect": "4416.00", "realisedGain": "0.00", "dividends": "1380.20"}, "allocation": "1.000000",
              "unknown": []}], "totals": {"currency": "INR", "marketValue": "774056.40", "costBasis": "332000.00",
              "unrealisedGain": "442056.40", "realisedGain": "0.00", "dividends": "1380.20", "holdings": 1,
              "leftOutOfMarketValue": 0, "leftOutOfGains": 0}}""")
    record Holdings(String baseCurrency, LocalDate asOf, List<HoldingView> holdings, Totals totals, Methods methods) {}

    record HoldingView(
            UUID accountId,
            String accountName,
            CostMethod costBasisMethod,
            UUID assetId,
            String symbol,
            DataSource dataSource,
            String name,
            AssetClass assetClass,
            String currency,
            String quantity,
            BigDecimal costBasis,
            String averageUnitCost,
            PriceView price,
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

    record PriceView(String value, LocalDate date, Instant asOf, String source, boolean stale) {}

    /**
     * The same figures in the base currency: cost and realised gain at each activity's own rate, market value at
     * today's rate; the unrealised gain split into its price effect q·(P1 − P0)·X1 and currency effect
     * q·P0·(X1 − X0), where P0 is the average unit cost and X0 the rate the cost was bought at on average.
     */
    record InBase(
            String rate,
            BigDecimal costBasis,
            BigDecimal marketValue,
            BigDecimal unrealisedGain,
            BigDecimal priceEffect,
            BigDecimal currencyEffect,
            BigDecimal realisedGain,
            BigDecimal dividends) {}

    /** Sums in the base currency over the holdings whose figure is known; how many each leaves out is said. */
    record Totals(
            String currency,
            BigDecimal marketValue,
            BigDecimal costBasis,
            BigDecimal unrealisedGain,
            BigDecimal realisedGain,
            BigDecimal dividends,
            int holdings,
            int leftOutOfMarketValue,
            int leftOutOfGains) {}

    record Methods(String costBasis, String baseCurrency, String allocation) {
        static final Methods DESCRIBED = new Methods(
                "each account's own: FIFO consumes lots oldest first; AVERAGE keeps one pooled cost per position",
                "cost and realised gain at each activity's own rate; market value at today's rate",
                "share of the known market value in the base currency, as a fraction");
    }
}
