package dev.finsuite.finance.category;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface CategoryRepository extends Repository<Category, UUID> {

    /** The tenant's own categories; system ones have no tenant. */
    long countByTenantId(UUID tenantId);

    /** A category the tenant can see: its own or a system one. */
    @Query("select c from Category c where c.id = :id and (c.tenantId is null or c.tenantId = :tenantId)")
    Optional<Category> findVisible(@Param("id") UUID id, @Param("tenantId") UUID tenantId);

    @Query(
            "select c from Category c where c.tenantId is null or c.tenantId = :tenantId order by c.type, lower(c.name), c.id")
    List<Category> findAllVisible(@Param("tenantId") UUID tenantId);

    @Query("select c.id from Category c where c.id = :id or c.parentId = :id")
    List<UUID> idWithChildren(@Param("id") UUID id);

    boolean existsByParentId(UUID parentId);

    List<Category> findAllByParentId(UUID parentId);

    @Transactional
    Category save(Category category);

    @Transactional
    void delete(Category category);

    @Transactional
    void flush();
}
