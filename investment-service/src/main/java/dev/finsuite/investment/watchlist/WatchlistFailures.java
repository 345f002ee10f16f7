package dev.finsuite.investment.watchlist;

import dev.finsuite.common.domain.DomainFailure;

/** The ways a watchlist or alert request can be refused, each named as the fact it is. */
public final class WatchlistFailures {

    private WatchlistFailures() {}

    public static class ItemNotFound extends DomainFailure.NotFound {
        public ItemNotFound() {
            super("No such watchlist item");
        }
    }

    public static class AlertNotFound extends DomainFailure.NotFound {
        public AlertNotFound() {
            super("No such price alert");
        }
    }

    public static class AlreadyWatched extends DomainFailure.Conflict {
        public AlreadyWatched() {
            super("This symbol is already on the watchlist for this data source");
        }
    }

    public static class DuplicateAlert extends DomainFailure.Conflict {
        public DuplicateAlert() {
            super("This item already has an alert with the same condition and threshold");
        }
    }

    public static class ManualNotWatchable extends DomainFailure.Invalid {
        public ManualNotWatchable() {
            super("dataSource", "must be STOOQ, COINGECKO or ALPHA_VANTAGE: MANUAL prices have no market quotes");
        }
    }

    public static class TriggeredIsNotChosen extends DomainFailure.Invalid {
        public TriggeredIsNotChosen() {
            super("state", "must be ARMED or PAUSED: TRIGGERED is set only when the alert fires");
        }
    }

    public static class PercentTooLarge extends DomainFailure.Invalid {
        public PercentTooLarge() {
            super("threshold", "a MOVE_PERCENT threshold must be at most 1000");
        }
    }
}
