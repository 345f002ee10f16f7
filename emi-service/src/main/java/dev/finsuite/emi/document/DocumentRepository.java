package dev.finsuite.emi.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface DocumentRepository extends Repository<LoanDocument, UUID> {

    /** The list never loads file contents. */
    @Query("""
            select new dev.finsuite.emi.document.DocumentListing(d.id, d.originalName, d.storedName,
                d.contentType, d.sizeBytes, d.sha256, d.createdAt)
            from LoanDocument d where d.tenantId = :tenantId and d.loanId = :loanId order by d.createdAt, d.id""")
    List<DocumentListing> list(@Param("tenantId") UUID tenantId, @Param("loanId") UUID loanId);

    /** The bytes of all the tenant's documents, for its storage quota. */
    @Query("select coalesce(sum(d.sizeBytes), 0L) from LoanDocument d where d.tenantId = :tenantId")
    long storedBytes(@Param("tenantId") UUID tenantId);

    Optional<LoanDocument> findByIdAndTenantIdAndLoanId(UUID id, UUID tenantId, UUID loanId);

    @Transactional
    LoanDocument save(LoanDocument document);

    @Transactional
    void delete(LoanDocument document);
}
