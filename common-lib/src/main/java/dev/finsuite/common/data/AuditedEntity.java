package dev.finsuite.common.data;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * The columns every mutable table of the suite has: {@code created_at}, {@code updated_at} and the
 * {@code version} that optimistic locking and ETags rest on. A new entity has a null version, so
 * Spring Data persists it (one INSERT) even when its id was assigned up front.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @PrePersist
    void stampCreation() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** 0 until first saved; the ETag of the resource. */
    public long getVersion() {
        return version == null ? 0 : version;
    }
}
