package dev.finsuite.investment.portfolio;

import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.investment.support.LedgerDates;

/** The ways a portfolio question can be refused, each named as the fact it is. */
final class PortfolioFailures {

    private PortfolioFailures() {}

    static class UnknownGrouping extends DomainFailure.Invalid {
        UnknownGrouping() {
            super("groupBy", "must be month or year");
        }
    }

    static class UnknownAllocation extends DomainFailure.Invalid {
        UnknownAllocation() {
            super("by", "must be assetClass, currency, account or asset");
        }
    }

    /** Gains are realised in the ledger's years, and not in a year still to come. */
    static class YearOutsideLedger extends DomainFailure.Invalid {
        YearOutsideLedger() {
            super("year", "must be between " + LedgerDates.EARLIEST.getYear() + " and this year");
        }
    }
}
