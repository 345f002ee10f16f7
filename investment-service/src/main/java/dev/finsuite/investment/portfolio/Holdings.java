package dev.finsuite.investment.portfolio;

import static dev.finsuite.investment.portfolio.Figures.shown;

import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.engine.CurrencyEffect;
import dev.finsuite.investment.engine.Position;
import dev.finsuite.investment.engine.Positions;
import dev.finsuite.investment.portfolio.HoldingViews.HoldingView;
import dev.finsuite.investment.portfolio.HoldingViews.InBase;
import dev.finsuite.investment.portfolio.HoldingViews.PriceView;
import dev.finsuite.investment.portfolio.HoldingViews.Totals;
import dev.finsuite.investment.support.LedgerDates;
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
    record Valued(
            Book.Holding holding,
            PriceFix price,
            BigDecimal rateToday,
            Money marketValue,
            Money marketValueBase,
            List<Unknown> unknown) {}

    List<Valued> value(UUID tenantId, UUID accountId, boolean includeClosed) {
        Book book = books.of(tenantId, accountId);
        List<Book.Holding> shown =
                book.holdings().stream().filter(h -> includeClosed || h.open()).toList();
        Map<UUID, Asset> assets = new HashMap<>();
        shown.stream()
                .filter(Book.Holding::open)
                .forEach(h -> assets.put(h.asset().getId(), h.asset()));
        Map<UUID, PriceFix> today = prices.today(
                tenantId,
                assets.values(),
                shown.stream().collect(Collectors.toMap(h -> h.asset().getId(), Book.Holding::splits, (a, b) -> a)));
        Map<String, Optional<BigDecimal>> rates = new HashMap<>();
        Currency base = currencies.requireStored(book.baseCurrency());
        List<Valued> valued = new ArrayList<>();
        for (Book.Holding holding : shown) {
            List<Unknown> unknown = new ArrayList<>();
            String currency = holding.asset().getCurrency();
            Currency held = currencies.requireStored(currency);
            Optional<BigDecimal> rate = rates.computeIfAbsent(
                    currency, c -> converter.rate(tenantId, c, book.baseCurrency(), dates.today()));
            if (rate.isEmpty()) {
                unknown.add(new Unknown(
                        "base.rate",
                        "market-service has no " + currency + "→" + book.baseCurrency() + " rate for today"));
            }
            if (holding.inBase() == null) {
                unknown.add(new Unknown("base.costBasis", holding.baseUnknownBecause()));
            }
            PriceFix price = holding.open() ? today.get(holding.asset().getId()) : null;
            Money marketValue = null;
            if (!holding.open()) {
                marketValue = Money.zero(held);
            } else if (price.known()) {
                marketValue = new Money(holding.position().marketValue(price.value()), held);
            } else {
                unknown.add(new Unknown("marketValue", price.unknownBecause()));
            }
            Money marketValueBase = marketValue != null && rate.isPresent()
                    ? new Money(marketValue.amount().multiply(rate.get()), base)
                    : null;
            valued.add(new Valued(holding, price, rate.orElse(null), marketValue, marketValueBase, unknown));
        }
        return valued;
    }

    String baseCurrency(UUID tenantId) {
        return books.baseCurrency(tenantId);
    }

    HoldingViews.Holdings holdings(UUID tenantId, UUID accountId, boolean includeClosed) {
        List<Valued> valued = value(tenantId, accountId, true);
        Currency base = currencies.requireStored(
                valued.isEmpty()
                        ? books.baseCurrency(tenantId)
                        : valued.get(0).holding().inBaseCurrency());
        Money knownValue = valued.stream()
                .map(Valued::marketValueBase)
                .filter(v -> v != null)
                .reduce(Money.zero(base), Money::plus);
        List<HoldingView> views = valued.stream()
                .filter(v -> includeClosed || v.holding().open())
                .map(v -> view(v, base, knownValue))
                .toList();
        return new HoldingViews.Holdings(
                base.code(), dates.today(), views, totals(base, valued), HoldingViews.Methods.DESCRIBED);
    }

    private HoldingView view(Valued v, Currency base, Money knownValue) {
        Book.Holding h = v.holding();
        Position p = h.position();
        Currency currency = currencies.requireStored(h.asset().getCurrency());
        PriceFix price = v.price();
        PriceView priceView = price == null || !price.known()
                ? null
                : new PriceView(plain(price.value()), price.date(), price.asOf(), price.source(), price.stale());
        Money unrealised = v.marketValue() == null ? null : v.marketValue().minus(Figures.in(currency, p.costBasis()));
        String allocation = v.marketValueBase() == null || knownValue.isZero() || !h.open()
                ? null
                : v.marketValueBase()
                        .amount()
                        .divide(knownValue.amount(), 6, RoundingMode.HALF_UP)
                        .toPlainString();
        return new HoldingView(
                h.account().getId(),
                h.account().getName(),
                h.account().getCostBasisMethod(),
                h.asset().getId(),
                h.asset().getSymbol(),
                h.asset().getDataSource(),
                h.asset().getName(),
                h.asset().getAssetClass(),
                currency.code(),
                plain(p.quantity()),
                shown(currency, p.costBasis()),
                p.averageUnitCost() == null ? null : plain(p.averageUnitCost().setScale(10, RoundingMode.HALF_UP)),
                priceView,
                shown(v.marketValue()),
                shown(unrealised),
                shown(currency, p.realisedGain()),
                shown(currency, p.dividends()),
                shown(currency, p.interest()),
                shown(currency, p.fees()),
                shown(currency, p.taxes()),
                inBase(v, base),
                allocation,
                v.unknown());
    }

    private InBase inBase(Valued v, Currency base) {
        Position p = v.holding().position();
        Position b = v.holding().inBase();
        BigDecimal rate = v.rateToday();
        Money costBase = b == null ? null : new Money(b.costBasis(), base);
        Money unrealisedBase = v.marketValueBase() == null || costBase == null
                ? null
                : v.marketValueBase().minus(costBase);
        BigDecimal priceEffect = null;
        BigDecimal currencyEffect = null;
        if (unrealisedBase != null && p.quantity().signum() > 0 && p.costBasis().signum() > 0) {
            BigDecimal p0 = p.costBasis().divide(p.quantity(), Positions.PRECISION);
            BigDecimal x0 = costBase.amount().divide(p.costBasis(), Positions.PRECISION);
            CurrencyEffect effect =
                    CurrencyEffect.split(p.quantity(), p0, v.price().value(), x0, rate);
            priceEffect = effect.priceEffect();
            currencyEffect = effect.currencyEffect();
        }
        return new InBase(
                rate == null ? null : plain(rate),
                shown(costBase),
                shown(v.marketValueBase()),
                shown(unrealisedBase),
                shown(base, priceEffect),
                shown(base, currencyEffect),
                b == null ? null : shown(base, b.realisedGain()),
                b == null ? null : shown(base, b.dividends()));
    }

    /** Sums in the base currency: every figure was converted (at its own dates' rates, or today's) first. */
    private Totals totals(Currency base, List<Valued> valued) {
        Money value = Money.zero(base);
        Money cost = Money.zero(base);
        Money realised = Money.zero(base);
        Money dividends = Money.zero(base);
        Money unrealised = Money.zero(base);
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
                    value = value.plus(v.marketValueBase());
                }
            }
            if (b == null || v.marketValueBase() == null) {
                withoutGains++;
                continue;
            }
            Money costBase = new Money(b.costBasis(), base);
            cost = cost.plus(costBase);
            realised = realised.plus(new Money(b.realisedGain(), base));
            dividends = dividends.plus(new Money(b.dividends(), base));
            unrealised = unrealised.plus(v.marketValueBase().minus(costBase));
        }
        return new Totals(
                base.code(),
                value.shownAmount(),
                cost.shownAmount(),
                unrealised.shownAmount(),
                realised.shownAmount(),
                dividends.shownAmount(),
                open,
                withoutValue,
                withoutGains);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
