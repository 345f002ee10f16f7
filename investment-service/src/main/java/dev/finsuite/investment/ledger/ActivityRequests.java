package dev.finsuite.investment.ledger;

import dev.finsuite.investment.engine.ActivityType;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The activity endpoints' request bodies: a whole new activity, and a change whose absent fields stay. */
final class ActivityRequests {

    private ActivityRequests() {}

    /** Quantities to 10 decimals (fund units, crypto); prices to 10 decimals; fee and tax to 4. */
    @Schema(example = """
            {"accountId": "0b9f2d1e-8c1a-4b7e-9d55-2f7c1a3e4b10", "assetId": "5a1c9e77-3d2b-4f60-8e1a-7b2c4d6e8f90",
             "type": "BUY", "date": "2026-03-02", "quantity": "10", "unitPrice": "182.50", "fee": "1.00",
             "currency": "USD", "note": "Monthly buy"}""")
    record NewActivity(
            @NotNull UUID accountId,
            @NotNull UUID assetId,
            @NotNull ActivityType type,
            @NotNull LocalDate date,

            @NotNull @DecimalMin("0") @DecimalMax("999999999999999999") @Digits(integer = 18, fraction = 10)
            BigDecimal quantity,

            @NotNull @DecimalMin("0") @DecimalMax("999999999999999999") @Digits(integer = 18, fraction = 10)
            BigDecimal unitPrice,

            @DecimalMin("0") @DecimalMax("999999999999999") @Digits(integer = 15, fraction = 4)
            BigDecimal fee,

            @DecimalMin("0") @DecimalMax("999999999999999") @Digits(integer = 15, fraction = 4)
            BigDecimal tax,

            @Size(max = 8) String currency,
            @Size(max = 1000) String note,
            JsonNode metadata) {

        ActivityDrafts.Input input() {
            return new ActivityDrafts.Input(
                    accountId, assetId, type, date, quantity, unitPrice, fee, tax, currency, note, metadata);
        }
    }

    /** A partial change: a null field stays as it is, except a null currency, which is the asset's. */
    @Schema(example = """
            {"quantity": "12", "note": "Corrected from the contract note"}""")
    record ActivityPatch(
            @Nullable UUID accountId,
            @Nullable UUID assetId,
            @Nullable ActivityType type,
            @Nullable LocalDate date,

            @Nullable @DecimalMin("0") @DecimalMax("999999999999999999") @Digits(integer = 18, fraction = 10)
            BigDecimal quantity,

            @Nullable @DecimalMin("0") @DecimalMax("999999999999999999") @Digits(integer = 18, fraction = 10)
            BigDecimal unitPrice,

            @Nullable @DecimalMin("0") @DecimalMax("999999999999999") @Digits(integer = 15, fraction = 4)
            BigDecimal fee,

            @Nullable @DecimalMin("0") @DecimalMax("999999999999999") @Digits(integer = 15, fraction = 4)
            BigDecimal tax,

            @Nullable @Size(max = 8) String currency,
            @Nullable @Size(max = 1000) String note,
            @Nullable JsonNode metadata) {

        /**
         * The terms asked for, the current ones where the patch is silent; note and metadata are the patch's own
         * (null: unchanged), since the current ones are already stored text.
         */
        ActivityDrafts.Input mergedOnto(Activity.Terms was) {
            return new ActivityDrafts.Input(
                    accountId == null ? was.accountId() : accountId,
                    assetId == null ? was.assetId() : assetId,
                    type == null ? was.type() : type,
                    date == null ? was.date() : date,
                    quantity == null ? was.quantity() : quantity,
                    unitPrice == null ? was.unitPrice() : unitPrice,
                    fee == null ? was.fee().amount() : fee,
                    tax == null ? was.tax().amount() : tax,
                    currency,
                    note,
                    metadata);
        }
    }
}
