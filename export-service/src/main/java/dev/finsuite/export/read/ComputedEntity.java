package dev.finsuite.export.read;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An export whose rows another service computes (a budget's status, a loan's schedule, a holding's value):
 * asked for whole before the first byte is written, so a service that is down is still a problem response.
 * These are small (one row per budget, instalment or holding), unlike the streamed SQL exports.
 *
 * @param rows the rows in the order of {@link #columns()}, values typed as {@link TenantReads.RowConsumer} says
 */
public record ComputedEntity(String name, List<Column> columns, Supplier<List<Object[]>> rows) implements Exportable {

    public ComputedEntity {
        columns = List.copyOf(columns);
    }

    @Override
    public Set<Filter> acceptedFilters() {
        return Set.of();
    }
}
