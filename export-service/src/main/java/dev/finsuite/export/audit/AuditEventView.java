package dev.finsuite.export.audit;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One event of the trail as the API shows it. {@code actorId} is the user who acted, null when {@code actorKind} is
 * JOB; {@code before} is left out for a CREATE and {@code after} for a DELETE (the suite omits nulls).
 */
record AuditEventView(
        UUID id,
        Instant occurredAt,
        String actorKind,
        UUID actorId,
        String service,
        String action,
        String entityType,
        UUID entityId,
        JsonNode before,
        JsonNode after,
        String requestId) {}
