package dev.finsuite.export.backup;

import dev.finsuite.common.tenant.TenantContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a tenant's backup, a BagIt bag in a zip, straight to an output stream. Every table is read in one
 * read-only REPEATABLE READ transaction (one consistent snapshot) as finsuite_export_reader with the tenant set
 * for row-level security, rows fetched in batches: the tenant never sits in memory. Each payload file is hashed
 * while it is written; the manifests, which need those hashes, come last in the zip (order in a zip means nothing
 * to BagIt).
 */
@Component
public class BackupWriter {

    static final int FETCH_SIZE = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final String suiteVersion;
    private final Clock clock;

    public BackupWriter(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            ObjectProvider<BuildProperties> build,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        BuildProperties properties = build.getIfAvailable();
        this.suiteVersion = properties == null ? "unknown" : properties.getVersion();
        this.clock = clock;
    }

    /** How many rows a backup of {@code tenant} would hold now: a backup job's total, counted when it starts. */
    public long countRows(UUID tenant) {
        return TenantContext.callAs(
                tenant,
                () -> snapshot.execute(status -> {
                    long total = 0;
                    for (BackupTable table : BackupTable.ALL) {
                        Long rows = jdbc.queryForObject(
                                "select count(*) from " + table.name() + " where tenant_id = ?", Long.class, tenant);
                        total += rows == null ? 0 : rows;
                    }
                    return total;
                }));
    }

    /** The highest Flyway version applied to this database: the schema a bag is written with. */
    static String schemaVersion(JdbcTemplate jdbc) {
        List<String> versions = jdbc.queryForList(
                "select version from flyway_schema_history where success and version is not null", String.class);
        return versions.stream().max(BackupWriter::compareVersions).orElse("0");
    }

    static int compareVersions(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            BigDecimal l = i < left.length ? new BigDecimal(left[i]) : BigDecimal.ZERO;
            BigDecimal r = i < right.length ? new BigDecimal(right[i]) : BigDecimal.ZERO;
            int c = l.compareTo(r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Writes the whole bag of {@code tenant} to {@code out} (not closed) and returns what it holds. */
    public Summary write(UUID tenant, OutputStream out) {
        return write(tenant, out, () -> {});
    }

    /** As {@link #write(UUID, OutputStream)}; {@code onRow} hears of each row written (a backup job's progress). */
    public Summary write(UUID tenant, OutputStream out, Runnable onRow) {
        return TenantContext.callAs(
                tenant,
                () -> snapshot.execute(status -> {
                    try {
                        return writeBag(tenant, out, onRow);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    private Summary writeBag(UUID tenant, OutputStream out, Runnable onRow) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush(); // the response is closed by the container, not by the zip
            }
        });
        Map<String, String> manifest = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        long[] payloadBytes = {0};
        String schemaVersion = schemaVersion(jdbc);
        for (BackupTable table : BackupTable.ALL) {
            HashingStream file = new HashingStream(zip);
            zip.putNextEntry(new ZipEntry(table.path()));
            long count = writeRows(tenant, table, file, onRow);
            zip.closeEntry();
            manifest.put(table.path(), file.hex());
            payloadBytes[0] += file.count;
            rows.put(table.name(), count);
        }
        writeDocuments(tenant, zip, manifest, payloadBytes);

        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(Bag.BAGIT, put(zip, Bag.BAGIT, Bag.BAGIT_CONTENT.getBytes(StandardCharsets.UTF_8)));
        String info = "Source-Organization: finsuite\n"
                + "Bagging-Date: "
                + OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC).toLocalDate() + "\n"
                + Bag.TENANT + ": " + tenant + "\n"
                + Bag.SUITE_VERSION + ": " + suiteVersion + "\n"
                + Bag.SCHEMA_VERSION + ": " + schemaVersion + "\n"
                + Bag.CREATED_AT + ": " + createdAt + "\n"
                + Bag.PAYLOAD_OXUM + ": " + payloadBytes[0] + "." + manifest.size() + "\n"
                + "Bag-Size: " + payloadBytes[0] + " bytes\n"
                + "Bag-Group-Identifier: finsuite-backup\n";
        tags.put(Bag.BAG_INFO, put(zip, Bag.BAG_INFO, info.getBytes(StandardCharsets.UTF_8)));
        tags.put(Bag.MANIFEST, put(zip, Bag.MANIFEST, manifestText(manifest)));
        put(zip, Bag.TAG_MANIFEST, manifestText(tags));
        zip.finish();
        zip.flush();
        return new Summary(schemaVersion, rows, manifest.size(), payloadBytes[0]);
    }

    private long writeRows(UUID tenant, BackupTable table, OutputStream file, Runnable onRow) {
        long[] count = {0};
        String sql = "select * from " + table.name() + " where tenant_id = ? order by " + table.orderBy();
        jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql);
                    statement.setFetchSize(FETCH_SIZE);
                    statement.setObject(1, tenant);
                    return statement;
                },
                result -> {
                    try {
                        file.write(JSON.writeValueAsBytes(row(result)));
                        file.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                    onRow.run();
                });
        return count[0];
    }

    /** A row as JSON: every column by its name, money and other numerics as exact decimal strings, instants in UTC. */
    static Map<String, Object> row(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String type = meta.getColumnTypeName(i);
            if ("bytea".equals(type)) {
                continue; // document bytes are files of their own
            }
            row.put(meta.getColumnName(i), value(result, i, type));
        }
        return row;
    }

    private static Object value(ResultSet result, int i, String type) throws SQLException {
        Object value = switch (type) {
            case "numeric" -> {
                BigDecimal decimal = result.getBigDecimal(i);
                yield decimal == null ? null : decimal.toPlainString();
            }
            case "int2", "int4", "int8" -> {
                long number = result.getLong(i);
                yield result.wasNull() ? null : number;
            }
            case "bool" -> {
                boolean flag = result.getBoolean(i);
                yield result.wasNull() ? null : flag;
            }
            case "timestamptz" -> {
                OffsetDateTime instant = result.getObject(i, OffsetDateTime.class);
                yield instant == null ? null : instant.toInstant().toString();
            }
            case "json", "jsonb" -> {
                String json = result.getString(i);
                yield json == null ? null : JSON.readTree(json);
            }
            default -> {
                if (type.startsWith("_")) {
                    Array array = result.getArray(i);
                    yield array == null ? null : new ArrayList<>(Arrays.asList((Object[]) array.getArray()));
                }
                yield result.getString(i);
            }
        };
        return value;
    }

    private void writeDocuments(UUID tenant, ZipOutputStream zip, Map<String, String> manifest, long[] payloadBytes) {
        jdbc.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "select id, loan_id, original_name, content from emi_documents where tenant_id = ? order by id");
                    statement.setFetchSize(4); // documents are up to 10 MB each
                    statement.setObject(1, tenant);
                    return statement;
                },
                result -> {
                    String path = BackupTable.documentPath(
                            result.getString("loan_id"), result.getString("id"), result.getString("original_name"));
                    try (InputStream content = result.getBinaryStream("content")) {
                        HashingStream file = new HashingStream(zip);
                        zip.putNextEntry(new ZipEntry(path));
                        content.transferTo(file);
                        zip.closeEntry();
                        manifest.put(path, file.hex());
                        payloadBytes[0] += file.count;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static String put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
        return Bag.hex(content);
    }

    private static byte[] manifestText(Map<String, String> checksums) {
        StringBuilder text = new StringBuilder();
        checksums.forEach(
                (path, sum) -> text.append(sum).append("  ").append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What a written bag holds. */
    public record Summary(String schemaVersion, Map<String, Long> rows, int payloadFiles, long payloadBytes) {}

    /** Passes bytes to the zip entry, hashing and counting them; never closes the zip. */
    private static final class HashingStream extends OutputStream {
        private final OutputStream target;
        private final MessageDigest digest = Bag.sha256();
        private long count;

        HashingStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }

        String hex() {
            return Bag.hex(digest);
        }
    }
}
