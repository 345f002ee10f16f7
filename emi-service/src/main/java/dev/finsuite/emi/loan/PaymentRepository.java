package dev.finsuite.emi.loan;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface PaymentRepository extends Repository<Payment, UUID> {

    List<Payment> findAllByTenantIdAndLoanIdOrderByInstalmentNumberAscCreatedAtAsc(UUID tenantId, UUID loanId);

    Optional<Payment> findByIdAndTenantIdAndLoanId(UUID id, UUID tenantId, UUID loanId);

    boolean existsByTenantIdAndLoanId(UUID tenantId, UUID loanId);

    boolean existsByTenantIdAndLoanIdAndInstalmentNumberGreaterThanEqual(UUID tenantId, UUID loanId, int number);

    @Transactional
    Payment save(Payment payment);

    @Transactional
    void delete(Payment payment);
}
