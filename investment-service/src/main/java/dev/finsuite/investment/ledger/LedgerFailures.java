package dev.finsuite.investment.ledger;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.investment.engine.ActivityType;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The ways a change to the ledger can be refused, each named as the fact it is. */
public final class LedgerFailures {

    private LedgerFailures() {}

    public static class ActivityNotFound extends DomainFailure.NotFound {
        public ActivityNotFound() {
            super("No such activity");
        }
    }

    /** Judged in date order over the whole ledger of the asset in the account, after the change. */
    public static class QuantityNotHeld extends DomainFailure.Refused {
        public QuantityNotHeld(LocalDate date, BigDecimal held, BigDecimal requested) {
            super(
                    "insufficient_quantity",
                    "On " + date + " the account would hold " + held.toPlainString()
                            + " units but gives up " + requested.toPlainString()
                            + "; an activity cannot sell or transfer out more than is held at that point");
        }
    }

    public static class CurrencyNotAssets extends DomainFailure.Invalid {
        public CurrencyNotAssets(String assetCurrency) {
            super("currency", "must be the asset's currency, " + assetCurrency);
        }
    }

    public static class NoUnitsMoved extends DomainFailure.Invalid {
        public NoUnitsMoved(ActivityType type) {
            super("quantity", "must be greater than 0 for a " + type);
        }
    }
}
