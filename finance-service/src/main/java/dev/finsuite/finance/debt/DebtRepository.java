package dev.finsuite.finance.debt;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
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
interface DebtRepository extends Repository<Debt, UUID> {

    Optional<Debt> findByIdAndTenantIdAndDirection(UUID id, UUID tenantId, Direction direction);

    /** Every money movement locks its debt, so two repayments can never both fit the same outstanding amount. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Debt d where d.id = :id and d.tenantId = :tenantId and d.direction = :direction")
    Optional<Debt> lock(
            @Param("id") UUID id, @Param("tenantId") UUID tenantId, @Param("direction") Direction direction);

    /** status: SETTLED, OVERDUE or OPEN as {@link Debt#status} defines them, or null for all. */
    @Query("""
            select d from Debt d where d.tenantId = :tenantId and d.direction = :direction
            and (:status is null
                 or (:status = 'SETTLED' and d.paid = d.totalDue)
                 or (:status = 'OVERDUE' and d.paid < d.totalDue and d.dueDate < :today)
                 or (:status = 'OPEN' and d.paid < d.totalDue and (d.dueDate is null or d.dueDate >= :today)))
            and (:name is null or lower(d.counterpartyName) = :name)""")
    Page<Debt> search(
            @Param("tenantId") UUID tenantId,
            @Param("direction") Direction direction,
            @Param("status") String status,
            @Param("today") LocalDate today,
            @Param("name") String name,
            Pageable pageable);

    @Transactional
    Debt save(Debt debt);

    @Transactional
    void delete(Debt debt);

    @Transactional
    void flush();
}
