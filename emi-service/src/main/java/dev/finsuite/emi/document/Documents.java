package dev.finsuite.emi.document;

import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.emi.EmiQuotas;
import dev.finsuite.emi.loan.Loans;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loan documents: only PDF, PNG or JPEG by content, at most 10 MB, stored under a name the server makes. */
@Service
class Documents {

    private final DocumentRepository documents;
    private final Loans loans;
    private final TenantQuotas quotas;
    private final EmiQuotas limits;
    private final Clock clock;

    Documents(DocumentRepository documents, Loans loans, TenantQuotas quotas, EmiQuotas limits, Clock clock) {
        this.documents = documents;
        this.loans = loans;
        this.quotas = quotas;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    LoanDocument store(UUID tenantId, UUID loanId, Upload upload) {
        loans.get(tenantId, loanId);
        byte[] content = upload.content();
        quotas.require(
                tenantId,
                "documentStorageBytes",
                limits.documentStorage().toBytes(),
                content.length,
                () -> documents.storedBytes(tenantId));
        return documents.save(new LoanDocument(
                tenantId, loanId, upload.type(), upload.name(), content, Sha256.hex(content), clock.instant()));
    }

    @Transactional(readOnly = true)
    List<DocumentListing> list(UUID tenantId, UUID loanId) {
        loans.get(tenantId, loanId);
        return documents.list(tenantId, loanId);
    }

    @Transactional(readOnly = true)
    LoanDocument get(UUID tenantId, UUID loanId, UUID documentId) {
        return documents
                .findByIdAndTenantIdAndLoanId(documentId, tenantId, loanId)
                .orElseThrow(DocumentNotFound::new);
    }

    @Transactional
    void delete(UUID tenantId, UUID loanId, UUID documentId) {
        documents.delete(get(tenantId, loanId, documentId));
    }

    /** A file as received: its type recognised from the content, its name already made harmless. */
    record Upload(DocumentType type, String name, byte[] content) {}
}
