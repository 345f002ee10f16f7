package dev.finsuite.emi.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file kept with a loan (sanction letter, statement, receipt). Its bytes live in PostgreSQL beside it. */
@Entity
@Table(name = "emi_documents")
class LoanDocument {

    @Id
    private UUID id;

    private UUID tenantId;
    private UUID loanId;
    private String storedName;
    private String originalName;
    private String contentType;
    private int sizeBytes;
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private Instant createdAt;

    protected LoanDocument() {}

    LoanDocument(
            UUID tenantId,
            UUID loanId,
            DocumentType type,
            String originalName,
            byte[] content,
            String sha256,
            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.loanId = loanId;
        this.storedName = id + "." + type.extension();
        this.originalName = originalName;
        this.contentType = type.mediaType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.createdAt = uploadedAt;
    }

    UUID getId() {
        return id;
    }

    String getStoredName() {
        return storedName;
    }

    String getOriginalName() {
        return originalName;
    }

    String getContentType() {
        return contentType;
    }

    int getSizeBytes() {
        return sizeBytes;
    }

    String getSha256() {
        return sha256;
    }

    byte[] getContent() {
        return content;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
