package dev.finsuite.emi.loan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface PrepaymentRepository extends Repository<PrepaymentRecord, UUID> {

    List<PrepaymentRecord> findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(UUID tenantId, UUID loanId);

    @Transactional
    PrepaymentRecord save(PrepaymentRecord prepayment);
}
