package dev.finsuite.auth.apitoken;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, UUID> {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findByIdAndTenantIdAndUserId(UUID id, UUID tenantId, UUID userId);

    List<ApiToken> findAllByTenantIdAndUserIdOrderByCreatedAtDesc(UUID tenantId, UUID userId);

    long countByTenantIdAndUserIdAndRevokedAtIsNull(UUID tenantId, UUID userId);
}
