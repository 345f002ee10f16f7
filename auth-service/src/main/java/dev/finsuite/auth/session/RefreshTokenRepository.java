package dev.finsuite.auth.session;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RefreshTokenRepository extends Repository<RefreshToken, UUID> {

    RefreshToken save(RefreshToken token);

    /** Locked, so two refreshes racing with the same token cannot both rotate it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from RefreshToken t where t.id = :id and t.tenantId = :tenantId")
    Optional<RefreshToken> lockByIdAndTenantId(UUID id, UUID tenantId);

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RefreshToken t set t.revokedAt = :at, t.version = t.version + 1
            where t.tenantId = :tenantId and t.familyId = :familyId and t.revokedAt is null""")
    int revokeFamily(UUID tenantId, UUID familyId, Instant at);

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RefreshToken t set t.revokedAt = :at, t.version = t.version + 1
            where t.tenantId = :tenantId and t.userId = :userId and t.revokedAt is null
""")
    int revokeUser(UUID tenantId, UUID userId, Instant at);

    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update RefreshToken t set t.revokedAt = :at, t.version = t.version + 1
            where t.tenantId = :tenantId and t.userId = :userId and t.revokedAt is null
              and t.familyId <> :keepFamily""")
    int revokeUserExceptFamily(UUID tenantId, UUID userId, UUID keepFamily, Instant at);

    /** The user's sign-ins still open (a link not yet revoked), but for {@code keepFamily}. */
    @Query("""
            select distinct t.familyId from RefreshToken t
            where t.tenantId = :tenantId and t.userId = :userId and t.revokedAt is null and t.familyId <> :keepFamily""")
    List<UUID> openFamiliesExcept(UUID tenantId, UUID userId, UUID keepFamily);
}
