package dev.finsuite.auth.tenant;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface TenantRepository extends Repository<Tenant, UUID> {

    Tenant save(Tenant tenant);

    Optional<Tenant> findById(UUID id);

    void flush();

    void delete(Tenant tenant);

    /** Serialises changes that must see a stable set of the tenant's owners. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Tenant t where t.id = :id")
    Optional<Tenant> lockById(UUID id);
}
