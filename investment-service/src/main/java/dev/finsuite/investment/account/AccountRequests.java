package dev.finsuite.investment.account;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.web.Text;
import dev.finsuite.investment.engine.CostMethod;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The account endpoints' request bodies: a whole new account, and a change whose absent fields stay. */
final class AccountRequests {

    private AccountRequests() {}

    @Schema(example = """
            {"name": "Zerodha demat", "broker": "Zerodha", "currency": "INR", "costBasisMethod": "FIFO",
             "notes": "Long-term holdings"}""")
    record NewAccount(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 120) String broker,
            @NotBlank @Size(max = 8) String currency,
            CostMethod costBasisMethod,
            @Size(max = 2000) String notes,
            JsonNode metadata) {

        /** FIFO unless another method is asked for; an empty broker or notes is none. */
        Account.Details details(Currencies currencies, Metadata metadata) {
            return new Account.Details(
                    name.strip(),
                    Text.clean(broker),
                    currencies.requireActive("currency", currency).code(),
                    costBasisMethod == null ? CostMethod.FIFO : costBasisMethod,
                    Text.clean(notes),
                    metadata.write(this.metadata));
        }
    }

    /** A partial change: a null field stays as it is; an empty broker or notes clears it. */
    @Schema(example = """
            {"costBasisMethod": "AVERAGE"}""")
    record AccountPatch(
            @Nullable @Size(min = 1, max = 120) String name,
            @Nullable @Size(max = 120) String broker,
            @Nullable @Size(min = 1, max = 8) String currency,
            @Nullable CostMethod costBasisMethod,
            @Nullable @Size(max = 2000) String notes,
            @Nullable JsonNode metadata) {

        Account.Details mergedOnto(Account.Details was, Currencies currencies, Metadata metadata) {
            return new Account.Details(
                    name == null ? was.name() : name.strip(),
                    broker == null ? was.broker() : Text.clean(broker),
                    currency == null
                            ? was.currency()
                            : currencies.requireActive("currency", currency).code(),
                    costBasisMethod == null ? was.costBasisMethod() : costBasisMethod,
                    notes == null ? was.notes() : Text.clean(notes),
                    this.metadata == null ? was.metadataJson() : metadata.write(this.metadata));
        }
    }
}
