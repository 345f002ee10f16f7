package dev.finsuite.export.read;

import dev.finsuite.common.tenant.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * export-service's read path. Every read runs in a read-only transaction for one tenant (the suite's
 * transaction manager hands the tenant to row-level security), on a pooled connection that acts as
 * {@code finsuite_export_reader} (application.yml), a role that cannot write the other services' tables. Rows
 * stream from PostgreSQL with a fetch size, so an export of any size holds one batch in memory.
 */
@Component
public class TenantReads {

    static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public TenantReads(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs {@code work} in a read-only transaction acting for {@code tenant}. */
    public <T> T withinTenant(UUID tenant, Function<JdbcOperations, T> work) {
        return TenantContext.callAs(tenant, () -> readOnly.execute(status -> work.apply(jdbc)));
    }

    /** The currency table as it is now. */
    public CurrencyTable currencies(UUID tenant) {
        return withinTenant(tenant, CurrencyTable::read);
    }

    /**
     * Streams the tenant's rows of {@code entity} matching {@code criteria} to {@code rows}, in order, on the
     * caller's thread; they are read on another one meanwhile ({@link Prefetch}).
     */
    public long stream(UUID tenant, ExportedEntity entity, Criteria criteria, RowConsumer rows) {
        ExportedEntity.Statement statement = entity.statement(tenant, criteria);
        List<Column> columns = entity.columns();
        return Prefetch.stream(
                read -> withinTenant(tenant, jdbc -> {
                    long[] count = {0};
                    jdbc.query(
                            statement.sql(),
                            result -> {
                                read.accept(values(result, columns));
                                count[0]++;
                            },
                            statement.parameters().toArray());
                    return count[0];
                }),
                rows);
    }

    /** How many rows {@link #stream} would write now: an export job's total, counted when it starts. */
    public long count(UUID tenant, ExportedEntity entity, Criteria criteria) {
        ExportedEntity.Statement statement = entity.statement(tenant, criteria);
        return withinTenant(
                tenant,
                jdbc -> jdbc.queryForObject(
                        "select count(*) from (" + statement.sql() + ") counted",
                        Long.class,
                        statement.parameters().toArray()));
    }

    private static Object[] values(ResultSet result, List<Column> columns) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(result, i + 1, columns.get(i).type());
        }
        return values;
    }

    private static Object value(ResultSet result, int index, ColumnType type) throws SQLException {
        return switch (type) {
            case TEXT, CODE -> result.getString(index);
            case MONEY, DECIMAL -> result.getBigDecimal(index);
            case INTEGER -> {
                long value = result.getLong(index);
                yield result.wasNull() ? null : value;
            }
            case BOOLEAN -> {
                boolean value = result.getBoolean(index);
                yield result.wasNull() ? null : value;
            }
            case DATE -> result.getObject(index, LocalDate.class);
            case INSTANT -> {
                OffsetDateTime value = result.getObject(index, OffsetDateTime.class);
                yield value == null ? null : value.toInstant();
            }
            case TEXT_LIST -> {
                Array array = result.getArray(index);
                yield array == null ? List.of() : Arrays.asList((String[]) array.getArray());
            }
        };
    }

    /** Receives each row's values: String, BigDecimal, Long, Boolean, LocalDate, {@link Instant} or List of String. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(Object[] values);
    }
}
