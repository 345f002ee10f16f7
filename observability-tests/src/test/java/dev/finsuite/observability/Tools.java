package dev.finsuite.observability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real programs the checks run (promtool, amtool, prometheus and, in ops-tests, the exporters), found on the PATH. A missing one FAILS the test
 * with how to install it: the checks are the point, never skipped.
 */
public final class Tools {

    public static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    public static final Path OBSERVABILITY = ROOT.resolve("ops").resolve("observability");
    static final String INSTALL = "apt-get install -y prometheus prometheus-alertmanager prometheus-postgres-exporter"
            + " prometheus-redis-exporter prometheus-node-exporter prometheus-nginx-exporter (.ci/run does it)";

    private Tools() {}

    public static Path find(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(program + " is not installed, and the observability checks need it: " + INSTALL);
    }

    /** Runs {@code program} with {@code arguments} in {@code directory}; its exit code and combined output. */
    static Result run(Path directory, String program, String... arguments) {
        List<String> command = new java.util.ArrayList<>();
        command.add(find(program).toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within 2 minutes");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Could not run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Result(int exitCode, String output) {}
}
