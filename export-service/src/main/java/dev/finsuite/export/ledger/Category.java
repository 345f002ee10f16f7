package dev.finsuite.export.ledger;

import java.util.UUID;

/** A category as finance-service keeps it (system or the tenant's own), with its parent's name if it has one. */
public record Category(UUID id, String name, Kind type, UUID parentId, String parentName) {}
