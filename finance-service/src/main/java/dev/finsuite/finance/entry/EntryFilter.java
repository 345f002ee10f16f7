package dev.finsuite.finance.entry;

import dev.finsuite.common.money.Currency;
import dev.finsuite.finance.support.Kind;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/** What a list of expenses or income is narrowed to; every part is optional. */
record EntryFilter(
        LocalDate from,
        LocalDate to,
        List<UUID> categoryIds,
        String tag,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        Currency currency,
        String q) {

    /** Only the conditions given become SQL, so each list query can use the tenant's date index. */
    Specification<Entry> toSpecification(UUID tenantId, Kind kind) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("tenantId"), tenantId));
            where.add(cb.equal(root.get("kind"), kind));
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("entryDate"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("entryDate"), to));
            }
            if (categoryIds != null) {
                where.add(root.get("categoryId").in(categoryIds));
            }
            if (tag != null) {
                where.add(((HibernateCriteriaBuilder) cb).arrayContains(root.get("tags"), tag));
            }
            if (minAmount != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("amount"), minAmount));
            }
            if (maxAmount != null) {
                where.add(cb.lessThanOrEqualTo(root.get("amount"), maxAmount));
            }
            if (currency != null) {
                where.add(cb.equal(root.get("currency"), currency));
            }
            if (q != null) {
                String pattern = "%"
                        + q.toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("description")), pattern, '\\'),
                        cb.like(cb.lower(root.get("counterparty")), pattern, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
