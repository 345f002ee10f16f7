package dev.finsuite.finance.recurring;

import dev.finsuite.finance.support.Kind;
import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface RecurringRuleRepository extends Repository<RecurringRule, UUID> {

    long countByTenantId(UUID tenantId);

    Optional<RecurringRule> findByIdAndTenantId(UUID id, UUID tenantId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RecurringRule r where r.id = :id and r.tenantId = :tenantId")
    Optional<RecurringRule> lock(@Param("id") UUID id, @Param("tenantId") UUID tenantId);

    /**
     * The tenant's rule whose next occurrence is the oldest due, leaving out those already visited in this run
     * ({@code visited} is never empty: callers pass a placeholder id), locked. A rule another worker holds is
     * skipped, not waited for (that worker is creating its occurrences). Ask with a page of one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select r from RecurringRule r where r.tenantId = :tenantId and r.active and r.nextDate <= :today "
            + "and r.id not in :visited order by r.nextDate, r.id")
    List<RecurringRule> lockOldestDue(
            @Param("tenantId") UUID tenantId,
            @Param("today") LocalDate today,
            @Param("visited") Collection<UUID> visited,
            Pageable one);

    /** The date of the tenant's oldest due occurrence among the rules not visited yet, or null when none is due. */
    @Query("select min(r.nextDate) from RecurringRule r where r.tenantId = :tenantId and r.active "
            + "and r.nextDate <= :today and r.id not in :visited")
    LocalDate oldestDue(
            @Param("tenantId") UUID tenantId,
            @Param("today") LocalDate today,
            @Param("visited") Collection<UUID> visited);

    @Query("select r from RecurringRule r where r.tenantId = :tenantId and (:kind is null or r.kind = :kind) "
            + "and (:active is null or r.active = :active)")
    Page<RecurringRule> search(
            @Param("tenantId") UUID tenantId,
            @Param("kind") Kind kind,
            @Param("active") Boolean active,
            Pageable pageable);

    @Transactional
    RecurringRule save(RecurringRule rule);

    @Transactional
    void delete(RecurringRule rule);

    @Transactional
    void flush();
}
