package dev.finsuite.common.audit;

/** What a change did to the entity it names; EXPORT and RESTORE are a tenant's data leaving or coming back whole. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    RESTORE
}
