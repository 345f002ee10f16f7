package dev.finsuite.finance.budget;

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
interface BudgetRepository extends Repository<Budget, UUID> {

    long countByTenantId(UUID tenantId);

    Optional<Budget> findByIdAndTenantId(UUID id, UUID tenantId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Budget b where b.id = :id and b.tenantId = :tenantId")
    Optional<Budget> lock(@Param("id") UUID id, @Param("tenantId") UUID tenantId);

    Page<Budget> findAllByTenantId(UUID tenantId, Pageable pageable);

    List<Budget> findAllByTenantIdOrderByNameAscIdAsc(UUID tenantId);

    @Transactional
    Budget save(Budget budget);

    @Transactional
    void delete(Budget budget);

    @Transactional
    void flush();
}
