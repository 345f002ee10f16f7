package dev.finsuite.export.schedule;

import java.util.UUID;

import dev.finsuite.common.web.ApiException;

/** The failures of report schedules, named as facts and heard as problems. */
final class ScheduleFailures {

    private ScheduleFailures() {
    }

    /** A missing schedule, or another tenant's. */
    static class ScheduleNotFound extends ApiException.NotFoundException {
        ScheduleNotFound(UUID id) {
            super("There is no report schedule " + id);
        }
    }
}
