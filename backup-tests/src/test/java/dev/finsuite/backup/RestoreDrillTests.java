package dev.finsuite.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * ops/backup run for real: the suite's migrations in a scratch cluster that archives its WAL, a full backup
 * by the backup job's own script, rows written after it, then the restore drill into a second scratch
 * cluster, which must find every row (the archived WAL replayed) and the migrations at their version.
 */
class RestoreDrillTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DRILL = ROOT.resolve("ops/backup/restore-drill.sh");
    private static final Path SCHEDULE = ROOT.resolve("ops/backup/backup-schedule.sh");
    private static final Pattern TABLE_LINE = Pattern.compile("(?m)^table (\\S+) (\\d+)$");

    @Test
    void theDrillRestoresTheLatestBackupWithEveryRowAndTheMigrationVersion() throws Exception {
        assertThat(ScratchCluster.runWithStatus(List.of("sh", "-c", "command -v pgbackrest"), Map.of())
                        .exitCode())
                .as("pgbackrest must be installed (apt-get install pgbackrest; .ci/run does)")
                .isZero();

        try (ScratchCluster source = ScratchCluster.start()) {
            try (Connection connection = source.connect("postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute("create database finsuite");
            }
            source.pgbackrest("stanza-create");
            String migrated = Flyway.configure()
                    .dataSource(source.jdbcUrl("finsuite"), "postgres", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate()
                    .targetSchemaVersion;
            addTenants(source, 3);

            Path metrics = source.dir.resolve("metrics");
            // a copy the postgres user can read wherever the checkout is (CI's may sit in root's home)
            Path schedule = Files.copy(SCHEDULE, source.dir.resolve("backup-schedule.sh"));
            schedule.toFile().setReadable(true, false);
            source.asPostgres(
                    Map.of(
                            "PGBACKREST_CONFIG",
                            source.config.toString(),
                            "BACKUP_STANZA",
                            ScratchCluster.STANZA,
                            "BACKUP_ONCE",
                            "full",
                            "BACKUP_METRICS_DIR",
                            metrics.toString()),
                    "bash",
                    schedule.toString());
            // written after the backup: only the archived WAL can bring these back
            addTenants(source, 2);
            source.pgbackrest("check");
            Map<String, Long> expected = rowCounts(source);

            ScratchCluster.Result drill = ScratchCluster.runWithStatus(
                    List.of("bash", DRILL.toString()),
                    Map.of(
                            "PGBACKREST_CONFIG",
                            source.config.toString(),
                            "STANZA",
                            ScratchCluster.STANZA,
                            "DRILL_PORT",
                            Integer.toString(freePortBeside(source.port))));

            assertThat(drill.exitCode()).as(drill.output()).isZero();
            assertThat(tableLines(drill.output())).isEqualTo(expected);
            assertThat(expected.get("public.tenants")).isEqualTo(5);
            assertThat(drill.output())
                    .contains("flyway_version " + migrated)
                    .containsPattern(
                            "restore-drill: OK: \\d+ tables, \\d+ rows, migrations at " + Pattern.quote(migrated))
                    .containsPattern("(?m)^drill_seconds \\d+\\.\\d$");

            String textfile = Files.readString(metrics.resolve("finsuite_backup.prom"));
            Matcher success = Pattern.compile("(?m)^finsuite_backup_last_success_timestamp_seconds (\\d+)$")
                    .matcher(textfile);
            assertThat(success.find()).as(textfile).isTrue();
            assertThat(Instant.ofEpochSecond(Long.parseLong(success.group(1))))
                    .isBetween(Instant.now().minusSeconds(1800), Instant.now());
            assertThat(textfile).contains("finsuite_backup_last_attempt_success{type=\"full\"} 1");

            ScratchCluster.Result wrongVersion = ScratchCluster.runWithStatus(
                    List.of("bash", DRILL.toString()),
                    Map.of(
                            "PGBACKREST_CONFIG",
                            source.config.toString(),
                            "STANZA",
                            ScratchCluster.STANZA,
                            "DRILL_PORT",
                            Integer.toString(freePortBeside(source.port)),
                            "EXPECTED_FLYWAY_VERSION",
                            "999"));
            assertThat(wrongVersion.exitCode()).as(wrongVersion.output()).isNotZero();
            assertThat(wrongVersion.output())
                    .contains("FAILED: flyway_schema_history is at " + migrated + ", expected 999");
        }
    }

    private static void addTenants(ScratchCluster cluster, int count) throws SQLException {
        try (Connection connection = cluster.connect("finsuite");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into tenants (id, name, base_currency, timezone) values (?, ?, 'INR', 'Asia/Kolkata')")) {
            for (int i = 0; i < count; i++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "Household " + i);
                insert.executeUpdate();
            }
        }
    }

    /** The same question the drill asks, put to the source: rows in every user table. */
    private static Map<String, Long> rowCounts(ScratchCluster cluster) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = cluster.connect("finsuite");
                Statement statement = connection.createStatement()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery("select format('%I.%I', schemaname, relname) from pg_stat_user_tables")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> tableLines(String output) {
        Map<String, Long> counts = new TreeMap<>();
        Matcher line = TABLE_LINE.matcher(output);
        while (line.find()) {
            counts.put(line.group(1), Long.parseLong(line.group(2)));
        }
        return counts;
    }

    private static int freePortBeside(int taken) throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort() == taken ? freePortBeside(taken) : socket.getLocalPort();
        }
    }
}
