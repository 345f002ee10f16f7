package dev.finsuite.export.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A tenant's standing request for a report every week or month, as stored ({@code export_report_schedules}). */
record ReportSchedule(
        UUID id,
        UUID tenantId,
        String report,
        Cadence cadence,
        String format,
        String dialect,
        String locale,
        boolean active,
        LocalDate nextRunOn,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
