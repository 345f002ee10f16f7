package dev.finsuite.common.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail as it is stored, read as the database owner past row-level security. */
public final class AuditRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditRows() {}

    /** One stored audit event; {@code before}/{@code after} are null where the action has none. */
    public record Row(
            UUID tenantId,
            String action,
            String actorKind,
            UUID actorId,
            String service,
            String entityType,
            UUID entityId,
            JsonNode before,
            JsonNode after,
            String requestId) {}

    /** The events of one entity, oldest first. */
    public static List<Row> of(String entityType, UUID entityId) throws SQLException {
        return query(
                "select * from audit_events where entity_type = ? and entity_id = ? order by occurred_at, id",
                entityType,
                entityId);
    }

    public static List<Row> ofTenant(UUID tenantId) throws SQLException {
        return query("select * from audit_events where tenant_id = ? order by occurred_at, id", tenantId);
    }

    /** The runtime role a service's pool uses may add to the trail and read it, never change or remove a row. */
    public static void assertUnchangeableThrough(DataSource serviceDataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(serviceDataSource);
        assertThatThrownBy(() -> jdbc.update("update audit_events set action = 'CREATE'"))
                .hasStackTraceContaining("permission denied for table audit_events");
        assertThatThrownBy(() -> jdbc.update("delete from audit_events"))
                .hasStackTraceContaining("permission denied for table audit_events");
        assertThatThrownBy(() -> jdbc.update("truncate audit_events"))
                .hasStackTraceContaining("permission denied for table audit_events");
    }

    private static List<Row> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    rows.add(new Row(
                            found.getObject("tenant_id", UUID.class),
                            found.getString("action"),
                            found.getString("actor_kind"),
                            found.getObject("actor_id", UUID.class),
                            found.getString("service"),
                            found.getString("entity_type"),
                            found.getObject("entity_id", UUID.class),
                            json(found.getString("before")),
                            json(found.getString("after")),
                            found.getString("request_id")));
                }
            }
            return rows;
        }
    }

    private static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }
}
