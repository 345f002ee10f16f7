package dev.finsuite.investment.importing;

import dev.finsuite.common.domain.DomainFailure;
import java.util.List;

/** The ways an import can be refused, each named as the fact it is. */
final class ImportFailures {

    private ImportFailures() {}

    /** The file as a whole cannot be read as activities. */
    static class UnreadableFile extends DomainFailure.Invalid {
        UnreadableFile(String why) {
            super("file", why);
        }
    }

    /**
     * Rows that cannot be recorded, each with its line and reason, when the caller did not ask to skip them: nothing
     * was written. Several fields at once, so not one {@link DomainFailure.Invalid}; the edge lists them all.
     */
    static class RowsRejected extends RuntimeException {

        private final transient List<CsvActivities.Rejected> rejected;

        RowsRejected(List<CsvActivities.Rejected> rejected) {
            super(rejected.size() + " rows cannot be imported", null, false, false);
            this.rejected = List.copyOf(rejected);
        }

        List<CsvActivities.Rejected> rejected() {
            return rejected;
        }
    }
}
