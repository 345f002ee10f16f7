package dev.finsuite.auth.twofactor;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TwoFactorSecretRepository extends Repository<TwoFactorSecret, UUID> {

    TwoFactorSecret save(TwoFactorSecret secret);

    Optional<TwoFactorSecret> findByUserIdAndTenantId(UUID userId, UUID tenantId);

    /** The row locked, so two sign-ins with the same code cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from TwoFactorSecret s where s.userId = :userId and s.tenantId = :tenantId")
    Optional<TwoFactorSecret> lockByUserIdAndTenantId(UUID userId, UUID tenantId);

    void delete(TwoFactorSecret secret);

    void flush();

    @Query("select s.userId from TwoFactorSecret s where s.tenantId = :tenantId and s.confirmedAt is not null")
    List<UUID> confirmedUsers(UUID tenantId);
}
