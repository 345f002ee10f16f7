package dev.finsuite.finance.entry;

import dev.finsuite.finance.support.Kind;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface EntryRepository extends Repository<Entry, UUID>, JpaSpecificationExecutor<Entry> {

    Optional<Entry> findByIdAndTenantIdAndKind(UUID id, UUID tenantId, Kind kind);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Entry e where e.id = :id and e.tenantId = :tenantId and e.kind = :kind")
    Optional<Entry> lock(@Param("id") UUID id, @Param("tenantId") UUID tenantId, @Param("kind") Kind kind);

    @Query(
            value =
                    "select exists (select 1 from finance_recurring_rules where id = :id and tenant_id = :tenantId and kind = :kind)",
            nativeQuery = true)
    boolean ruleExists(@Param("id") UUID id, @Param("tenantId") UUID tenantId, @Param("kind") String kind);

    @Transactional
    Entry save(Entry entry);

    @Transactional
    void delete(Entry entry);

    @Transactional
    void flush();
}
