package dev.finsuite.investment.watchlist;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.web.Text;
import dev.finsuite.investment.market.DataSource;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The watchlist endpoints' request bodies, with the limits each must meet. */
final class WatchlistRequests {

    /** As market-service accepts symbols (it upper-cases them; so do we). */
    static final String SYMBOL = "[A-Za-z0-9._^=-]{1,32}";

    private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

    private WatchlistRequests() {}

    @Schema(example = """
            {"symbol": "AAPL", "dataSource": "STOOQ", "note": "Wait for a dip", "metadata": {"thesis": "services"}}""")
    record NewItem(
            @NotBlank @Pattern(regexp = SYMBOL, message = "must be 1 to 32 letters, digits or . _ ^ = -")
            String symbol,

            @NotNull DataSource dataSource,
            @Size(max = 1000) String note,
            JsonNode metadata) {

        String normalisedSymbol() {
            return symbol.toUpperCase(Locale.ROOT);
        }
    }

    /** A partial update: absent fields stay; an empty note clears it. Symbol and source are the item itself. */
    @Schema(example = """
            {"note": "Earnings on the 30th"}""")
    record ItemPatch(
            @Nullable @Size(max = 1000) String note,
            @Nullable JsonNode metadata) {

        void applyTo(WatchItem item, Metadata metadata) {
            item.describe(
                    note == null ? item.getNote() : Text.clean(note),
                    this.metadata == null ? item.getMetadata() : metadata.write(this.metadata));
        }
    }

    @Schema(example = """
            {"condition": "ABOVE", "threshold": "200.00"}""")
    record NewAlert(
            @NotNull AlertCondition condition,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 10)
            BigDecimal threshold) {}

    /** {@code state} ARMED re-arms (or un-pauses), PAUSED pauses; {@code threshold} changes the rule. */
    @Schema(example = """
            {"state": "ARMED", "threshold": "210"}""")
    record AlertPatch(
            @Nullable AlertState state,

            @Nullable @DecimalMin(value = "0", inclusive = false) @Digits(integer = 18, fraction = 10)
            BigDecimal threshold) {}

    /** A MOVE_PERCENT threshold is a percentage: more than 0 (checked by the record) and at most 1000. */
    static void requireThreshold(AlertCondition condition, BigDecimal threshold) {
        if (condition == AlertCondition.MOVE_PERCENT && threshold.compareTo(MAX_PERCENT) > 0) {
            throw new WatchlistFailures.PercentTooLarge();
        }
    }
}
