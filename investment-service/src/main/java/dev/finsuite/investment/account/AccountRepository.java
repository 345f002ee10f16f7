package dev.finsuite.investment.account;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    long countByTenantId(UUID tenantId);

    Optional<Account> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<Account> findAllByTenantId(UUID tenantId, Pageable pageable);

    List<Account> findAllByTenantIdOrderByName(UUID tenantId);

    boolean existsByTenantIdAndNameIgnoreCaseAndIdNot(UUID tenantId, String name, UUID id);

    /** Writes to an account's activities take this lock, so two sells cannot both pass the quantity check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id and a.tenantId = :tenantId")
    Optional<Account> lockByIdAndTenantId(UUID id, UUID tenantId);
}
