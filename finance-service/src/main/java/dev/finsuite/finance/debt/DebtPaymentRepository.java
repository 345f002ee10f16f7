package dev.finsuite.finance.debt;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface DebtPaymentRepository extends Repository<DebtPayment, UUID> {

    Optional<DebtPayment> findByIdAndTenantIdAndDebtId(UUID id, UUID tenantId, UUID debtId);

    Page<DebtPayment> findAllByTenantIdAndDebtId(UUID tenantId, UUID debtId, Pageable pageable);

    @Transactional
    DebtPayment save(DebtPayment payment);

    @Transactional
    void delete(DebtPayment payment);
}
