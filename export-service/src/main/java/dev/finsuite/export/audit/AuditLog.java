package dev.finsuite.export.audit;

import dev.finsuite.common.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a tenant's audit trail: every query names the tenant, and row-level security holds it to it as well. */
@Component
class AuditLog {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    AuditLog(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    PageResponse<AuditEventView> search(UUID tenant, AuditQuery query, Pageable page) {
        StringBuilder where = new StringBuilder(" where tenant_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(tenant));
        if (query.entityType() != null) {
            where.append(" and entity_type = ?");
            parameters.add(query.entityType());
        }
        if (query.entityId() != null) {
            where.append(" and entity_id = ?");
            parameters.add(query.entityId());
        }
        if (query.action() != null) {
            where.append(" and action = ?");
            parameters.add(query.action().name());
        }
        if (query.actor() != null) {
            where.append(" and actor_id = ?");
            parameters.add(query.actor());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= ?");
            parameters.add(OffsetDateTime.ofInstant(query.from(), java.time.ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < ?");
            parameters.add(OffsetDateTime.ofInstant(query.to(), java.time.ZoneOffset.UTC));
        }
        StringBuilder order = new StringBuilder(" order by ");
        for (Sort.Order by : page.getSort()) {
            order.append(by.getProperty()).append(by.isAscending() ? " asc, " : " desc, "); // a whitelisted column
        }
        order.append("id desc");
        Long total = jdbc.queryForObject("select count(*) from audit_events" + where, Long.class, parameters.toArray());
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.getPageSize());
        paged.add(page.getOffset());
        List<AuditEventView> items = jdbc.query(
                "select * from audit_events" + where + order + " limit ? offset ?", this::event, paged.toArray());
        long totalItems = total == null ? 0 : total;
        return new PageResponse<>(items, page.getPageNumber(), page.getPageSize(), totalItems, (int)
                ((totalItems + page.getPageSize() - 1) / page.getPageSize()));
    }

    private AuditEventView event(ResultSet row, int number) throws SQLException {
        return new AuditEventView(
                row.getObject("id", UUID.class),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor_kind"),
                row.getObject("actor_id", UUID.class),
                row.getString("service"),
                row.getString("action"),
                row.getString("entity_type"),
                row.getObject("entity_id", UUID.class),
                node(row.getString("before")),
                node(row.getString("after")),
                row.getString("request_id"));
    }

    private JsonNode node(String text) {
        return text == null ? null : json.readTree(text);
    }
}
