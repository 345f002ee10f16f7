package dev.finsuite.export.schedule;

import dev.finsuite.common.domain.DomainFailure;
import java.util.UUID;

/** The failures of report schedules, named as facts and heard as problems. */
final class ScheduleFailures {

    private ScheduleFailures() {}

    /** A missing schedule, or another tenant's. */
    static class ScheduleNotFound extends DomainFailure.NotFound {
        ScheduleNotFound(UUID id) {
            super("There is no report schedule " + id);
        }
    }

    /** A schedule produces one report for good; another report is another schedule. */
    static class ReportIsFixed extends DomainFailure.Invalid {
        ReportIsFixed() {
            super("report", "cannot be changed; schedule the other report instead");
        }
    }
}
