package dev.finsuite.export.schedule;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.export.openapi.ProblemResponses;
import dev.finsuite.export.schedule.ScheduleRequests.NewSchedule;
import dev.finsuite.export.schedule.ScheduleRequests.ScheduleChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports/schedules}: a report every week or month, produced as a REPORT job once the period ends
 * and kept in the tenant's export list ({@code GET /api/v1/exports/jobs?kind=REPORT}). Reads need VIEWER, writes
 * MEMBER (the suite's rule); another tenant's schedule is a 404.
 */
@RestController
@RequestMapping(ScheduleController.PATH)
@Tag(name = "Scheduled reports", description = "Reports produced every week or month into the export list")
class ScheduleController {

    static final String PATH = "/api/v1/reports/schedules";
    private static final String EXAMPLE = """
            {"id":"6b1f0c2e-8d4a-4f5e-9a71-2c3d4e5f6a7b","report":"income-statement","cadence":"MONTHLY","format":"csv",\
            "dialect":"excel","locale":"de-DE","active":true,"nextRunOn":"2026-12-01",\
            "nextPeriod":{"from":"2026-11-01","to":"2026-11-30"},"createdAt":"2026-11-24T10:00:00Z",\
            "updatedAt":"2026-11-24T10:00:00Z","version":0}""";
    private static final String PAGE =
            "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":50,\"totalItems\":1," + "\"totalPages\":1}";
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at", "nextRunOn", "next_run_on");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "created_at");

    private final ReportSchedules schedules;

    ScheduleController(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    /** A schedule as the API shows it, with the period its next run will produce. */
    record ScheduleView(
            UUID id,
            String report,
            Cadence cadence,
            String format,
            String dialect,
            String locale,
            boolean active,
            LocalDate nextRunOn,
            Cadence.Period nextPeriod,
            Instant createdAt,
            Instant updatedAt,
            long version) {

        static ScheduleView of(ReportSchedule s) {
            return new ScheduleView(
                    s.id(),
                    s.report(),
                    s.cadence(),
                    s.format(),
                    s.dialect(),
                    s.locale(),
                    s.active(),
                    s.nextRunOn(),
                    s.cadence().endedBefore(s.nextRunOn()),
                    s.createdAt(),
                    s.updatedAt(),
                    s.version());
        }
    }

    @Operation(
            summary = "Schedule a report",
            description = "report: income-statement, cash-flow, budget-vs-actual, net-worth or investments; cadence: "
                    + "WEEKLY (ISO weeks, Monday first) or MONTHLY; format: csv or xlsx; for csv, dialect (data or "
                    + "excel) and locale (with excel) as for exports. The first run is on the first day of the next "
                    + "week or month in the tenant's time zone, and produces the period that just ended.",
            responses = {
                @ApiResponse(
                        responseCode = "201",
                        description = "The schedule",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "schedule", value = EXAMPLE))),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @PostMapping
    ResponseEntity<ScheduleView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewSchedule body) {
        ReportSchedule created = schedules.create(caller.tenantId(), caller.userId(), body.settings());
        return ResponseEntity.created(URI.create(PATH + "/" + created.id()))
                .cacheControl(CacheControl.noStore())
                .eTag(ETags.of(created.version()))
                .body(ScheduleView.of(created));
    }

    @Operation(
            summary = "The tenant's report schedules",
            description = "Newest first, paged (page, size, " + "sort=createdAt or nextRunOn with ,asc or ,desc).",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "A page of schedules",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "schedules", value = PAGE))),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED)
            })
    @GetMapping
    PageResponse<ScheduleView> list(@AuthenticationPrincipal AuthenticatedUser caller, PageQuery paging) {
        Pageable pageable = paging.pageable(SORTABLE, NEWEST_FIRST);
        PageResponse<ReportSchedule> found = schedules.list(caller.tenantId(), pageable);
        return found.map(ScheduleView::of);
    }

    @Operation(
            summary = "One report schedule",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The schedule",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "schedule", value = EXAMPLE))),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
            })
    @GetMapping("/{id}")
    ResponseEntity<ScheduleView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        ReportSchedule schedule = schedules.get(caller.tenantId(), id);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .eTag(ETags.of(schedule.version()))
                .body(ScheduleView.of(schedule));
    }

    @Operation(
            summary = "Change a report schedule",
            description = "cadence, format, dialect, locale, active: each given one replaces the stored one (a new "
                    + "format drops a dialect and locale not given with it). A new cadence, or switching the schedule "
                    + "back on, moves the next run to the start of the next period from today. The report cannot "
                    + "change: schedule another one.",
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The changed schedule",
                        content =
                                @Content(
                                        mediaType = "application/json",
                                        examples = @ExampleObject(name = "schedule", value = EXAMPLE))),
                @ApiResponse(responseCode = "400", ref = ProblemResponses.VALIDATION_FAILED),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
            })
    @PatchMapping("/{id}")
    ResponseEntity<ScheduleView> change(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @RequestBody ScheduleChange body) {
        ReportSchedule changed = schedules.change(caller.tenantId(), id, ifMatch, body);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .eTag(ETags.of(changed.version()))
                .body(ScheduleView.of(changed));
    }

    @Operation(
            summary = "Delete a report schedule",
            description = "The reports it produced stay in the export list.",
            responses = {
                @ApiResponse(responseCode = "204", description = "Deleted (no body)"),
                @ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
            })
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        schedules.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }
}
