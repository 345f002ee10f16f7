package dev.finsuite.emi.loan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RateChangeRepository extends Repository<RateChangeRecord, UUID> {

    List<RateChangeRecord> findAllByTenantIdAndLoanIdOrderByCreatedAtAsc(UUID tenantId, UUID loanId);

    @Transactional
    RateChangeRecord save(RateChangeRecord change);
}
