package dev.finsuite.common.audit;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.RequestIdFilter;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one row of the tenant's audit trail with the connection of the transaction that makes the change, so the
 * row commits with the change or not at all: a call outside a read-write transaction is refused. Who acted comes
 * from the security context (a signed-in user, or a job when there is none), the tenant from {@link TenantContext},
 * the request id from the log context. Before and after are JSON snapshots of whatever the service shows of the
 * entity, amounts as decimal strings; take the "before" with {@link #snapshot} ahead of changing a mutable entity.
 */
public class AuditTrail {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final String service;

    public AuditTrail(JdbcTemplate jdbc, JsonMapper json, String service) {
        this.jdbc = jdbc;
        this.json = json;
        this.service = service;
    }

    /** The entity as it is now, fixed: later changes to {@code state} do not reach the snapshot. */
    public Snapshot snapshot(Object state) {
        return state instanceof Snapshot taken ? taken : new Snapshot(json.valueToTree(state));
    }

    public void created(String entityType, UUID entityId, Object after) {
        record(AuditAction.CREATE, entityType, entityId, null, after);
    }

    public void updated(String entityType, UUID entityId, Object before, Object after) {
        record(AuditAction.UPDATE, entityType, entityId, before, after);
    }

    public void deleted(String entityType, UUID entityId, Object before) {
        record(AuditAction.DELETE, entityType, entityId, before, null);
    }

    public void record(AuditAction action, String entityType, UUID entityId, Object before, Object after) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("An audit event is written inside the transaction of its change");
        }
        UUID actor = currentUser();
        jdbc.update(
                """
                insert into audit_events (id, tenant_id, occurred_at, actor_id, actor_kind, service, action, entity_type,
                    entity_id, before, after, request_id)
                values (?, ?, clock_timestamp(), ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""",
                UUID.randomUUID(),
                TenantContext.require(),
                actor,
                actor == null ? "JOB" : "USER",
                service,
                action.name(),
                entityType,
                entityId,
                text(before),
                text(after),
                MDC.get(RequestIdFilter.LOG_KEY));
    }

    private String text(Object state) {
        return state == null ? null : json.writeValueAsString(snapshot(state).json());
    }

    private static UUID currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                ? user.userId()
                : null;
    }

    /** An entity's state as JSON, taken at one moment. */
    public record Snapshot(JsonNode json) {}
}
