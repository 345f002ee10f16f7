package dev.finsuite.emi.loan;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface LoanRepository extends Repository<Loan, UUID> {

    long countByTenantId(UUID tenantId);

    Optional<Loan> findByIdAndTenantId(UUID id, UUID tenantId);

    /** Money movements lock their loan, so two of them can never both count against the same instalment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Loan l where l.id = :id and l.tenantId = :tenantId")
    Optional<Loan> lockByIdAndTenantId(@Param("id") UUID id, @Param("tenantId") UUID tenantId);

    @Query("""
            select l from Loan l where l.tenantId = :tenantId
            and (:status is null or l.status = :status) and (:type is null or l.loanType = :type)""")
    Page<Loan> search(
            @Param("tenantId") UUID tenantId,
            @Param("status") LoanStatus status,
            @Param("type") LoanType type,
            Pageable pageable);

    List<Loan> findAllByTenantIdAndStatus(UUID tenantId, LoanStatus status);

    @Transactional
    Loan save(Loan loan);

    @Transactional
    void delete(Loan loan);

    /** Writes pending changes now, so the response carries the version they produced. */
    @Transactional
    void flush();
}
