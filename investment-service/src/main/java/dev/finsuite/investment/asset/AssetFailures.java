package dev.finsuite.investment.asset;

import dev.finsuite.common.web.ApiException;

/** The ways a change to assets, their prices or splits can be refused, each named as the fact it is. */
public final class AssetFailures {

    private AssetFailures() {
    }

    public static class AssetNotFound extends ApiException.NotFoundException {
        public AssetNotFound() {
            super("No such asset");
        }
    }

    public static class SplitNotFound extends ApiException.NotFoundException {
        public SplitNotFound() {
            super("No such split");
        }
    }

    public static class PriceNotFound extends ApiException.NotFoundException {
        public PriceNotFound() {
            super("No manual price on that date");
        }
    }

    public static class SymbolTaken extends ApiException.ConflictException {
        public SymbolTaken() {
            super("An asset with this symbol and data source already exists");
        }
    }

    public static class SplitOnSameDay extends ApiException.ConflictException {
        public SplitOnSameDay() {
            super("This asset already has a split on that ex-date");
        }
    }

    public static class AssetHasActivities extends ApiException.ConflictException {
        public AssetHasActivities() {
            super("This asset has activities; delete them first, so no history is lost by accident");
        }
    }

    public static class CurrencyFixedByActivities extends ApiException.ConflictException {
        public CurrencyFixedByActivities() {
            super("This asset has activities recorded in its currency; its currency can no longer change");
        }
    }
}
