package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Values known on some days, read on any day: a day without a value uses the last one before it, at most
 * {@code reach} days back (a week for market closes and rates: holidays and weekends, not a stale price); else the
 * value is unknown (null).
 */
final class DailySeries {

    static final int MARKET_REACH_DAYS = 7;

    private final NavigableMap<LocalDate, BigDecimal> values;
    private final long reachDays;
    private final String unknownBecause;

    private DailySeries(NavigableMap<LocalDate, BigDecimal> values, long reachDays, String unknownBecause) {
        this.values = values;
        this.reachDays = reachDays;
        this.unknownBecause = unknownBecause;
    }

    static DailySeries of(NavigableMap<LocalDate, BigDecimal> values, long reachDays) {
        return new DailySeries(values, reachDays, null);
    }

    static DailySeries constant(BigDecimal value) {
        NavigableMap<LocalDate, BigDecimal> one = new TreeMap<>();
        one.put(LocalDate.MIN, value);
        return new DailySeries(one, Long.MAX_VALUE, null);
    }

    static DailySeries unknown(String reason) {
        return new DailySeries(new TreeMap<>(), 0, reason);
    }

    BigDecimal on(LocalDate day) {
        var entry = values.floorEntry(day);
        if (entry == null || (reachDays != Long.MAX_VALUE && entry.getKey().plusDays(reachDays).isBefore(day))) {
            return null;
        }
        return entry.getValue();
    }

    /**
     * {@link #on} for {@code size} consecutive days from {@code start}, in one walk over the values (a range of
     * years is thousands of days; a lookup each would cost a tree search a day).
     */
    BigDecimal[] onEach(LocalDate start, int size) {
        BigDecimal[] each = new BigDecimal[size];
        var floor = values.floorEntry(start);
        LocalDate knownOn = floor == null ? null : floor.getKey();
        BigDecimal known = floor == null ? null : floor.getValue();
        var later = values.tailMap(start, false).entrySet().iterator();
        var next = later.hasNext() ? later.next() : null;
        LocalDate day = start;
        for (int i = 0; i < size; i++, day = day.plusDays(1)) {
            while (next != null && !next.getKey().isAfter(day)) {
                knownOn = next.getKey();
                known = next.getValue();
                next = later.hasNext() ? later.next() : null;
            }
            boolean inReach = knownOn != null
                    && (reachDays == Long.MAX_VALUE || !knownOn.plusDays(reachDays).isBefore(day));
            each[i] = inReach ? known : null;
        }
        return each;
    }

    /** Why {@link #on} gave null for a day. */
    String whyUnknown(LocalDate day) {
        if (unknownBecause != null) {
            return unknownBecause;
        }
        return "no value within " + reachDays + " days before " + day;
    }

    void put(LocalDate day, BigDecimal value) {
        values.put(day, value);
    }
}
