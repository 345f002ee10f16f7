package dev.finsuite.export.schedule;

import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.export.format.CsvDialect;
import dev.finsuite.export.format.Format;
import dev.finsuite.export.report.ScheduledReports;
import dev.finsuite.export.tabular.FileParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a schedule produces, every field checked (all bad ones named in one 400): a schedulable report, a cadence,
 * csv or xlsx, and for csv the dialect and locale exports take, read by the same parser exports use.
 * {@code dialect} is stored as {@code data} or {@code excel} for csv and null for xlsx.
 */
record ScheduleSettings(String report, Cadence cadence, String format, String dialect, String locale) {

    static ScheduleSettings validated(String report, String cadence, String format, String dialect, String locale) {
        List<FieldError> errors = new ArrayList<>();
        String reportName = report == null ? null : report.strip();
        if (reportName == null || reportName.isEmpty()) {
            errors.add(new FieldError("report", "is required: one of " + String.join(", ", ScheduledReports.NAMES)));
        } else if (!ScheduledReports.NAMES.contains(reportName)) {
            errors.add(new FieldError("report", "must be one of " + String.join(", ", ScheduledReports.NAMES)));
        }
        Cadence chosenCadence = null;
        if (cadence == null || cadence.isBlank()) {
            errors.add(new FieldError("cadence", "is required: WEEKLY or MONTHLY"));
        } else {
            try {
                chosenCadence = Cadence.valueOf(cadence.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("cadence", "must be WEEKLY or MONTHLY"));
            }
        }
        Format chosenFormat = null;
        if (format == null || format.isBlank()) {
            errors.add(new FieldError("format", "is required: csv or xlsx"));
        } else {
            chosenFormat =
                    Format.named(format.strip()).filter(f -> f != Format.JSONL).orElse(null);
            if (chosenFormat == null) {
                errors.add(new FieldError("format", "must be csv or xlsx"));
            }
        }
        String dialectName = blankToNull(dialect);
        String localeTag = blankToNull(locale);
        if (localeTag != null && localeTag.length() > 35) {
            errors.add(new FieldError("locale", "must be a language tag such as de-DE or en-US"));
        } else if (chosenFormat != null) {
            CsvDialect parsed = FileParameters.dialect(chosenFormat, dialectName, localeTag, errors);
            if (parsed != null && dialectName == null) {
                dialectName = "data";
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream().distinct().toList());
        }
        return new ScheduleSettings(
                reportName,
                chosenCadence,
                chosenFormat.extension(),
                chosenFormat == Format.CSV ? dialectName : null,
                localeTag);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
