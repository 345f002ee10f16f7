package dev.finsuite.export.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.export.ExportTest;
import dev.finsuite.export.Household;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backups over HTTP against PostgreSQL: a BagIt zip of the whole tenant that restores into an empty tenant with
 * nothing lost, and every malformed or hostile archive refused with nothing written.
 */
class BackupTests extends ExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Household household;
    UUID source;
    UUID document;
    UUID childCategory;

    @BeforeEach
    void seed() throws SQLException {
        source = newTenant();
        household = Household.seed(source);
        // what Household leaves out: the rest of the tables a backup holds, and a category under a tenant's category
        // whose id sorts before its parent's (the restore must insert the parent first)
        childCategory =
                UUID.fromString("00000000" + UUID.randomUUID().toString().substring(8));
        sql(
                "insert into finance_categories (id, tenant_id, name, type, parent_id) values (?, ?, 'Organic fruit', 'EXPENSE', ?)",
                childCategory,
                source,
                household.category);
        sql(
                "update finance_entries set metadata = '{\"receipt\": {\"shop\": \"Farm\", \"lines\": [1, 2.50]}}' where tenant_id = ?"
                        + " and kind = 'EXPENSE'",
                source);
        sql(
                "insert into emi_rate_changes (id, tenant_id, loan_id, annual_rate, effective_from, strategy) values (?, ?, ?, 9.25,"
                        + " date '2025-06-01', 'REDUCE_EMI')",
                UUID.randomUUID(),
                source,
                household.loan);
        document = UUID.randomUUID();
        byte[] pdf = "%PDF-1.4 statement\n\u0000\u00ff binary".getBytes(StandardCharsets.ISO_8859_1);
        sql(
                "insert into emi_documents (id, tenant_id, loan_id, stored_name, original_name, content_type, size_bytes, sha256,"
                        + " content) values (?, ?, ?, 'stored-1', '../Sanction letter (2024).pdf', 'application/pdf', ?, ?, ?)",
                document,
                source,
                household.loan,
                pdf.length,
                Bag.hex(pdf),
                pdf);
        sql(
                "insert into investment_asset_prices (tenant_id, asset_id, price_date, price) values (?, ?, date '2026-01-31', 187.1234567891)",
                source,
                household.asset);
        sql(
                "insert into investment_splits (id, tenant_id, asset_id, ex_date, numerator, denominator) values (?, ?, ?,"
                        + " date '2026-02-01', 4, 1)",
                UUID.randomUUID(),
                source,
                household.asset);
        sql(
                "insert into investment_alert_events (id, tenant_id, alert_id, item_id, symbol, data_source, condition, threshold,"
                        + " price, currency, fired_at) values (?, ?, ?, ?, 'MSFT.US', 'STOOQ', 'ABOVE', 500, 501.25, 'USD',"
                        + " timestamptz '2026-02-03 14:15:16.123456+00')",
                UUID.randomUUID(),
                source,
                UUID.randomUUID(),
                household.watch);
        sql(
                "insert into tenant_exchange_rates (id, tenant_id, base, quote, rate, rate_date) values (?, ?, 'USD', 'INR',"
                        + " 83.123456789012345678, date '2026-01-15')",
                UUID.randomUUID(),
                source);
        sql(
                "insert into manual_prices (id, tenant_id, symbol, asset_type, price, currency, as_of) values (?, ?, 'GOLD-HOME',"
                        + " 'COMMODITY', 612345.5, 'INR', now())",
                UUID.randomUUID(),
                source);
        sql(
                "insert into export_report_schedules (id, tenant_id, report, cadence, format, dialect, locale, next_run_on)"
                        + " values (?, ?, 'income-statement', 'MONTHLY', 'csv', 'excel', 'de-DE', date '2026-12-01')",
                UUID.randomUUID(),
                source);
        sql(
                "insert into audit_events (id, tenant_id, occurred_at, actor_id, actor_kind, service, action, entity_type,"
                        + " entity_id, before, after, request_id) values (?, ?, timestamptz '2026-02-04 10:11:12.345678+00', ?,"
                        + " 'USER', 'finance-service', 'UPDATE', 'expense', ?, '{\"amount\": \"100.00\"}',"
                        + " '{\"amount\": \"120.50\"}', 'req-1')",
                UUID.randomUUID(),
                source,
                UUID.randomUUID(),
                UUID.randomUUID());
    }

    private static String owner(UUID tenant) {
        return TestTokens.access(tenant, "OWNER");
    }

    private static String admin(UUID tenant) {
        return TestTokens.access(tenant, "ADMIN");
    }

    private byte[] backup(UUID tenant) {
        HttpResponse<byte[]> response = download("/api/v1/backups", admin(tenant));
        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        return response.body();
    }

    private HttpResponse<byte[]> restore(UUID tenant, byte[] zip, boolean dryRun) {
        return upload("/api/v1/backups/restore" + (dryRun ? "?dryRun=true" : ""), owner(tenant), zip);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    /** Every table a backup holds, empty for {@code tenant}. */
    private static void assertEmpty(UUID tenant) throws SQLException {
        for (BackupTable table : BackupTable.ALL) {
            assertThat(count("select count(*) from " + table.name() + " where tenant_id = ?", tenant))
                    .as(table.name())
                    .isZero();
        }
    }

    /** Frees the ids the source tenant's rows hold (a backup keeps them), as deleting the tenant would. */
    private void dropSource() throws SQLException {
        sql("delete from investment_activities where tenant_id = ?", source);
        sql("delete from tenants where id = ?", source);
    }

    @Test
    void aBackupIsABagItZipOfTheWholeTenantWithVerifiableManifests() throws SQLException {
        Map<String, byte[]> bag = Bags.entries(backup(source));
        assertThat(Bags.text(bag, "bagit.txt")).isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        String info = Bags.text(bag, "bag-info.txt");
        String schemaVersion =
                String.valueOf(count("select max(version::int) from flyway_schema_history where success"));
        assertThat(info)
                .contains(
                        "Finsuite-Tenant-Id: " + source,
                        "Finsuite-Schema-Version: " + schemaVersion,
                        "Finsuite-Suite-Version: ",
                        "Finsuite-Created-At: ",
                        "Bagging-Date: ",
                        "Payload-Oxum: ");
        for (BackupTable table : BackupTable.ALL) {
            assertThat(bag.keySet()).as(table.path()).contains(table.path());
        }
        String documentPath = "data/documents/" + household.loan + "/" + document + "-__Sanction_letter__2024_.pdf";
        assertThat(bag.keySet()).contains(documentPath);
        assertThat(Bags.text(bag, documentPath)).startsWith("%PDF-1.4");
        long payloadBytes = 0;
        int payloadFiles = 0;
        for (String line : Bags.text(bag, "manifest-sha256.txt").split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(Bag.hex(bag.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
            payloadBytes += bag.get(parts[1]).length;
            payloadFiles++;
        }
        assertThat(payloadFiles)
                .isEqualTo(bag.keySet().stream()
                        .filter(path -> path.startsWith("data/"))
                        .count());
        assertThat(info).contains("Payload-Oxum: " + payloadBytes + "." + payloadFiles);
        for (String line : Bags.text(bag, "tagmanifest-sha256.txt").split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(Bag.hex(bag.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        // money as decimal strings, instants in UTC, jsonb kept as JSON, arrays as arrays
        String entries = Bags.text(bag, "data/finance_entries.ndjson");
        assertThat(entries).contains("\"amount\":\"45.0000\"", "\"tags\":[\"farm\"]", "\"receipt\":{\"shop\":\"Farm\"");
        assertThat(Bags.text(bag, "data/investment_alert_events.ndjson"))
                .contains("\"fired_at\":\"2026-02-03T14:15:16.123456Z\"");
        assertThat(Bags.text(bag, "data/tenant_exchange_rates.ndjson")).contains("\"rate\":\"83.123456789012345678\"");
        assertThat(Bags.text(bag, "data/emi_documents.ndjson")).doesNotContain("\"content\"");
    }

    @Test
    void aRestoredBackupBacksUpAgainToTheSameDataLineForLineExceptTheTenantId() throws SQLException {
        byte[] first = backup(source);
        dropSource();
        UUID target = newTenant();

        HttpResponse<byte[]> restored = restore(target, first, false);
        assertThat(restored.statusCode()).as(text(restored)).isEqualTo(200);
        JsonNode result = json(restored);
        assertThat(result.get("dryRun").asBoolean()).isFalse();
        assertThat(result.get("sourceTenant").asString()).isEqualTo(source.toString());
        assertThat(result.get("rows").get("finance_entries").asLong()).isEqualTo(2);
        assertThat(result.get("rows").get("finance_categories").asLong()).isEqualTo(2);
        assertThat(result.get("documents").asLong()).isEqualTo(1);

        Map<String, byte[]> before = Bags.entries(first);
        Map<String, byte[]> after = Bags.entries(backup(target));
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        // The only tenant-specific field of any row is tenant_id: ids, created_at/updated_at, versions, amounts,
        // jsonb metadata and document bytes come back exactly. (bag-info.txt differs in tenant and created-at.)
        for (String path : before.keySet()) {
            if (!path.startsWith("data/")) {
                continue;
            }
            if (path.startsWith("data/documents/")) {
                assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
                continue;
            }
            // Downloads are events of their own (each backup records its download before its first byte, so the
            // second backup also holds its own), and the restore is one: the rest of the trail comes back as it was.
            List<String> expected = Arrays.stream(Bags.text(before, path).split("\n", -1))
                    .filter(line -> !line.contains("\"action\":\"EXPORT\""))
                    .map(line -> line.replace("\"tenant_id\":\"" + source + "\"", "\"tenant_id\":\"" + target + "\""))
                    .toList();
            List<String> restoredLines = Arrays.stream(Bags.text(after, path).split("\n", -1))
                    .filter(line -> !line.contains("\"action\":\"RESTORE\"") && !line.contains("\"action\":\"EXPORT\""))
                    .toList();
            assertThat(restoredLines).as(path).containsExactlyElementsOf(expected);
        }
        assertThat(Bags.text(before, "data/finance_entries.ndjson").lines().count())
                .isEqualTo(2);
        assertThat(Bags.text(before, "data/audit_events.ndjson")).contains("120.50", "req-1");
        assertThat(count(
                        "select count(*) from audit_events where tenant_id = ? and action = 'RESTORE'"
                                + " and after->>'sourceTenant' = ?",
                        target,
                        source.toString()))
                .isEqualTo(1);
        assertThat(Bags.text(after, "data/audit_events.ndjson").lines().filter(line -> line.contains("RESTORE")))
                .hasSize(1);

        // readable through the exports, as the new tenant
        HttpResponse<byte[]> expenses = download("/api/v1/exports/expenses?format=csv", viewer(target));
        assertThat(expenses.statusCode()).isEqualTo(200);
        List<Map<String, String>> rows = records(csv(expenses.body(), ','));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).values()).contains("Organic veg");
        HttpResponse<byte[]> loans = download("/api/v1/exports/loans?format=jsonl", viewer(target));
        assertThat(text(loans)).contains(household.loan.toString(), "Scooter");
    }

    @Test
    void aBackupHoldsOnlyTheCallersTenantsRows() throws SQLException {
        UUID other = newTenant();
        Household theirs = Household.seed(other);
        Map<String, byte[]> bag = Bags.entries(backup(source));
        for (BackupTable table : BackupTable.ALL) {
            for (String line : Bags.text(bag, table.path()).lines().toList()) {
                assertThat(line).as(table.path()).contains("\"tenant_id\":\"" + source + "\"");
            }
        }
        StringBuilder all = new StringBuilder();
        bag.values().forEach(content -> all.append(new String(content, StandardCharsets.UTF_8)));
        for (UUID id : theirs.ids) {
            assertThat(all.toString()).doesNotContain(id.toString());
        }
        assertThat(all.toString()).doesNotContain(other.toString());
        // Backups are streamed, never stored: there is no backup id or path of another tenant to ask for.
        assertThat(download("/api/v1/backups/" + UUID.randomUUID(), admin(other))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDryRunReportsTheRowsAndWritesNothing() throws SQLException {
        byte[] zip = backup(source);
        dropSource();
        UUID target = newTenant();
        HttpResponse<byte[]> dry = restore(target, zip, true);
        assertThat(dry.statusCode()).as(text(dry)).isEqualTo(200);
        JsonNode result = json(dry);
        assertThat(result.get("dryRun").asBoolean()).isTrue();
        Map<String, Long> rows = new LinkedHashMap<>();
        result.get("rows")
                .properties()
                .forEach(entry -> rows.put(entry.getKey(), entry.getValue().asLong()));
        assertThat(rows)
                .containsEntry("finance_entries", 2L)
                .containsEntry("finance_debts", 2L)
                .containsEntry("investment_activities", 2L)
                .containsEntry("emi_documents", 1L)
                .containsEntry("investment_asset_prices", 1L)
                .containsEntry("manual_prices", 1L);
        assertThat(rows.keySet()).hasSize(BackupTable.ALL.size());
        assertEmpty(target);
        // and the real restore still works afterwards
        assertThat(restore(target, zip, false).statusCode()).isEqualTo(200);
        assertThat(count("select count(*) from finance_entries where tenant_id = ?", target))
                .isEqualTo(2);
    }

    @Test
    void onlyAnOwnerRestoresAndAnAdminBacksUp() throws SQLException {
        byte[] zip = backup(source);
        UUID target = newTenant();
        assertProblem(upload("/api/v1/backups/restore", admin(target), zip), 403, "forbidden");
        assertProblem(upload("/api/v1/backups/restore", TestTokens.access(target, "MEMBER"), zip), 403, "forbidden");
        assertProblem(download("/api/v1/backups", TestTokens.access(source, "MEMBER")), 403, "forbidden");
        assertProblem(download("/api/v1/backups", viewer(source)), 403, "forbidden");
        assertProblem(download("/api/v1/backups", null), 401, "unauthorized");
        assertEmpty(target);
    }

    @Test
    void aRestoreIntoATenantThatHoldsDataIsAConflict() throws SQLException {
        byte[] zip = backup(source);
        assertProblem(restore(source, zip, false), 409, "tenant_not_empty");
        UUID target = newTenant();
        sql(
                "insert into investment_watchlist_items (id, tenant_id, symbol, data_source) values (?, ?, 'X.US', 'STOOQ')",
                UUID.randomUUID(),
                target);
        assertProblem(restore(target, zip, false), 409, "tenant_not_empty");
        assertThat(count("select count(*) from finance_entries where tenant_id = ?", target))
                .isZero();
    }

    @Test
    void aHouseholdWhoseDataWasRemovedRestoresItsOwnBackupWithoutDoublingItsTrail() throws SQLException {
        byte[] zip = backup(source); // its trail now holds this download too, and so does the file
        long trail = count("select count(*) from audit_events where tenant_id = ?", source);
        List<BackupTable> tables = new ArrayList<>(BackupTable.ALL);
        Collections.reverse(tables);
        for (BackupTable table : tables) {
            if (table.mustBeEmptyToRestore()) {
                sql("delete from " + table.name() + " where tenant_id = ?", source);
            }
        }

        HttpResponse<byte[]> restored = restore(source, zip, false);

        assertThat(restored.statusCode()).as(text(restored)).isEqualTo(200);
        assertThat(count("select count(*) from finance_entries where tenant_id = ?", source))
                .isEqualTo(2);
        assertThat(count("select count(*) from audit_events where tenant_id = ?", source))
                .as("the trail as it was, and the restore")
                .isEqualTo(trail + 1);
        assertThat(count("select count(distinct id) from audit_events where tenant_id = ?", source))
                .isEqualTo(trail + 1);
    }

    @Test
    void theSameBackupRestoredWhileItsIdsAreTakenIsAConflictWithNothingWritten() throws SQLException {
        byte[] zip = backup(source); // the source tenant still holds these ids
        UUID target = newTenant();
        assertProblem(restore(target, zip, false), 409, "conflict");
        assertEmpty(target);
    }

    @Test
    void hostileOrBrokenArchivesAreRefusedWithNothingWritten() throws SQLException, IOException {
        Map<String, byte[]> bag = Bags.entries(backup(source));
        dropSource();
        UUID target = newTenant();
        String doc = "data/documents/" + UUID.randomUUID() + "/" + UUID.randomUUID() + "-";

        Map<String, byte[]> slip = new LinkedHashMap<>(bag);
        slip.put("../x", "owned".getBytes(StandardCharsets.UTF_8));
        assertProblem(restore(target, Bags.zip(slip), false), 422, "unsafe_archive_entry");
        Map<String, byte[]> deepSlip = new LinkedHashMap<>(bag);
        deepSlip.put("data/documents/../../../etc/cron.d/x", "owned".getBytes(StandardCharsets.UTF_8));
        assertProblem(restore(target, Bags.zip(deepSlip), false), 422, "unsafe_archive_entry");
        Map<String, byte[]> absolute = new LinkedHashMap<>(bag);
        absolute.put("/etc/passwd", "root".getBytes(StandardCharsets.UTF_8));
        assertProblem(restore(target, Bags.zip(absolute), false), 422, "unsafe_archive_entry");
        Map<String, byte[]> outside = new LinkedHashMap<>(bag);
        outside.put("notes.txt", "hi".getBytes(StandardCharsets.UTF_8));
        assertProblem(restore(target, Bags.zip(outside), false), 422, "unsafe_archive_entry");
        assertProblem(
                restore(target, withSymlink(bag, doc + "link", "/etc/passwd"), false), 422, "unsafe_archive_entry");

        // a zip bomb: 40 MB of zeros (the test limit is 32 MB) compressed to a few tens of kilobytes
        byte[] bomb = zipWithZeros(bag, doc + "bomb.bin", 40 << 20);
        assertThat(bomb.length).isLessThan(1 << 20);
        assertProblem(restore(target, bomb, false), 413, "payload_too_large");
        Map<String, byte[]> many = new LinkedHashMap<>(bag);
        for (int i = 0; i < 200; i++) {
            many.put(doc + i + ".txt", new byte[] {1});
        }
        assertProblem(restore(target, Bags.zip(many), false), 413, "payload_too_large");

        // a tampered row: its checksum no longer matches; resealing the manifest alone leaves the tag manifest stale
        String entries = Bags.text(bag, "data/finance_entries.ndjson");
        Map<String, byte[]> tampered =
                Bags.with(bag, "data/finance_entries.ndjson", entries.replace("\"45.0000\"", "\"45000.0000\""));
        assertProblem(restore(target, Bags.zip(tampered), false), 422, "checksum_mismatch");
        Map<String, byte[]> halfResealed = Bags.resealed(tampered);
        halfResealed.put("tagmanifest-sha256.txt", bag.get("tagmanifest-sha256.txt"));
        assertProblem(restore(target, Bags.zip(halfResealed), false), 422, "checksum_mismatch");
        Map<String, byte[]> missing = new LinkedHashMap<>(bag);
        missing.remove("data/emi_loans.ndjson");
        assertProblem(restore(target, Bags.zip(missing), false), 422, "checksum_mismatch");

        // checksums right, content refused
        String info = Bags.text(bag, "bag-info.txt");
        Map<String, byte[]> newer = Bags.resealed(Bags.with(
                bag, "bag-info.txt", info.replaceAll("Finsuite-Schema-Version: \\d+", "Finsuite-Schema-Version: 999")));
        assertProblem(restore(target, Bags.zip(newer), false), 422, "newer_schema_version");
        Map<String, byte[]> unknown = Bags.resealed(Bags.with(bag, "data/users.ndjson", "{\"id\":\"x\"}\n"));
        assertProblem(restore(target, Bags.zip(unknown), false), 422, "unknown_entity");
        UUID stranger = UUID.randomUUID();
        String firstLine = entries.lines().findFirst().orElseThrow();
        Map<String, byte[]> foreign = Bags.resealed(Bags.with(
                bag,
                "data/finance_entries.ndjson",
                entries.replace(firstLine, firstLine.replace(source.toString(), stranger.toString()))));
        assertProblem(restore(target, Bags.zip(foreign), false), 422, "invalid_backup");
        Map<String, byte[]> extraColumn = Bags.resealed(Bags.with(
                bag, "data/finance_entries.ndjson", entries.replace("\"amount\":", "\"is_admin\":true,\"amount\":")));
        assertProblem(restore(target, Bags.zip(extraColumn), false), 422, "invalid_backup");
        // a row the database refuses half way (the last table): everything before it is rolled back too
        Map<String, byte[]> badLast = Bags.resealed(Bags.with(
                bag,
                "data/manual_prices.ndjson",
                Bags.text(bag, "data/manual_prices.ndjson").replaceAll("\"price\":\"[0-9.]+\"", "\"price\":\"-1\"")));
        assertProblem(restore(target, Bags.zip(badLast), false), 422, "invalid_backup");
        assertProblem(restore(target, "not a zip".getBytes(StandardCharsets.UTF_8), false), 422, "invalid_backup");
        assertProblem(
                upload(
                        "/api/v1/backups/restore",
                        owner(target),
                        Bags.zip(Map.of("bagit.txt", Bag.BAGIT_CONTENT.getBytes(StandardCharsets.UTF_8)))),
                422,
                "invalid_backup");

        assertEmpty(target);
        // the genuine bag still restores
        assertThat(restore(target, Bags.zip(bag), false).statusCode()).isEqualTo(200);
    }

    private static byte[] withSymlink(Map<String, byte[]> bag, String name, String target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : bag.entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeArchiveEntry();
            }
            ZipArchiveEntry link = new ZipArchiveEntry(name);
            link.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(link);
            out.write(target.getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] zipWithZeros(Map<String, byte[]> bag, String name, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            out.putNextEntry(new java.util.zip.ZipEntry(name)); // first, so the limit is met before anything else
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
            out.closeEntry();
            for (Map.Entry<String, byte[]> entry : bag.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status, String code) {
        assertThat(response.statusCode()).as(text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("code").asString()).as(text(response)).isEqualTo(code);
    }
}
