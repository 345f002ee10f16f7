package dev.finsuite.export.job;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One job as stored: what it produces, how far it got, and its file once it succeeded. */
record ExportJob(
        UUID id,
        UUID tenantId,
        JobKind kind,
        String entity,
        String format,
        Map<String, String> parameters,
        JobStatus status,
        long rowsWritten,
        Long totalRows,
        String error,
        String fileName,
        String contentType,
        Long sizeBytes,
        String sha256,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant expiresAt,
        int attempts,
        long version) {}
