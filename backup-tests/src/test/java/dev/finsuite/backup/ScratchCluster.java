package dev.finsuite.backup;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL made with initdb in a temporary directory, on a free port, archiving its WAL into a
 * pgBackRest repository beside it. PostgreSQL refuses to run as root, so as root every program runs as the
 * {@code postgres} user.
 */
final class ScratchCluster implements AutoCloseable {

    static final String STANZA = "drill";
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    final Path dir;
    final Path config;
    final int port;
    private final Path bin;

    private ScratchCluster(Path dir, Path bin, int port) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.config = dir.resolve("pgbackrest.conf");
    }

    static ScratchCluster start() throws IOException, InterruptedException {
        Path bin = postgresBin();
        Path dir = Files.createTempDirectory("backup-drill-");
        ScratchCluster cluster = new ScratchCluster(dir, bin, freePort());
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        if (ROOT) {
            run(List.of("chown", "postgres", dir.toString()), Map.of());
        }
        Files.writeString(cluster.config, """
                [global]
                repo1-path=%1$s/repo
                lock-path=%1$s
                log-path=%1$s
                log-level-console=info
                log-level-file=off
                start-fast=y
                repo1-retention-full=2

                [%2$s]
                pg1-path=%1$s/source
                pg1-port=%3$d
                pg1-socket-path=%1$s
                """.formatted(dir, STANZA, cluster.port));
        cluster.config.toFile().setReadable(true, false);
        cluster.asPostgres(
                bin.resolve("initdb").toString(),
                "-D",
                dir.resolve("source").toString(),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync");
        Files.writeString(
                dir.resolve("source/postgresql.conf"),
                """

                port = %d
                listen_addresses = '127.0.0.1'
                unix_socket_directories = '%s'
                fsync = off
                wal_level = replica
                archive_mode = on
                archive_command = 'pgbackrest --config=%s --stanza=%s archive-push %%p'
                """.formatted(cluster.port, dir, cluster.config, STANZA),
                java.nio.file.StandardOpenOption.APPEND);
        cluster.asPostgres(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dir.resolve("source").toString(),
                "-l",
                dir.resolve("source.log").toString(),
                "-w",
                "-t",
                "120",
                "start");
        return cluster;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** pgBackRest on this cluster's stanza, as the user that owns the cluster. */
    String pgbackrest(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("pgbackrest", "--config=" + config, "--stanza=" + STANZA));
        line.addAll(List.of(command));
        return asPostgres(line.toArray(String[]::new));
    }

    String asPostgres(String... command) throws IOException, InterruptedException {
        return asPostgres(Map.of(), command);
    }

    String asPostgres(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (ROOT) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.add("env");
        environment.forEach((name, value) -> line.add(name + "=" + value));
        line.addAll(List.of(command));
        return run(line, Map.of());
    }

    static Result runWithStatus(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 10 minutes:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    record Result(int exitCode, String output) {}

    private static String run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Result result = runWithStatus(command, environment);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(
                    String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result.output();
    }

    /** The newest PostgreSQL's programs in Debian's layout, or wherever pg_ctl is on the PATH. */
    static Path postgresBin() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparingInt(bin -> Integer.parseInt(
                                bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                        .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
            }
        }
        for (String entry : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(entry, "initdb"))) {
                return Path.of(entry);
            }
        }
        throw new IllegalStateException("PostgreSQL's initdb is not installed (apt-get install postgresql)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            asPostgres(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    dir.resolve("source").toString(),
                    "-m",
                    "immediate",
                    "stop");
        } catch (IllegalStateException e) {
            // already stopped
        }
        run(List.of("rm", "-rf", dir.toString()), Map.of());
    }
}
