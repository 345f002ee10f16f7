package dev.finsuite.investment.portfolio;

import static dev.finsuite.investment.portfolio.Figures.shown;

import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Currency;
import dev.finsuite.common.money.Money;
import dev.finsuite.investment.engine.CostMethod;
import dev.finsuite.investment.engine.Realisation;
import dev.finsuite.investment.support.LedgerDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Every sale of a year, for a tax return: one line per sale under AVERAGE, one per sale and lot under FIFO, in the
 * asset's currency and in the base currency (proceeds at the sale's rate, cost at the rates it was bought at).
 */
@Service
class RealisedGains {

    private final Books books;
    private final Currencies currencies;
    private final LedgerDates dates;

    RealisedGains(Books books, Currencies currencies, LedgerDates dates) {
        this.books = books;
        this.currencies = currencies;
        this.dates = dates;
    }

    record Line(
            UUID saleId,
            LocalDate date,
            UUID accountId,
            String accountName,
            CostMethod method,
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
            InBase base,
            String baseUnknownBecause) {}

    record InBase(BigDecimal proceeds, BigDecimal costBasis, BigDecimal gain) {}

    record Report(
            int year,
            String baseCurrency,
            List<Line> lines,
            BigDecimal totalGainBase,
            int linesLeftOut,
            String method) {}

    /** @param asked the year, this year when null */
    Report of(UUID tenantId, @Nullable Integer asked, @Nullable UUID accountId) {
        int year = asked == null ? dates.today().getYear() : asked;
        if (year < LedgerDates.EARLIEST.getYear() || year > dates.today().getYear()) {
            throw new PortfolioFailures.YearOutsideLedger();
        }
        Book book = books.of(tenantId, accountId);
        Currency base = currencies.requireStored(book.baseCurrency());
        List<Line> lines = new ArrayList<>();
        Money total = Money.zero(base);
        int leftOut = 0;
        for (Book.Holding h : book.holdings()) {
            List<Realisation> sold = h.position().realisations();
            List<Realisation> soldInBase =
                    h.inBase() == null ? null : h.inBase().realisations();
            for (int i = 0; i < sold.size(); i++) {
                Realisation r = sold.get(i);
                if (r.date().getYear() != year) {
                    continue;
                }
                Currency currency = currencies.requireStored(h.asset().getCurrency());
                InBase inBase = null;
                if (soldInBase != null) {
                    Realisation b = soldInBase.get(i);
                    inBase = new InBase(shown(base, b.proceeds()), shown(base, b.costBasis()), shown(base, b.gain()));
                    total = total.plus(new Money(b.gain(), base));
                } else {
                    leftOut++;
                }
                lines.add(new Line(
                        r.saleId(),
                        r.date(),
                        h.account().getId(),
                        h.account().getName(),
                        h.account().getCostBasisMethod(),
                        h.asset().getId(),
                        h.asset().getSymbol(),
                        h.asset().getName(),
                        r.acquired(),
                        r.quantity().stripTrailingZeros().toPlainString(),
                        currency.code(),
                        shown(currency, r.proceeds()),
                        shown(currency, r.costBasis()),
                        shown(currency, r.fee()),
                        shown(currency, r.gain()),
                        inBase,
                        inBase == null ? h.baseUnknownBecause() : null));
            }
        }
        lines.sort(Comparator.comparing(Line::date)
                .thenComparing(Line::accountName)
                .thenComparing(Line::name));
        return new Report(
                year,
                base.code(),
                lines,
                total.shownAmount(),
                leftOut,
                "gain = proceeds − cost basis − sale fee; FIFO lines name the lot's acquisition date");
    }
}
