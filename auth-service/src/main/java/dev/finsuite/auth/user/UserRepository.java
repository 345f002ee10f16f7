package dev.finsuite.auth.user;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Every query names the tenant; PostgreSQL's row-level security checks the same thing a second time. */
@Transactional(readOnly = true)
public interface UserRepository extends Repository<User, UUID> {

    User save(User user);

    void flush();

    void delete(User user);

    long countByTenantId(UUID tenantId);

    Optional<User> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<User> findAllByTenantId(UUID tenantId, Pageable pageable);

    long countByTenantIdAndRoleAndActiveTrue(UUID tenantId, Role role);

    @org.springframework.data.jpa.repository.Query("select u.id from User u where u.tenantId = :tenantId")
    java.util.List<UUID> idsOfTenant(UUID tenantId);
}
