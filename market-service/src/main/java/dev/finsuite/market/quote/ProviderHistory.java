package dev.finsuite.market.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Daily closes as a provider gave them, already in a real currency (pence turned into pounds), ascending, at
 * most one per day.
 *
 * @param coveredFrom   the first day the download covers: days from here to the download's day without a close
 *                      are days without trading, not days still to ask for
 * @param splitAdjusted whether the closes are in today's share units (false for raw closes that a later split
 *                      would make look like a crash)
 */
record ProviderHistory(String currency, List<DailyClose> closes, LocalDate coveredFrom, boolean splitAdjusted) {

    ProviderHistory {
        closes = List.copyOf(closes);
    }

    record DailyClose(LocalDate date, BigDecimal close) {}
}
