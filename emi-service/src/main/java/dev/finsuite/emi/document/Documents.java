package dev.finsuite.emi.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.common.web.ApiException;
import dev.finsuite.common.web.ApiException.NotFoundException;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.emi.EmiQuotas;
import dev.finsuite.emi.loan.Loans;

/** Loan documents: only PDF, PNG or JPEG by content, at most 10 MB, stored under a name the server makes. */
@Service
class Documents {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final DocumentRepository documents;
    private final Loans loans;
    private final TenantQuotas quotas;
    private final EmiQuotas limits;

    Documents(DocumentRepository documents, Loans loans, TenantQuotas quotas, EmiQuotas limits) {
        this.documents = documents;
        this.loans = loans;
        this.quotas = quotas;
        this.limits = limits;
    }

    @Transactional
    LoanDocument store(UUID tenantId, UUID loanId, MultipartFile file) {
        loans.get(tenantId, loanId);
        byte[] content = read(file);
        DocumentType type = DocumentType.recognise(content).orElseThrow(() -> new UnsupportedDocument());
        String name = FileNames.sanitise(file.getOriginalFilename(), type.extension());
        quotas.require(tenantId, "documentStorageBytes", limits.documentStorage().toBytes(), content.length,
                () -> documents.storedBytes(tenantId));
        return documents.save(new LoanDocument(tenantId, loanId, type, name, content, Sha256.hex(content)));
    }

    @Transactional(readOnly = true)
    List<DocumentListing> list(UUID tenantId, UUID loanId) {
        loans.get(tenantId, loanId);
        return documents.list(tenantId, loanId);
    }

    @Transactional(readOnly = true)
    LoanDocument get(UUID tenantId, UUID loanId, UUID documentId) {
        return documents.findByIdAndTenantIdAndLoanId(documentId, tenantId, loanId)
                .orElseThrow(() -> new NotFoundException("No such document"));
    }

    @Transactional
    void delete(UUID tenantId, UUID loanId, UUID documentId) {
        documents.delete(get(tenantId, loanId, documentId));
    }

    /** Reads at most one byte past the limit, whatever size the client declared. */
    private static byte[] read(MultipartFile file) {
        if (file.isEmpty()) {
            throw new ValidationException("file", "must not be empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new DocumentTooLarge();
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new DocumentTooLarge();
            }
            return content;
        } catch (IOException e) {
            throw new ValidationException("file", "could not be read");
        }
    }

    static class DocumentTooLarge extends ApiException {
        DocumentTooLarge() {
            super(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "A document may be at most 10 MB");
        }
    }

    static class UnsupportedDocument extends ApiException {
        UnsupportedDocument() {
            super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type",
                    "Only PDF, PNG and JPEG files are accepted, recognised by their content");
        }
    }
}
