package dev.finsuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml as Debian's docker-compose (1.29) reads it: valid, with the six services reached only
 * through the gateway (no published port) and replicated. 1.29 does not know the top-level `name:` key that Compose v2
 * reads, so the check runs on a copy without it. A machine without docker-compose fails this (.ci/run installs it).
 */
class ComposeConfigTests {

    @Test
    void theComposeFileIsValidAndOnlyTheGatewayIsPublished() throws IOException, InterruptedException {
        Path root = ServiceProcess.ROOT;
        String compose = Files.readString(root.resolve("docker-compose.yml"));
        Path copy = Files.createTempFile(Path.of("target").toAbsolutePath(), "compose-", ".yml");
        Files.writeString(copy, compose.replaceAll("(?m)^name:.*\\R", ""));
        Path output = Files.createTempFile(Path.of("target").toAbsolutePath(), "compose-config-", ".out");

        ProcessBuilder check = new ProcessBuilder(
                        "docker-compose", "-f", copy.toString(), "--project-directory", root.toString(), "config")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        check.environment().put("SECRET_KEY", "a-compose-check-key-of-more-than-32-bytes-length");
        Process process;
        try {
            process = check.start();
        } catch (IOException e) {
            throw new AssertionError(
                    "docker-compose is not installed: apt-get install -y docker-compose (.ci/run does)", e);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String config = Files.readString(output);
        assertThat(process.exitValue()).as(config).isZero();

        String gateway = config.substring(config.indexOf("\n  gateway:"));
        assertThat(gateway.substring(0, nextServiceAt(gateway)))
                .contains("published: 8080")
                .contains("target: 8080")
                .as("stub_status (8081) stays inside the network")
                .doesNotContain("8081");
        String mailpit = config.substring(config.indexOf("\n  mailpit:"));
        assertThat(mailpit.substring(0, nextServiceAt(mailpit)))
                .as("Mailpit's inbox is on this machine only")
                .contains("127.0.0.1:8025:8025");
        String auth = config.substring(config.indexOf("\n  auth-service:"));
        assertThat(auth.substring(0, nextServiceAt(auth)))
                .as("auth-service mails through Mailpit unless told otherwise")
                .contains("SMTP_HOST: mailpit")
                .contains("SMTP_PORT: '1025'");
        String exporter = config.substring(config.indexOf("\n  nginx-exporter:"));
        assertThat(exporter.substring(0, nextServiceAt(exporter))).contains("http://gateway:8081/stub_status");
        for (String service : List.of(
                "auth-service",
                "finance-service",
                "emi-service",
                "investment-service",
                "market-service",
                "export-service")) {
            String block = config.substring(config.indexOf("\n  " + service + ":"));
            String own = block.substring(0, nextServiceAt(block));
            assertThat(own)
                    .as(service)
                    .contains("replicas: 2")
                    .contains("stop_grace_period: 45s")
                    .as(service + " is reached through the gateway only")
                    .doesNotContain("ports:");
        }
    }

    /** Where the next top-level service entry begins in {@code block} (which starts with one). */
    private static int nextServiceAt(String block) {
        java.util.regex.Matcher next =
                java.util.regex.Pattern.compile("\n  [a-z][a-z0-9-]*:\n").matcher(block);
        return next.find(1) ? next.start() : block.length();
    }
}
