package dev.finsuite.investment.watchlist;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface AlertEventRepository extends Repository<AlertEvent, UUID> {

    Page<AlertEvent> findAllByTenantId(UUID tenantId, Pageable pageable);

    Page<AlertEvent> findAllByTenantIdAndAlertId(UUID tenantId, UUID alertId, Pageable pageable);

    @Transactional
    AlertEvent save(AlertEvent event);
}
