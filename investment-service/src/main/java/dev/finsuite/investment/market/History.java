package dev.finsuite.investment.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Daily closes of a symbol, ascending by date, as market-service answers them (up to 7 days before the range
 * asked, so the close before the first day is known). {@code adjustedForSplits} is true when every close is
 * split-adjusted; each close says so for itself too.
 */
public record History(String symbol, String assetType, String currency, boolean adjustedForSplits, List<Close> closes) {

    public History {
        closes = closes == null ? List.of() : List.copyOf(closes);
    }

    /** The last close strictly before {@code day}: the previous close a day's change is measured against. */
    public Optional<Close> closeBefore(LocalDate day) {
        Close found = null;
        for (Close close : closes) {
            if (close.date() != null && close.close() != null && close.date().isBefore(day)) {
                found = close;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The most recent close on or before {@code day}. */
    public Optional<Close> closeOnOrBefore(LocalDate day) {
        return closeBefore(day.plusDays(1));
    }

    /**
     * Whether {@code close} is per today's share unit: its own flag, or (from a market-service before per-close
     * flags) the answer's {@link #adjustedForSplits}.
     */
    public boolean splitAdjusted(Close close) {
        return close.splitAdjusted() != null ? close.splitAdjusted() : adjustedForSplits;
    }

    /**
     * @param splitAdjusted true when the close is per today's share unit, false when per unit of its own day (a
     *                      raw provider close, a quote-refresh close, a manual price), null when market-service
     *                      did not say per close
     */
    public record Close(LocalDate date, BigDecimal close, String source, Boolean splitAdjusted) {}
}
