package dev.finsuite.export.backup;

import dev.finsuite.common.audit.AuditAction;
import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.tenant.TenantContext;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Restores a bag {@link BackupWriter} wrote into the caller's (empty) tenant.
 *
 * <p>First the whole archive is checked without touching the database: every entry's name against the bag
 * layout (no absolute path, no "..", no link, no name the layout lacks), the number of entries and the bytes
 * they inflate to (counted while inflating; the sizes a zip header claims are never trusted), and every payload
 * and tag file against its SHA-256 in the manifests. Only then, in one transaction acting for the caller's
 * tenant and switched to {@code finsuite_restorer} (INSERT and SELECT only, row-level security as everywhere),
 * the tenant is checked empty, the schema version compared, and every row inserted in foreign-key order with
 * its ids kept and its tenant_id rewritten to the caller's. Any failure rolls the transaction back, so nothing
 * is left behind; a dry run does all of it and rolls back too.
 */
@Component
public class BackupRestore {

    private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TAG_FILE = 1 << 20;
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern DATA_FILE = Pattern.compile("data/([A-Za-z0-9_-]+)\\.ndjson");
    private static final Pattern DOCUMENT =
            Pattern.compile("data/documents/" + UUID_PATTERN + "/" + UUID_PATTERN + "-[A-Za-z0-9._-]+");
    private static final Pattern DIRECTORY =
            Pattern.compile("data/|data/documents/|data/documents/" + UUID_PATTERN + "/");
    private static final Set<String> TAG_FILES = Set.of(Bag.BAGIT, Bag.BAG_INFO, Bag.MANIFEST, Bag.TAG_MANIFEST);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final BackupProperties properties;
    private final AuditTrail audit;

    public BackupRestore(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            BackupProperties properties,
            AuditTrail audit) {
        this.audit = audit;
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
    }

    /** What a restore wrote (or, in a dry run, would write). */
    public record Result(
            boolean dryRun, UUID sourceTenant, String schemaVersion, Map<String, Long> rows, long documents) {}

    /** What the audit trail keeps of a restore: where the rows came from and how many of each. */
    private record Restored(UUID sourceTenant, String schemaVersion, Map<String, Long> rows, long documents) {}

    /** Restores the zip at {@code archive} into {@code tenant}. */
    public Result restore(UUID tenant, Path archive, boolean dryRun) {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Verified bag = verify(zip);
            Result result = apply(tenant, zip, bag, dryRun);
            log.info(
                    "{} a backup of {} with schema {}: {} rows",
                    dryRun ? "Dry-ran" : "Restored",
                    bag.sourceTenant,
                    bag.schemaVersion,
                    result.rows().values().stream().mapToLong(Long::longValue).sum());
            return result;
        } catch (IOException | UncheckedIOException e) {
            throw new BackupFailures.InvalidBag("The upload is not a readable zip archive");
        }
    }

    private record Verified(UUID sourceTenant, String schemaVersion) {}

    // ---------------------------------------------------------------- verification, before any write

    private Verified verify(ZipFile zip) throws IOException {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > properties.maxEntries()) {
            throw new BackupFailures.ArchiveTooLarge(
                    "The archive has more than " + properties.maxEntries() + " entries");
        }
        Budget budget = new Budget(properties.maxUncompressedBytes().toBytes());
        Set<String> names = new HashSet<>();
        Map<String, String> payload = new LinkedHashMap<>();
        Map<String, String> tagSums = new HashMap<>();
        Map<String, byte[]> tags = new HashMap<>();
        long payloadBytes = 0;
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            requireSafe(entry, name);
            if (!names.add(name)) {
                throw new BackupFailures.UnsafeEntry("The archive holds " + Bag.abbreviate(name) + " twice");
            }
            if (entry.isDirectory()) {
                if (!DIRECTORY.matcher(name).matches()) {
                    throw new BackupFailures.UnsafeEntry("A directory outside the bag layout: " + Bag.abbreviate(name));
                }
                continue;
            }
            boolean tag = TAG_FILES.contains(name);
            if (!tag) {
                requirePayloadName(name);
            }
            MessageDigest digest = Bag.sha256();
            long size = 0;
            java.io.ByteArrayOutputStream kept = tag ? new java.io.ByteArrayOutputStream() : null;
            try (InputStream in = open(zip, entry, budget)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                    size += n;
                    if (kept != null) {
                        if (size > MAX_TAG_FILE) {
                            throw new BackupFailures.ArchiveTooLarge(
                                    name + " is larger than " + MAX_TAG_FILE + " bytes");
                        }
                        kept.write(buffer, 0, n);
                    }
                }
            }
            if (tag) {
                tagSums.put(name, Bag.hex(digest));
                tags.put(name, kept.toByteArray());
            } else {
                payload.put(name, Bag.hex(digest));
                payloadBytes += size;
            }
        }
        for (String required : TAG_FILES) {
            if (!tags.containsKey(required)) {
                throw new BackupFailures.InvalidBag("The archive has no " + required + ": it is not a finsuite backup");
            }
        }
        Map<String, String> declared = Bag.tags(new String(tags.get(Bag.BAGIT), StandardCharsets.UTF_8));
        if (!"1.0".equals(declared.get("BagIt-Version"))
                || !"UTF-8".equalsIgnoreCase(declared.get("Tag-File-Character-Encoding"))) {
            throw new BackupFailures.InvalidBag("bagit.txt must declare BagIt-Version 1.0 and UTF-8 tag files");
        }
        // The tag manifest protects bag-info.txt and the payload manifest; both are checked before either is believed.
        Map<String, String> tagManifest = Bag.manifest(tags.get(Bag.TAG_MANIFEST), Bag.TAG_MANIFEST);
        for (String required : List.of(Bag.BAGIT, Bag.BAG_INFO, Bag.MANIFEST)) {
            if (!tagManifest.containsKey(required)) {
                throw new BackupFailures.ChecksumMismatch(Bag.TAG_MANIFEST + " does not list " + required);
            }
        }
        compare(tagManifest, tagSums, Bag.TAG_MANIFEST);
        Map<String, String> manifest = Bag.manifest(tags.get(Bag.MANIFEST), Bag.MANIFEST);
        compare(manifest, payload, Bag.MANIFEST);
        for (String file : payload.keySet()) {
            if (!manifest.containsKey(file)) {
                throw new BackupFailures.ChecksumMismatch(Bag.MANIFEST + " does not list " + Bag.abbreviate(file));
            }
        }
        Map<String, String> info = Bag.tags(new String(tags.get(Bag.BAG_INFO), StandardCharsets.UTF_8));
        String oxum = info.get(Bag.PAYLOAD_OXUM);
        if (oxum != null && !oxum.equals(payloadBytes + "." + payload.size())) {
            throw new BackupFailures.ChecksumMismatch("Payload-Oxum says " + Bag.abbreviate(oxum)
                    + " but the payload is " + payloadBytes + " bytes in " + payload.size() + " files");
        }
        UUID source;
        try {
            source = UUID.fromString(String.valueOf(info.get(Bag.TENANT)));
        } catch (IllegalArgumentException e) {
            throw new BackupFailures.InvalidBag("bag-info.txt has no valid " + Bag.TENANT);
        }
        String schema = info.get(Bag.SCHEMA_VERSION);
        if (schema == null || !schema.matches("\\d+([._]\\d+)*")) {
            throw new BackupFailures.InvalidBag("bag-info.txt has no valid " + Bag.SCHEMA_VERSION);
        }
        return new Verified(source, schema);
    }

    private static void compare(Map<String, String> listed, Map<String, String> actual, String manifestName) {
        listed.forEach((path, sum) -> {
            String found = actual.get(path);
            if (found == null) {
                throw new BackupFailures.ChecksumMismatch(
                        manifestName + " lists " + Bag.abbreviate(path) + " which the archive lacks");
            }
            if (!found.equals(sum)) {
                throw new BackupFailures.ChecksumMismatch("The SHA-256 of " + Bag.abbreviate(path) + " is not the one "
                        + manifestName + " lists: the file was changed");
            }
        });
    }

    private static void requireSafe(ZipArchiveEntry entry, String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.indexOf('\0') >= 0
                || name.matches("^[A-Za-z]:.*")) {
            throw new BackupFailures.UnsafeEntry(
                    "An absolute or malformed path in the archive: " + Bag.abbreviate(name));
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new BackupFailures.UnsafeEntry("A path that leaves the bag (\"..\"): " + Bag.abbreviate(name));
            }
        }
        if (entry.isUnixSymlink()) {
            throw new BackupFailures.UnsafeEntry("A link in the archive: " + Bag.abbreviate(name));
        }
    }

    private static void requirePayloadName(String name) {
        var data = DATA_FILE.matcher(name);
        if (data.matches()) {
            if (BackupTable.named(data.group(1)).isEmpty()) {
                throw new BackupFailures.UnknownEntity(
                        "The backup holds " + Bag.abbreviate(name) + ", a table this service does not restore");
            }
            return;
        }
        if (!DOCUMENT.matcher(name).matches()) {
            throw new BackupFailures.UnsafeEntry("An entry outside the bag layout: " + Bag.abbreviate(name));
        }
    }

    private static InputStream open(ZipFile zip, ZipArchiveEntry entry, Budget budget) throws IOException {
        if (!zip.canReadEntryData(entry)) {
            throw new BackupFailures.InvalidBag("An entry this service cannot read (encrypted or an unknown method): "
                    + Bag.abbreviate(entry.getName()));
        }
        return budget.count(zip.getInputStream(entry));
    }

    /** The bytes all entries may inflate to, counted as they are read. */
    private static final class Budget {
        private final long max;
        private long used;

        Budget(long max) {
            this.max = max;
        }

        InputStream count(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        add(n);
                    }
                    return n;
                }
            };
        }

        private void add(long n) {
            used += n;
            if (used > max) {
                throw new BackupFailures.ArchiveTooLarge("The archive inflates to more than " + max + " bytes");
            }
        }
    }

    // ---------------------------------------------------------------- the one transaction

    private Result apply(UUID tenant, ZipFile zip, Verified bag, boolean dryRun) {
        Budget budget = new Budget(properties.maxUncompressedBytes().toBytes());
        return TenantContext.callAs(
                tenant,
                () -> transaction.execute(status -> {
                    String current = BackupWriter.schemaVersion(jdbc);
                    if (BackupWriter.compareVersions(bag.schemaVersion, current) > 0) {
                        throw new BackupFailures.NewerSchema("The backup was written by schema version "
                                + bag.schemaVersion + ", newer than this installation's " + current
                                + ": upgrade before restoring it");
                    }
                    jdbc.execute("set local role finsuite_restorer");
                    jdbc.query(
                            "select pg_advisory_xact_lock(hashtextextended(?, 0))",
                            row -> {},
                            "finsuite-restore:" + tenant);
                    List<String> occupied = new ArrayList<>();
                    for (BackupTable table : BackupTable.ALL) {
                        if (table.mustBeEmptyToRestore()
                                && Boolean.TRUE.equals(jdbc.queryForObject(
                                        "select exists (select 1 from " + table.name() + " where tenant_id = ?)",
                                        Boolean.class,
                                        tenant))) {
                            occupied.add(table.name());
                        }
                    }
                    if (!occupied.isEmpty()) {
                        throw new BackupFailures.TenantNotEmpty(
                                "A backup is restored into an empty tenant only; this one already has "
                                        + String.join(", ", occupied));
                    }
                    Map<String, Long> rows = new LinkedHashMap<>();
                    long[] documents = {0};
                    for (BackupTable table : BackupTable.ALL) {
                        ZipArchiveEntry entry = zip.getEntry(table.path());
                        rows.put(
                                table.name(),
                                entry == null ? 0 : insert(zip, entry, table, bag, tenant, budget, documents));
                    }
                    if (dryRun) {
                        status.setRollbackOnly();
                    } else {
                        audit.record(
                                AuditAction.RESTORE,
                                "backup",
                                null,
                                null,
                                new Restored(bag.sourceTenant, bag.schemaVersion, rows, documents[0]));
                    }
                    return new Result(dryRun, bag.sourceTenant, bag.schemaVersion, rows, documents[0]);
                }));
    }

    private long insert(
            ZipFile zip,
            ZipArchiveEntry entry,
            BackupTable table,
            Verified bag,
            UUID tenant,
            Budget budget,
            long[] documents) {
        Map<String, String> columns = new LinkedHashMap<>();
        jdbc.query(
                "select column_name, data_type from information_schema.columns where table_schema = current_schema()"
                        + " and table_name = ? order by ordinal_position",
                row -> {
                    columns.put(row.getString(1), row.getString(2));
                },
                table.name());
        Set<String> expected = new LinkedHashSet<>();
        columns.forEach((name, type) -> {
            if (!"bytea".equals(type)) {
                expected.add(name);
            }
        });
        String columnList = String.join(
                ", ", columns.keySet().stream().map(c -> '"' + c + '"').toList());
        String sql = "insert into " + table.name() + " (" + columnList + ") select " + columnList
                + " from jsonb_populate_recordset(null::" + table.name() + ", ?::jsonb) restored";
        if (!table.mustBeEmptyToRestore()) {
            // The history restores into a household that kept its trail (its data removed, say, then its own backup
            // restored): an event it still holds is not written twice. An id another tenant holds still clashes.
            sql += " where not exists (select 1 from " + table.name() + " kept where kept.id = restored.id"
                    + " and kept.tenant_id = restored.tenant_id)";
        }
        int batchSize = table.holdsDocuments() ? 1 : properties.insertBatch();
        boolean sortParentsFirst = table.name().equals("finance_categories");
        List<ObjectNode> pending = new ArrayList<>();
        long count = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                open(zip, entry, budget),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            long lineNumber = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode row = parse(line, table, lineNumber, expected, bag, tenant);
                if (table.holdsDocuments()) {
                    row.put("content", "\\x" + HexFormat.of().formatHex(document(zip, row, budget)));
                    documents[0]++;
                }
                pending.add(row);
                count++;
                if (!sortParentsFirst && pending.size() >= batchSize) {
                    write(sql, pending, table);
                }
            }
        } catch (CharacterCodingException e) {
            throw new BackupFailures.InvalidBag(table.path() + " is not UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sortParentsFirst) {
            pending = parentsFirst(pending, table);
            for (int from = 0; from < pending.size(); from += batchSize) {
                write(sql, new ArrayList<>(pending.subList(from, Math.min(pending.size(), from + batchSize))), table);
            }
            pending.clear();
        }
        if (!pending.isEmpty()) {
            write(sql, pending, table);
        }
        return count;
    }

    private static ObjectNode parse(
            String line, BackupTable table, long lineNumber, Set<String> expected, Verified bag, UUID tenant) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BackupFailures.InvalidBag(table.path() + " line " + lineNumber + " is not JSON");
        }
        if (!(node instanceof ObjectNode row)) {
            throw new BackupFailures.InvalidBag(table.path() + " line " + lineNumber + " is not a JSON object");
        }
        Set<String> keys = new LinkedHashSet<>(row.propertyNames());
        if (!keys.equals(expected)) {
            Set<String> unknown = new LinkedHashSet<>(keys);
            unknown.removeAll(expected);
            Set<String> missing = new LinkedHashSet<>(expected);
            missing.removeAll(keys);
            throw new BackupFailures.InvalidBag(table.path() + " line " + lineNumber
                    + " does not have the table's columns" + (unknown.isEmpty() ? "" : "; unknown: " + unknown)
                    + (missing.isEmpty() ? "" : "; missing: " + missing));
        }
        if (!bag.sourceTenant.toString().equals(row.path("tenant_id").asString(""))) {
            throw new BackupFailures.InvalidBag(
                    table.path() + " line " + lineNumber + " belongs to another tenant than the backup's");
        }
        row.put("tenant_id", tenant.toString());
        return row;
    }

    private byte[] document(ZipFile zip, ObjectNode row, Budget budget) {
        String path = BackupTable.documentPath(
                row.path("loan_id").asString(""),
                row.path("id").asString(""),
                row.path("original_name").asString(""));
        ZipArchiveEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw new BackupFailures.InvalidBag("The document " + Bag.abbreviate(path) + " is missing from the backup");
        }
        try (InputStream in = open(zip, entry, budget)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Categories refer to their parent: a parent is inserted in an earlier statement than its children. */
    private static List<ObjectNode> parentsFirst(List<ObjectNode> rows, BackupTable table) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.path("id").asString(""), row));
        List<ObjectNode> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String id : byId.keySet()) {
            List<ObjectNode> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String at = id;
            while (at != null && byId.containsKey(at) && !done.contains(at)) {
                if (!seen.add(at)) {
                    throw new BackupFailures.InvalidBag(table.path() + " has categories that are their own ancestors");
                }
                chain.add(byId.get(at));
                JsonNode parent = byId.get(at).get("parent_id");
                at = parent == null || parent.isNull() ? null : parent.asString();
            }
            Collections.reverse(chain);
            for (ObjectNode row : chain) {
                done.add(row.path("id").asString(""));
                ordered.add(row);
            }
        }
        return ordered;
    }

    private void write(String sql, List<ObjectNode> rows, BackupTable table) {
        ArrayNode array = JSON.createArrayNode();
        rows.forEach(array::add);
        try {
            jdbc.update(sql, JSON.writeValueAsString(array));
        } catch (DuplicateKeyException e) {
            throw new BackupFailures.RowsClash(
                    "Rows of " + table.name() + " have ids already stored in this installation;"
                            + " a backup keeps its ids, so it restores where they are free (restored twice, or its tenant still here)");
        } catch (DataAccessException e) {
            log.info(
                    "A restore's rows of {} were refused: {}",
                    table.name(),
                    e.getMostSpecificCause().getMessage());
            throw new BackupFailures.InvalidBag("Rows of " + table.name() + " could not be stored: "
                    + Bag.abbreviate(String.valueOf(e.getMostSpecificCause().getMessage())));
        }
        rows.clear();
    }
}
