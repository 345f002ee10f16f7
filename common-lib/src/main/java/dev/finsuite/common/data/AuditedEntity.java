package dev.finsuite.common.data;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * The columns every mutable table of the suite has: {@code created_at}, {@code updated_at} and the
 * {@code version} that optimistic locking and ETags rest on. A new entity has a null version, so
 * Spring Data persists it (one INSERT) even when its id was assigned up front. The stamps come from the
 * application's {@code Clock} (Spring Data auditing, wired by common-lib), so tests can fix the time.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    @CreatedDate
    private Instant createdAt;

    @LastModifiedDate
    private Instant updatedAt;

    @Version
    private Long version;

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
