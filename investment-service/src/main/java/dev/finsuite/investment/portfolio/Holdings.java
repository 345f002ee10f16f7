package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.engine.CurrencyEffect;
import dev.finsuite.investment.engine.Position;
import dev.finsuite.investment.engine.Positions;
import dev.finsuite.investment.portfolio.HoldingViews.HoldingView;
import dev.finsuite.investment.portfolio.HoldingViews.InBase;
import dev.finsuite.investment.portfolio.HoldingViews.PriceView;
import dev.finsuite.investment.portfolio.HoldingViews.Totals;
import dev.finsuite.investment.support.LedgerDates;

/** Holdings valued today: each figure exact until shown, and null with a reason when it cannot be known. */
@Service
class Holdings {

    private final Books books;
    private final Prices prices;
    private final Converter converter;
    private final Currencies currencies;
    private final LedgerDates dates;

    Holdings(Books books, Prices prices, Converter converter, Currencies currencies, LedgerDates dates) {
        this.books = books;
        this.prices = prices;
        this.converter = converter;
        this.currencies = currencies;
        this.dates = dates;
    }

    /** One holding valued: the exact figures the views and allocations are made of. */
    record Valued(Book.Holding holding, PriceFix price, BigDecimal rateToday, BigDecimal marketValue,
            BigDecimal marketValueBase, List<Unknown> unknown) {
    }

    List<Valued> value(UUID tenantId, UUID accountId, boolean includeClosed) {
        Book book = books.of(tenantId, accountId);
        List<Book.Holding> shown = book.holdings().stream().filter(h -> includeClosed || h.open()).toList();
        Map<UUID, Asset> assets = new HashMap<>();
        shown.stream().filter(Book.Holding::open).forEach(h -> assets.put(h.asset().getId(), h.asset()));
        Map<UUID, PriceFix> today = prices.today(tenantId, assets.values(), shown.stream().collect(Collectors.toMap(
                h -> h.asset().getId(), Book.Holding::splits, (a, b) -> a)));
        Map<String, Optional<BigDecimal>> rates = new HashMap<>();
        List<Valued> valued = new ArrayList<>();
        for (Book.Holding holding : shown) {
            List<Unknown> unknown = new ArrayList<>();
            String currency = holding.asset().getCurrency();
            Optional<BigDecimal> rate = rates.computeIfAbsent(currency,
                    c -> converter.rate(tenantId, c, book.baseCurrency(), dates.today()));
            if (rate.isEmpty()) {
                unknown.add(new Unknown("base.rate", "market-service has no " + currency + "→" + book.baseCurrency()
                        + " rate for today"));
            }
            if (holding.inBase() == null) {
                unknown.add(new Unknown("base.costBasis", holding.baseUnknownBecause()));
            }
            PriceFix price = holding.open() ? today.get(holding.asset().getId()) : null;
            BigDecimal marketValue = null;
            if (!holding.open()) {
                marketValue = BigDecimal.ZERO;
            } else if (price.known()) {
                marketValue = holding.position().marketValue(price.value());
            } else {
                unknown.add(new Unknown("marketValue", price.unknownBecause()));
            }
            BigDecimal marketValueBase = marketValue != null && rate.isPresent() ? marketValue.multiply(rate.get()) : null;
            valued.add(new Valued(holding, price, rate.orElse(null), marketValue, marketValueBase, unknown));
        }
        return valued;
    }

    String baseCurrency(UUID tenantId) {
        return books.baseCurrency(tenantId);
    }

    HoldingViews.Holdings holdings(UUID tenantId, UUID accountId, boolean includeClosed) {
        List<Valued> valued = value(tenantId, accountId, true);
        String base = valued.isEmpty() ? books.baseCurrency(tenantId) : valued.get(0).holding().inBaseCurrency();
        BigDecimal knownValue = valued.stream().map(Valued::marketValueBase).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<HoldingView> views = valued.stream().filter(v -> includeClosed || v.holding().open())
                .map(v -> view(v, base, knownValue)).toList();
        return new HoldingViews.Holdings(base, dates.today(), views, totals(base, valued), HoldingViews.Methods.DESCRIBED);
    }

    private HoldingView view(Valued v, String base, BigDecimal knownValue) {
        Book.Holding h = v.holding();
        Position p = h.position();
        String currency = h.asset().getCurrency();
        PriceFix price = v.price();
        PriceView priceView = price == null || !price.known() ? null : new PriceView(plain(price.value()), price.date(),
                price.asOf(), price.source(), price.stale());
        BigDecimal unrealised = v.marketValue() == null ? null : v.marketValue().subtract(p.costBasis());
        String allocation = v.marketValueBase() == null || knownValue.signum() == 0 || !h.open() ? null
                : v.marketValueBase().divide(knownValue, 6, RoundingMode.HALF_UP).toPlainString();
        return new HoldingView(h.account().getId(), h.account().getName(), h.account().getCostBasisMethod(),
                h.asset().getId(), h.asset().getSymbol(), h.asset().getDataSource(), h.asset().getName(),
                h.asset().getAssetClass(), currency, plain(p.quantity()), shown(p.costBasis(), currency),
                p.averageUnitCost() == null ? null : plain(p.averageUnitCost().setScale(10, RoundingMode.HALF_UP)),
                priceView, shown(v.marketValue(), currency), shown(unrealised, currency),
                shown(p.realisedGain(), currency), shown(p.dividends(), currency), shown(p.interest(), currency),
                shown(p.fees(), currency), shown(p.taxes(), currency), inBase(v, base), allocation, v.unknown());
    }

    private InBase inBase(Valued v, String base) {
        Position p = v.holding().position();
        Position b = v.holding().inBase();
        BigDecimal rate = v.rateToday();
        BigDecimal costBase = b == null ? null : b.costBasis();
        BigDecimal unrealisedBase = v.marketValueBase() == null || costBase == null ? null
                : v.marketValueBase().subtract(costBase);
        BigDecimal priceEffect = null;
        BigDecimal currencyEffect = null;
        if (unrealisedBase != null && p.quantity().signum() > 0 && p.costBasis().signum() > 0) {
            BigDecimal p0 = p.costBasis().divide(p.quantity(), Positions.PRECISION);
            BigDecimal x0 = costBase.divide(p.costBasis(), Positions.PRECISION);
            CurrencyEffect effect = CurrencyEffect.split(p.quantity(), p0, v.price().value(), x0, rate);
            priceEffect = effect.priceEffect();
            currencyEffect = effect.currencyEffect();
        }
        return new InBase(rate == null ? null : plain(rate), shown(costBase, base), shown(v.marketValueBase(), base),
                shown(unrealisedBase, base), shown(priceEffect, base), shown(currencyEffect, base),
                b == null ? null : shown(b.realisedGain(), base), b == null ? null : shown(b.dividends(), base));
    }

    private Totals totals(String base, List<Valued> valued) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO;
        BigDecimal dividends = BigDecimal.ZERO;
        int withoutValue = 0;
        int withoutGains = 0;
        int open = 0;
        for (Valued v : valued) {
            Position b = v.holding().inBase();
            if (v.holding().open()) {
                open++;
                if (v.marketValueBase() == null) {
                    withoutValue++;
                } else {
                    value = value.add(v.marketValueBase());
                }
            }
            if (b == null || v.marketValueBase() == null) {
                withoutGains++;
                continue;
            }
            cost = cost.add(b.costBasis());
            realised = realised.add(b.realisedGain());
            dividends = dividends.add(b.dividends());
        }
        BigDecimal unrealised = valued.stream().filter(v -> v.holding().inBase() != null && v.marketValueBase() != null)
                .map(v -> v.marketValueBase().subtract(v.holding().inBase().costBasis()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(base, shown(value, base), shown(cost, base), shown(unrealised, base), shown(realised, base),
                shown(dividends, base), open, withoutValue, withoutGains);
    }

    private BigDecimal shown(BigDecimal amount, String currency) {
        return amount == null ? null : currencies.shown(amount, currency);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
