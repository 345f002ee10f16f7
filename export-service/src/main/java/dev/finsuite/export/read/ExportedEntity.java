package dev.finsuite.export.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * export-service's own read model of one entity another service keeps: the query that reads it (columns in
 * the order of {@link #columns()}), the filters it takes and the expression each filter constrains.
 *
 * @param query     {@code select … from … where <tenant condition with one ?>}
 * @param filters   each filter this entity takes, with the SQL expression it applies to
 * @param orderBy   a stable order, so two exports of the same data are the same file
 */
public record ExportedEntity(
        String name, List<Column> columns, String query, Map<Filter, String> filters, String orderBy)
        implements Exportable {

    public ExportedEntity {
        columns = List.copyOf(columns);
        filters = Map.copyOf(filters);
    }

    @Override
    public Set<Filter> acceptedFilters() {
        return filters.keySet();
    }

    /** The SQL and its parameters for one tenant and the request's criteria (only accepted filters are set). */
    public Statement statement(UUID tenant, Criteria criteria) {
        StringBuilder sql = new StringBuilder(query);
        List<Object> parameters = new ArrayList<>();
        parameters.add(tenant);
        if (criteria.from() != null) {
            sql.append(" and ").append(filters.get(Filter.DATES)).append(" >= ?");
            parameters.add(criteria.from());
        }
        if (criteria.to() != null) {
            sql.append(" and ").append(filters.get(Filter.DATES)).append(" <= ?");
            parameters.add(criteria.to());
        }
        if (criteria.categoryId() != null) {
            sql.append(" and ")
                    .append(filters.get(Filter.CATEGORY))
                    .append(" in (with recursive tree(id) as ("
                            + " select id from finance_categories where id = ?"
                            + " union all select c.id from finance_categories c join tree t on c.parent_id = t.id)"
                            + " select id from tree)");
            parameters.add(criteria.categoryId());
        }
        if (criteria.tag() != null) {
            // containment, not "= any(…)": the (tenant_id, tags) GIN index answers it
            sql.append(" and ").append(filters.get(Filter.TAG)).append(" @> array[?]::text[]");
            parameters.add(criteria.tag());
        }
        if (criteria.currency() != null) {
            sql.append(" and ").append(filters.get(Filter.CURRENCY)).append(" = ?");
            parameters.add(criteria.currency());
        }
        if (criteria.accountId() != null) {
            sql.append(" and ").append(filters.get(Filter.ACCOUNT)).append(" = ?");
            parameters.add(criteria.accountId());
        }
        sql.append(" order by ").append(orderBy);
        return new Statement(sql.toString(), List.copyOf(parameters));
    }

    public record Statement(String sql, List<Object> parameters) {}
}
