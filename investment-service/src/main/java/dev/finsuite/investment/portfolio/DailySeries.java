package dev.finsuite.investment.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Values known on some days, read on any day: a day without a value uses the last one before it, at most
 * {@code reach} days back (a week for market closes and rates: holidays and weekends, not a stale price); else the
 * value is unknown (null).
 *
 * <p>A series may also be kept already read day by day over a range ({@link #dense}): a ten-year series of market
 * closes is then walked once when it is made, and each request over the same range shares that array instead of
 * walking (or copying) the closes again. Such a series answers for its own range only.
 */
final class DailySeries {

    static final int MARKET_REACH_DAYS = 7;

    private final NavigableMap<LocalDate, BigDecimal> values;
    private final long reachDays;
    private final String unknownBecause;
    private final LocalDate denseStart;
    private final BigDecimal[] dense;
    /**
     * The dense values as longs scaled by 10^{@value #SCALE} ({@link #NOT_SCALED} where unknown or not representable),
     * made once per kept series so each request's quantity x price can be summed in long arithmetic; published
     * whole through the volatile field.
     */
    private volatile long[] scaled;

    /** The scale of {@link #scaledEach}: market closes are numeric(28, 10). */
    static final int SCALE = 10;

    static final long NOT_SCALED = Long.MIN_VALUE;

    private DailySeries(NavigableMap<LocalDate, BigDecimal> values, long reachDays, String unknownBecause) {
        this.values = values;
        this.reachDays = reachDays;
        this.unknownBecause = unknownBecause;
        this.denseStart = null;
        this.dense = null;
    }

    private DailySeries(LocalDate denseStart, BigDecimal[] dense, long reachDays) {
        this.values = null;
        this.reachDays = reachDays;
        this.unknownBecause = null;
        this.denseStart = denseStart;
        this.dense = dense;
    }

    /** The series read on each of {@code size} days from {@code start}, kept that way; never changed afterwards. */
    static DailySeries dense(NavigableMap<LocalDate, BigDecimal> values, long reachDays, LocalDate start, int size) {
        return new DailySeries(start, of(values, reachDays).onEach(start, size), reachDays);
    }

    /** This dense series with {@code value} on its last day (today's price over closes up to yesterday). */
    DailySeries withLastDay(BigDecimal value) {
        BigDecimal[] copy = dense.clone();
        copy[copy.length - 1] = value;
        DailySeries withToday = new DailySeries(denseStart, copy, reachDays);
        long[] scaledCopy = scaledEach(denseStart, dense.length).clone();
        scaledCopy[scaledCopy.length - 1] = scaled(value);
        withToday.scaled = scaledCopy;
        return withToday;
    }

    /**
     * For a dense series over exactly these days, its values as longs scaled by 10^{@value #SCALE} (shared: the
     * caller must not change it), {@link #NOT_SCALED} on days without a value or with one a long cannot hold at that
     * scale; null for any other series.
     */
    long[] scaledEach(LocalDate start, int size) {
        if (dense == null || !start.equals(denseStart) || size != dense.length) {
            return null;
        }
        long[] kept = scaled;
        if (kept == null) {
            kept = new long[dense.length];
            for (int i = 0; i < dense.length; i++) {
                kept[i] = scaled(dense[i]);
            }
            scaled = kept;
        }
        return kept;
    }

    /** value x 10^SCALE exactly as a long, when it has at most SCALE decimals and under 10^8 whole units. */
    static long scaled(BigDecimal value) {
        if (value == null || value.scale() > SCALE || value.precision() - value.scale() > 8) {
            return NOT_SCALED;
        }
        return value.setScale(SCALE).unscaledValue().longValueExact();
    }

    boolean isDense() {
        return dense != null;
    }

    /** Days a kept series holds, for weighing a cache of them. */
    int size() {
        return dense != null ? dense.length : values.size();
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
        if (dense != null) {
            long i = day.toEpochDay() - denseStart.toEpochDay();
            if (i < 0 || i >= dense.length) {
                throw new IllegalArgumentException(day + " is outside the series' days");
            }
            return dense[(int) i];
        }
        var entry = values.floorEntry(day);
        if (entry == null
                || (reachDays != Long.MAX_VALUE
                        && entry.getKey().plusDays(reachDays).isBefore(day))) {
            return null;
        }
        return entry.getValue();
    }

    /**
     * {@link #on} for {@code size} consecutive days from {@code start}, in one walk over the values (a range of
     * years is thousands of days; a lookup each would cost a tree search a day). A dense series over exactly these
     * days answers with its own array, shared: the caller must not change it.
     */
    BigDecimal[] onEach(LocalDate start, int size) {
        if (dense != null) {
            if (start.equals(denseStart) && size == dense.length) {
                return dense;
            }
            BigDecimal[] each = new BigDecimal[size];
            for (int i = 0; i < size; i++) {
                each[i] = on(start.plusDays(i));
            }
            return each;
        }
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
                    && (reachDays == Long.MAX_VALUE
                            || !knownOn.plusDays(reachDays).isBefore(day));
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
        if (dense != null) {
            throw new IllegalStateException("a dense series is not changed");
        }
        values.put(day, value);
    }
}
