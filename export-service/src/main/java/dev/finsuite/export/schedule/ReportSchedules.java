package dev.finsuite.export.schedule;

import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.export.format.Format;
import dev.finsuite.export.schedule.ScheduleFailures.ScheduleNotFound;
import dev.finsuite.export.schedule.ScheduleRequests.ScheduleChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schedules in PostgreSQL ({@code export_report_schedules}, V13), each read and written in its tenant's
 * transaction under row-level security. Only finding the due ones crosses tenants, through V13's SECURITY
 * DEFINER function. "Today" is the database's date in the tenant's time zone, the same date that function uses.
 */
@Component
class ReportSchedules {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, tenant_id, report, cadence, format, dialect, locale, active, next_run_on, created_by, created_at,
            updated_at, version""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReportSchedules(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    ReportSchedule create(UUID tenant, UUID createdBy, ScheduleSettings settings) {
        return inTenant(tenant, () -> {
            UUID id = UUID.randomUUID();
            jdbc.update(
                    """
                    insert into export_report_schedules (id, tenant_id, report, cadence, format, dialect, locale, active,
                        next_run_on, created_by) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?)""",
                    id,
                    tenant,
                    settings.report(),
                    settings.cadence().name(),
                    settings.format(),
                    settings.dialect(),
                    settings.locale(),
                    settings.cadence().nextRunAfter(today(tenant)),
                    createdBy);
            return select(tenant, id).orElseThrow();
        });
    }

    ReportSchedule get(UUID tenant, UUID id) {
        return inTenant(tenant, () -> select(tenant, id)).orElseThrow(() -> new ScheduleNotFound(id));
    }

    /**
     * Applies what the change names onto the schedule as it is, once the caller's expected version holds (checked
     * under the row's lock); one deleted meanwhile is not found.
     */
    ReportSchedule change(UUID tenant, UUID id, ExpectedVersion expected, ScheduleChange change) {
        ReportSchedule current = get(tenant, id);
        return update(tenant, id, expected, change.settingsAfter(current), change.activeAfter(current))
                .orElseThrow(() -> new ScheduleNotFound(id));
    }

    /** A page of the tenant's schedules, newest first unless asked otherwise. */
    PageResponse<ReportSchedule> list(UUID tenant, Pageable page) {
        StringBuilder order = new StringBuilder(" order by ");
        for (Sort.Order by : page.getSort()) {
            order.append(by.getProperty()).append(by.isAscending() ? " asc, " : " desc, "); // a whitelisted column
        }
        order.append("id desc");
        return inTenant(tenant, () -> {
            Long total = jdbc.queryForObject(
                    "select count(*) from export_report_schedules where tenant_id = ?", Long.class, tenant);
            List<ReportSchedule> items = jdbc.query(
                    "select " + COLUMNS + " from export_report_schedules where tenant_id = ?" + order
                            + " limit ? offset ?",
                    ReportSchedules::schedule,
                    tenant,
                    page.getPageSize(),
                    page.getOffset());
            long totalItems = total == null ? 0 : total;
            return new PageResponse<>(items, page.getPageNumber(), page.getPageSize(), totalItems, (int)
                    ((totalItems + page.getPageSize() - 1) / page.getPageSize()));
        });
    }

    /**
     * Applies a change: {@code settings} replace what the schedule produces. The next run is worked out again when
     * the cadence changes or the schedule is switched back on, so neither queues a period from before the change.
     */
    private Optional<ReportSchedule> update(
            UUID tenant, UUID id, ExpectedVersion expected, ScheduleSettings settings, boolean active) {
        return inTenant(tenant, () -> {
            Optional<ReportSchedule> current = jdbc
                    .query(
                            "select " + COLUMNS
                                    + " from export_report_schedules where tenant_id = ? and id = ? for update",
                            ReportSchedules::schedule,
                            tenant,
                            id)
                    .stream()
                    .findFirst();
            if (current.isEmpty()) {
                return Optional.empty();
            }
            ReportSchedule before = current.get();
            expected.check(before.version());
            LocalDate nextRunOn = before.nextRunOn();
            if (before.cadence() != settings.cadence() || active && !before.active()) {
                nextRunOn = settings.cadence().nextRunAfter(today(tenant));
            }
            jdbc.update(
                    """
                    update export_report_schedules set cadence = ?, format = ?, dialect = ?, locale = ?, active = ?,
                        next_run_on = ?, updated_at = now(), version = version + 1
                    where tenant_id = ? and id = ?""",
                    settings.cadence().name(),
                    settings.format(),
                    settings.dialect(),
                    settings.locale(),
                    active,
                    nextRunOn,
                    tenant,
                    id);
            return select(tenant, id);
        });
    }

    /** Deletes the schedule once the expected version holds; the reports it produced stay in the export list. */
    void delete(UUID tenant, UUID id, ExpectedVersion expected) {
        boolean deleted = inTenant(tenant, () -> {
            List<Long> version = jdbc.queryForList(
                    "select version from export_report_schedules where tenant_id = ? and id = ? for update",
                    Long.class,
                    tenant,
                    id);
            if (version.isEmpty()) {
                return false;
            }
            expected.check(version.get(0));
            return jdbc.update("delete from export_report_schedules where tenant_id = ? and id = ?", tenant, id) > 0;
        });
        if (!deleted) {
            throw new ScheduleNotFound(id);
        }
    }

    /** The active schedules due today in their tenant's time zone, across tenants (V13's function). */
    List<Due> due() {
        return transaction.execute(status -> jdbc.query(
                "select schedule_id, schedule_tenant from export_due_report_schedules()",
                (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))));
    }

    /** A schedule that was due when listed. */
    record Due(UUID id, UUID tenant) {}

    /**
     * In the schedule's tenant's transaction: queues the report of the latest period that ended (one only, however
     * many were missed) as a REPORT job, unless that period's job exists already, and moves {@code next_run_on} to
     * the start of the next period. Returns the queued job's id; empty when the schedule is no longer due or the
     * period was queued before (by another replica, or an earlier run that died before moving the date).
     */
    Optional<UUID> queueDue(Due due) {
        return inTenant(due.tenant(), () -> {
            LocalDate today = today(due.tenant());
            Optional<ReportSchedule> found =
                    jdbc
                            .query("select " + COLUMNS + """
                     from export_report_schedules
                    where tenant_id = ? and id = ? and active and next_run_on <= ? for update""", ReportSchedules::schedule, due.tenant(), due.id(), today)
                            .stream()
                            .findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ReportSchedule schedule = found.get();
            Cadence cadence = schedule.cadence();
            LocalDate runOn = cadence.periodStart(today);
            Cadence.Period period = cadence.endedBefore(runOn);
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("from", period.from().toString());
            parameters.put("to", period.to().toString());
            if (schedule.dialect() != null) {
                parameters.put("dialect", schedule.dialect());
            }
            if (schedule.locale() != null) {
                parameters.put("locale", schedule.locale());
            }
            String fileName = "finsuite-report-" + schedule.report() + "-" + cadence.label(period.from()) + "."
                    + schedule.format();
            String contentType = Format.named(schedule.format()).orElseThrow().contentType();
            UUID job = UUID.randomUUID();
            int queued = jdbc.update(
                    """
                    insert into export_jobs (id, tenant_id, kind, entity, format, parameters, status, file_name,
                        content_type, created_by, schedule_id, period_start, period_end)
                    values (?, ?, 'REPORT', ?, ?, ?::jsonb, 'QUEUED', ?, ?, ?, ?, ?, ?)
                    on conflict (schedule_id, period_start) do nothing""",
                    job,
                    due.tenant(),
                    schedule.report(),
                    schedule.format(),
                    JSON.writeValueAsString(parameters),
                    fileName,
                    contentType,
                    schedule.createdBy(),
                    schedule.id(),
                    period.from(),
                    period.to());
            jdbc.update("""
                    update export_report_schedules set next_run_on = ?, updated_at = now(), version = version + 1
                    where tenant_id = ? and id = ?""", cadence.plusPeriods(runOn, 1), due.tenant(), due.id());
            return queued > 0 ? Optional.of(job) : Optional.empty();
        });
    }

    /** The application clock's day in the tenant's time zone (PostgreSQL reads the zone, as it stores it). */
    private LocalDate today(UUID tenant) {
        return jdbc.queryForObject(
                "select (?::timestamptz at time zone timezone)::date from tenants where id = ?",
                LocalDate.class,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                tenant);
    }

    private Optional<ReportSchedule> select(UUID tenant, UUID id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from export_report_schedules where tenant_id = ? and id = ?",
                        ReportSchedules::schedule,
                        tenant,
                        id)
                .stream()
                .findFirst();
    }

    private <T> T inTenant(UUID tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> transaction.execute(status -> work.get()));
    }

    private static ReportSchedule schedule(ResultSet rs, int row) throws SQLException {
        return new ReportSchedule(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("report"),
                Cadence.valueOf(rs.getString("cadence")),
                rs.getString("format"),
                rs.getString("dialect"),
                rs.getString("locale"),
                rs.getBoolean("active"),
                rs.getObject("next_run_on", LocalDate.class),
                rs.getObject("created_by", UUID.class),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
