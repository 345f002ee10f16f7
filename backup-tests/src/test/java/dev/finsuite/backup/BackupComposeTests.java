package dev.finsuite.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs compose here, so its backup wiring is checked as data: the database archives WAL
 * through pgBackRest, and the backup job sees the same data, socket and repository at the same paths (pgBackRest
 * checks the data directory against the server's), with the retention the README promises.
 */
class BackupComposeTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDatabaseArchivesEveryWalSegmentIntoTheRepository() throws IOException {
        Map<String, Object> postgres = service("postgres");
        String command = String.join(" ", (List<String>) postgres.get("command"));

        assertThat(postgres.get("build")).isEqualTo("ops/backup");
        assertThat(command)
                .contains(
                        "archive_mode=on",
                        "wal_level=replica",
                        "archive_command=pgbackrest --stanza=finsuite archive-push %p");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBackupJobSharesTheDatabasesVolumesAndWaitsForIt() throws IOException {
        Map<String, Object> postgres = service("postgres");
        Map<String, Object> backup = service("backup");

        assertThat(backup.get("image")).isEqualTo(postgres.get("image"));
        assertThat((List<String>) backup.get("entrypoint")).containsExactly("backup-schedule.sh");
        assertThat((List<String>) backup.get("volumes"))
                .containsAll((List<String>) postgres.get("volumes"))
                .anyMatch(volume -> volume.startsWith("backup-metrics:"));
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) backup.get("depends_on");
        assertThat(dependsOn.get("postgres").get("condition")).isEqualTo("service_healthy");
    }

    @Test
    void retentionKeepsFourFullsAndAWeekOfDifferentialsForTheStanzaTheDatabaseArchivesTo() throws IOException {
        String config = Files.readString(ROOT.resolve("ops/backup/pgbackrest.conf"));

        assertThat(config)
                .contains(
                        "[finsuite]",
                        "repo1-retention-full=4",
                        "repo1-retention-diff=7",
                        "pg1-path=/var/lib/postgresql/data");
        assertThat(Files.readString(ROOT.resolve("ops/backup/Dockerfile")))
                .contains("FROM postgres:16-bookworm", "pgbackrest");
    }
}
