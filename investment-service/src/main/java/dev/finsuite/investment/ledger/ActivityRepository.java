package dev.finsuite.investment.ledger;

import dev.finsuite.investment.engine.ActivityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, UUID> {

    Optional<Activity> findByIdAndTenantId(UUID id, UUID tenantId);

    List<Activity> findAllByTenantIdAndAccountIdAndAssetId(UUID tenantId, UUID accountId, UUID assetId);

    @Query("select distinct a.accountId from Activity a where a.tenantId = :tenantId and a.assetId = :assetId")
    List<UUID> accountsHolding(UUID tenantId, UUID assetId);

    boolean existsByTenantIdAndImportKey(UUID tenantId, String importKey);

    /** The tenant's activities still without a conversion, oldest first. */
    @Query(
            "select a from Activity a where a.tenantId = :tenantId and a.baseAmount is null order by a.activityDate, a.id")
    List<Activity> pendingConversions(@Param("tenantId") UUID tenantId, Pageable limit);

    /** The same, after the given (day, id): where the previous batch stopped. */
    @Query("""
            select a from Activity a where a.tenantId = :tenantId and a.baseAmount is null
              and (a.activityDate > :afterDate or (a.activityDate = :afterDate and a.id > :afterId))
            order by a.activityDate, a.id""")
    List<Activity> pendingConversionsAfter(
            @Param("tenantId") UUID tenantId,
            @Param("afterDate") LocalDate afterDate,
            @Param("afterId") UUID afterId,
            Pageable limit);

    @Query("""
            select a from Activity a where a.tenantId = :tenantId
              and (:accountId is null or a.accountId = :accountId)
              and (:assetId is null or a.assetId = :assetId)
              and (:type is null or a.activityType = :type)
              and a.activityDate between :fromDate and :toDate""")
    Page<Activity> search(
            UUID tenantId,
            UUID accountId,
            UUID assetId,
            ActivityType type,
            LocalDate fromDate,
            LocalDate toDate,
            Pageable pageable);
}
