package dev.finsuite.ops;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real nginx with the project's configuration (ops/nginx), on a free port, in front of the given replicas:
 * only the upstreams file and the listening port differ from what ./run.sh and docker compose use. A machine
 * without nginx FAILS these tests (.ci/run installs it).
 */
final class Gateway implements AutoCloseable {

    static final List<String> UPSTREAMS = List.of(
            "auth_service", "finance_service", "emi_service", "investment_service", "market_service", "export_service");
    private static final Path CONFIG = ServiceProcess.ROOT.resolve("ops").resolve("nginx");

    final int port;
    /** The stub_status server's port (8081 in ops/nginx), here on 127.0.0.1 as ./run.sh binds it. */
    final int statusPort;

    private final Path prefix;
    private final Path log;
    private final Process process;

    private Gateway(int port, int statusPort, Path prefix, Process process) {
        this.port = port;
        this.statusPort = statusPort;
        this.prefix = prefix;
        this.log = prefix.resolve("gateway.log");
        this.process = process;
    }

    /** nginx in front of these servers, by upstream name (e.g. "finance_service" to two "127.0.0.1:port"). */
    static Gateway start(Map<String, List<String>> servers) {
        try {
            int port = ServiceProcess.freePort();
            int statusPort = ServiceProcess.freePort();
            Path prefix = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "gateway-");
            Path conf = Files.createDirectories(prefix.resolve("conf"));
            String main = Files.readString(CONFIG.resolve("nginx.conf"));
            if (!main.contains("listen 8080;") || !main.contains("listen 8081;")) {
                throw new IllegalStateException(
                        "ops/nginx/nginx.conf no longer says `listen 8080;` and `listen 8081;`");
            }
            Files.writeString(
                    conf.resolve("nginx.conf"),
                    main.replace("listen 8080;", "listen " + port + ";")
                            .replace("listen 8081;", "listen 127.0.0.1:" + statusPort + ";"));
            Files.copy(CONFIG.resolve("problems.conf"), conf.resolve("problems.conf"));
            Files.copy(CONFIG.resolve("mime.types.conf"), conf.resolve("mime.types.conf"));
            Files.writeString(conf.resolve("upstreams.conf"), upstreams(servers));
            // The web app, where ./run.sh puts it too: <prefix>/web is web/dist (when the web module was built).
            Path dist = ServiceProcess.ROOT.resolve("web").resolve("dist");
            if (Files.isDirectory(dist)) {
                Files.createSymbolicLink(prefix.resolve("web"), dist);
            }
            Path log = prefix.resolve("gateway.log");
            Process process = new ProcessBuilder(
                            nginx(),
                            "-p",
                            prefix + "/",
                            "-c",
                            conf.resolve("nginx.conf").toString(),
                            "-g",
                            globalDirectives())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Gateway gateway = new Gateway(port, statusPort, prefix, process);
            gateway.awaitListening();
            return gateway;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start nginx: " + e.getMessage(), e);
        }
    }

    /**
     * Started as root, nginx would serve files as its unprivileged worker user ("nobody"), who cannot pass through
     * a checkout in a private folder (a CI clone in a mktemp directory, /root): its workers stay root then, as the
     * test run itself is. As any other user, nginx runs as that user and needs nothing.
     */
    private static String globalDirectives() {
        return "root".equals(System.getProperty("user.name")) ? "daemon off; user root;" : "daemon off;";
    }

    private static String upstreams(Map<String, List<String>> servers) {
        return UPSTREAMS.stream()
                .map(name -> "upstream " + name + " {\n"
                        + servers.getOrDefault(name, List.of("127.0.0.1:" + ServiceProcess.freePort())).stream()
                                .map(server -> "    server " + server + " max_fails=1 fail_timeout=5s;\n")
                                .collect(Collectors.joining())
                        + "    keepalive 8;\n}\n")
                .collect(Collectors.joining());
    }

    private static String nginx() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(
                        Stream.of(path.split(":")), Stream.of("/usr/sbin", "/usr/local/sbin", "/usr/local/nginx/sbin"))
                .map(dir -> Path.of(dir, "nginx"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElseThrow(() -> new IllegalStateException("nginx is not installed, and the gateway tests run the "
                        + "real one: apt-get install -y nginx (.ci/run does)."));
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited at start:\n" + log());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                ServiceProcess.sleep(Duration.ofMillis(100));
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + ":\n" + log());
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String statusUrl() {
        return "http://127.0.0.1:" + statusPort;
    }

    /** Everything nginx wrote: its access log (JSON lines on stdout) and its error log (stderr). */
    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Path prefix() {
        return prefix;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
