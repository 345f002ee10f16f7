package dev.finsuite.export.report;

import static dev.finsuite.export.read.Column.code;
import static dev.finsuite.export.read.Column.date;
import static dev.finsuite.export.read.Column.money;
import static dev.finsuite.export.read.Column.text;

import dev.finsuite.common.money.Money;
import dev.finsuite.export.read.Column;
import dev.finsuite.export.read.CurrencyTable;
import dev.finsuite.export.read.TenantReads;
import dev.finsuite.export.tabular.Table;
import dev.finsuite.export.upstream.EmiApi;
import dev.finsuite.export.upstream.InvestmentApi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Net worth at each month's end (today for the current month), in the base currency investment-service values
 * the portfolio in: investments at market value + money lent and not yet collected − loan principal outstanding −
 * money borrowed and not yet repaid. Each part is shown. A part that cannot be known for a month (a missing price,
 * an amount in another currency) is null with its reason, and so is that month's net worth: never a guess. What
 * the suite does not keep at all (bank and cash balances, property) is listed as absent, not counted as zero.
 */
@Component
public class NetWorth {

    static final List<Absent> ABSENT = List.of(
            new Absent("bankAndCashBalances", "the suite keeps no bank, wallet or cash accounts"),
            new Absent("otherAssets", "the suite keeps no property, vehicles or other possessions"),
            new Absent(
                    "otherLiabilities",
                    "credit-card balances and debts not recorded as loans, borrowings or "
                            + "lendings are not known to the suite"));

    static final List<Column> COLUMNS = List.of(
            code("month"),
            date("asOf"),
            code("currency"),
            money("investments", "currency"),
            money("lentOutstanding", "currency"),
            money("loanPrincipalOutstanding", "currency"),
            money("borrowedOutstanding", "currency"),
            money("netWorth", "currency"),
            text("unknown"));

    private final InvestmentApi investments;
    private final EmiApi emi;
    private final TenantReads reads;
    private final Clock clock;

    NetWorth(InvestmentApi investments, EmiApi emi, TenantReads reads, Clock clock) {
        this.investments = investments;
        this.emi = emi;
        this.reads = reads;
        this.clock = clock;
    }

    public record Absent(String part, String reason) {}

    public record Month(
            YearMonth month,
            LocalDate asOf,
            String currency,
            BigDecimal investments,
            BigDecimal lentOutstanding,
            BigDecimal loanPrincipalOutstanding,
            BigDecimal borrowedOutstanding,
            BigDecimal netWorth,
            List<String> unknown) {}

    public record Report(
            YearMonth from,
            YearMonth to,
            String currency,
            List<Month> months,
            List<Absent> absent,
            Map<String, String> methods) {

        public Table table() {
            return new Table(
                    "net-worth",
                    COLUMNS,
                    months.stream()
                            .map(m -> new Object[] {
                                m.month().toString(),
                                m.asOf(),
                                m.currency(),
                                m.investments(),
                                m.lentOutstanding(),
                                m.loanPrincipalOutstanding(),
                                m.borrowedOutstanding(),
                                m.netWorth(),
                                String.join("; ", m.unknown())
                            })
                            .toList());
        }
    }

    static final Map<String, String> METHODS = Map.of(
            "investments",
                    "investment-service's daily market value of the portfolio in the base currency on the "
                            + "month's last day (0 before the first activity)",
            "lentOutstanding", "each lending's total due less the collections dated on or before the month's end",
            "borrowedOutstanding", "each borrowing's total due less the repayments dated on or before the month's end",
            "loanPrincipalOutstanding",
                    "each loan's principal less prepayments dated by the month's end, less the "
                            + "principal that payments dated by then covered (payments go to the instalment's interest "
                            + "first, as emi-service applies them); for the current month this is emi-service's "
                            + "outstandingPrincipal",
            "netWorth",
                    "investments + lentOutstanding - loanPrincipalOutstanding - borrowedOutstanding, null when "
                            + "any part is unknown");

    public Report of(UUID tenant, YearMonth from, YearMonth to) {
        LocalDate today = LocalDate.now(clock);
        InvestmentApi.History history = investments.history();
        String base = history.baseCurrency();
        Map<LocalDate, InvestmentApi.Point> points = new HashMap<>();
        history.points().forEach(p -> points.put(p.date(), p));
        List<LoanBook> loans = emi.loans().stream()
                .map(loan -> new LoanBook(
                        loan, emi.schedule(loan.id()), emi.payments(loan.id()), emi.prepayments(loan.id())))
                .toList();
        List<Debt> debts = debts(tenant);
        CurrencyTable currencies = reads.currencies(tenant);

        List<Month> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
            List<String> unknown = new ArrayList<>();
            Money invested = shown(currencies, base, investmentsOn(history, points, asOf, unknown));
            Part lent = new Part(base, "lendings");
            Part borrowed = new Part(base, "borrowings");
            for (Debt debt : debts) {
                if (!debt.start().isAfter(asOf)) {
                    (debt.lent() ? lent : borrowed).add(debt.currency(), debt.outstandingOn(asOf));
                }
            }
            Part loaned = new Part(base, "loans");
            for (LoanBook loan : loans) {
                loaned.add(loan.loan().currency(), loan.principalOutstandingOn(asOf));
            }
            Money lentValue = shown(currencies, base, lent.value(unknown));
            Money loanValue = shown(currencies, base, loaned.value(unknown));
            Money borrowedValue = shown(currencies, base, borrowed.value(unknown));
            Money net = invested == null || lentValue == null || loanValue == null || borrowedValue == null
                    ? null
                    : invested.plus(lentValue).minus(loanValue).minus(borrowedValue);
            months.add(new Month(
                    month,
                    asOf,
                    base,
                    amount(invested),
                    amount(lentValue),
                    amount(loanValue),
                    amount(borrowedValue),
                    amount(net),
                    List.copyOf(unknown)));
        }
        return new Report(from, to, base, months, ABSENT, METHODS);
    }

    /**
     * Each part as the base currency shows it (stored debts carry 4 places); the net worth is the sum of the
     * shown parts, so the row adds up for a reader.
     */
    private static Money shown(CurrencyTable currencies, String base, BigDecimal amount) {
        return amount == null ? null : currencies.money(amount, base).shown();
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private static BigDecimal investmentsOn(
            InvestmentApi.History history,
            Map<LocalDate, InvestmentApi.Point> points,
            LocalDate day,
            List<String> unknown) {
        if (history.from() == null || day.isBefore(history.from())) {
            return BigDecimal.ZERO;
        }
        InvestmentApi.Point point = points.get(day);
        if (point == null || point.marketValue() == null) {
            unknown.add("investments: investment-service could not value the portfolio on " + day
                    + " (a price or exchange rate is missing)");
            return null;
        }
        return point.marketValue();
    }

    private List<Debt> debts(UUID tenant) {
        return reads.withinTenant(tenant, jdbc -> {
            Map<UUID, List<Dated>> payments = new HashMap<>();
            jdbc.query(
                    "select debt_id, amount, paid_on from finance_debt_payments where tenant_id = ?",
                    (java.sql.ResultSet rs) -> {
                        payments.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                                .add(new Dated(rs.getObject(3, LocalDate.class), rs.getBigDecimal(2)));
                    },
                    tenant);
            return jdbc.query(
                    "select id, direction, currency, start_date, total_due from finance_debts"
                            + " where tenant_id = ? order by start_date, id",
                    (rs, row) -> new Debt(
                            "LENT".equals(rs.getString(2)),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getBigDecimal(5),
                            payments.getOrDefault(rs.getObject(1, UUID.class), List.of())),
                    tenant);
        });
    }

    private record Dated(LocalDate date, BigDecimal amount) {}

    private record Debt(boolean lent, String currency, LocalDate start, BigDecimal totalDue, List<Dated> payments) {

        BigDecimal outstandingOn(LocalDate day) {
            BigDecimal paid = payments.stream()
                    .filter(p -> !p.date().isAfter(day))
                    .map(Dated::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return totalDue.subtract(paid);
        }
    }

    private record LoanBook(
            EmiApi.Loan loan,
            EmiApi.Schedule schedule,
            List<EmiApi.Payment> payments,
            List<EmiApi.Prepayment> prepayments) {

        /** Nothing is owed before the loan is disbursed. */
        BigDecimal principalOutstandingOn(LocalDate day) {
            if (loan.disbursalDate().isAfter(day)) {
                return BigDecimal.ZERO;
            }
            BigDecimal outstanding = loan.principal();
            for (EmiApi.Prepayment prepayment : prepayments) {
                if (!prepayment.date().isAfter(day)) {
                    outstanding = outstanding.subtract(prepayment.amount());
                }
            }
            Map<Integer, BigDecimal> paid = new HashMap<>();
            for (EmiApi.Payment payment : payments) {
                if (!payment.paidOn().isAfter(day)) {
                    paid.merge(payment.instalmentNumber(), payment.amount(), BigDecimal::add);
                }
            }
            for (EmiApi.Instalment instalment : schedule.instalments()) {
                BigDecimal toInstalment = paid.get(instalment.number());
                if (toInstalment != null) {
                    outstanding = outstanding.subtract(toInstalment
                            .subtract(instalment.interest())
                            .max(BigDecimal.ZERO)
                            .min(instalment.principal()));
                }
            }
            return outstanding;
        }
    }

    /** One part's amounts of one month, summed only when every one is in the base currency. */
    private static final class Part {
        private final String base;
        private final String name;
        private BigDecimal sum = BigDecimal.ZERO;
        private final TreeSet<String> otherCurrencies = new TreeSet<>();

        Part(String base, String name) {
            this.base = base;
            this.name = name;
        }

        void add(String currency, BigDecimal amount) {
            if (amount.signum() == 0) {
                return;
            }
            if (currency.equals(base)) {
                sum = sum.add(amount);
            } else {
                otherCurrencies.add(currency);
            }
        }

        BigDecimal value(List<String> unknown) {
            if (otherCurrencies.isEmpty()) {
                return sum;
            }
            unknown.add(name + ": amounts in " + String.join(", ", otherCurrencies) + " are not converted to " + base);
            return null;
        }
    }
}
