package dev.finsuite.auth.twofactor;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RecoveryCodeRepository extends Repository<RecoveryCode, UUID> {

    RecoveryCode save(RecoveryCode code);

    Optional<RecoveryCode> findByUserIdAndTenantIdAndCodeHash(UUID userId, UUID tenantId, String codeHash);

    long countByUserIdAndTenantIdAndUsedAtIsNull(UUID userId, UUID tenantId);

    @Modifying
    @Query("delete from RecoveryCode c where c.userId = :userId and c.tenantId = :tenantId")
    int deleteAllOf(UUID userId, UUID tenantId);
}
