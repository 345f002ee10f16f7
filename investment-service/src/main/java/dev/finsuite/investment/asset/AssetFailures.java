package dev.finsuite.investment.asset;

import dev.finsuite.common.domain.DomainFailure;

/** The ways a change to assets, their prices or splits can be refused, each named as the fact it is. */
public final class AssetFailures {

    private AssetFailures() {}

    public static class AssetNotFound extends DomainFailure.NotFound {
        public AssetNotFound() {
            super("No such asset");
        }
    }

    public static class SplitNotFound extends DomainFailure.NotFound {
        public SplitNotFound() {
            super("No such split");
        }
    }

    public static class PriceNotFound extends DomainFailure.NotFound {
        public PriceNotFound() {
            super("No manual price on that date");
        }
    }

    public static class SymbolTaken extends DomainFailure.Conflict {
        public SymbolTaken() {
            super("An asset with this symbol and data source already exists");
        }
    }

    public static class SplitOnSameDay extends DomainFailure.Conflict {
        public SplitOnSameDay() {
            super("This asset already has a split on that ex-date");
        }
    }

    public static class AssetHasActivities extends DomainFailure.Conflict {
        public AssetHasActivities() {
            super("This asset has activities; delete them first, so no history is lost by accident");
        }
    }

    public static class CurrencyFixedByActivities extends DomainFailure.Conflict {
        public CurrencyFixedByActivities() {
            super("This asset has activities recorded in its currency; its currency can no longer change");
        }
    }

    public static class SymbolRequired extends DomainFailure.Invalid {
        public SymbolRequired() {
            super("symbol", "is required for a listed asset");
        }
    }

    public static class SymbolMalformed extends DomainFailure.Invalid {
        public SymbolMalformed() {
            super("symbol", "must be 1 to 32 letters, digits or . _ ^ = -");
        }
    }

    /** A split of n units into n units changes nothing, so it is surely a mistake. */
    public static class SplitChangesNothing extends DomainFailure.Invalid {
        public SplitChangesNothing() {
            super("numerator", "must differ from the denominator");
        }
    }
}
