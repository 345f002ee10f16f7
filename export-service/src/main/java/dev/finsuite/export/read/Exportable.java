package dev.finsuite.export.read;

import java.util.List;
import java.util.Set;

/**
 * Something {@code GET /api/v1/exports/{entity}} writes: rows read with SQL from the owning service's tables
 * ({@link ExportedEntity}), or rows another service computes and export-service asks it for
 * ({@link ComputedEntity}).
 */
public sealed interface Exportable permits ExportedEntity, ComputedEntity {

    String name();

    List<Column> columns();

    Set<Filter> acceptedFilters();
}
