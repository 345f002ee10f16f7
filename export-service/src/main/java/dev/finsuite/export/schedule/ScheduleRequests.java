package dev.finsuite.export.schedule;

import dev.finsuite.export.schedule.ScheduleFailures.ReportIsFixed;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** The schedule endpoints' request bodies: a whole new schedule, and a change whose absent fields stay. */
final class ScheduleRequests {

    /** As {@link ScheduleSettings} names a missing report: the annotation needs the list as a constant. */
    static final String REPORT_REQUIRED =
            "is required: one of income-statement, cash-flow, budget-vs-actual, net-worth, investments";

    private ScheduleRequests() {}

    /** A new schedule: all but dialect and locale required; what each must be is {@link ScheduleSettings}' rule. */
    record NewSchedule(
            @NotBlank(message = REPORT_REQUIRED) String report,

            @NotBlank(message = "is required: WEEKLY or MONTHLY")
            String cadence,

            @NotBlank(message = "is required: csv or xlsx") String format,
            String dialect,
            String locale) {

        ScheduleSettings settings() {
            return ScheduleSettings.validated(report, cadence, format, dialect, locale);
        }
    }

    /** A change: each field given replaces the stored one (null: unchanged); the report itself cannot change. */
    record ScheduleChange(
            @Nullable String report,
            @Nullable String cadence,
            @Nullable String format,
            @Nullable String dialect,
            @Nullable String locale,
            @Nullable Boolean active) {

        /**
         * The schedule's settings once changed. A new format drops a dialect and locale not given with it, and a
         * new dialect a locale not given with it, since those belonged to what is replaced.
         */
        ScheduleSettings settingsAfter(ReportSchedule current) {
            if (report != null && !report.strip().equals(current.report())) {
                throw new ReportIsFixed();
            }
            boolean formatChanged = format != null && !format.strip().equalsIgnoreCase(current.format());
            String newDialect = dialect != null ? dialect : formatChanged ? null : current.dialect();
            String newLocale = locale != null ? locale : formatChanged || dialect != null ? null : current.locale();
            return ScheduleSettings.validated(
                    current.report(),
                    cadence != null ? cadence : current.cadence().name(),
                    format != null ? format : current.format(),
                    newDialect,
                    newLocale);
        }

        boolean activeAfter(ReportSchedule current) {
            return active != null ? active : current.active();
        }
    }
}
