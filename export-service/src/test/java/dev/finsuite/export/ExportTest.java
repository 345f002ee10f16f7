package dev.finsuite.export;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.common.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * export-service whole on a random port, against the real PostgreSQL. Data is seeded by SQL as the database
 * owner (independent of the other services); each test makes its own tenants.
 */
public abstract class ExportTest extends ServiceTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Restore limits small enough for a test to exceed quickly (one context for every export test). */
    @DynamicPropertySource
    static void backupLimits(DynamicPropertyRegistry registry) {
        registry.add("finsuite.backup.max-uncompressed-bytes", () -> "32MB");
        registry.add("finsuite.backup.max-entries", () -> "200");
        // small chunks, so even a test's file is stored in many and read back in order
        registry.add("finsuite.export.jobs.chunk-size", () -> "1KB");
        registry.add("finsuite.export.jobs.poll-interval", () -> "200ms");
        registry.add("finsuite.export.jobs.heartbeat-interval", () -> "200ms");
        // the report scheduler runs when a test calls it, not on its own in the middle of one
        registry.add("finsuite.export.reports.schedule-initial-delay", () -> "1h");
    }

    /** Polls a job until it reaches one of {@code statuses} (30 s at most) and returns it. */
    protected tools.jackson.databind.JsonNode awaitJob(String location, String token, String... statuses) {
        return Awaitility.await("job " + location + " in " + Arrays.toString(statuses))
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            var reply = api().get(location).token(token).send();
                            if (reply.status() != 200) {
                                throw new AssertionError("Polling " + location + ": " + reply);
                            }
                            return reply.json();
                        },
                        job -> Arrays.asList(statuses)
                                .contains(job.get("status").asString()));
    }

    /** POST one multipart part {@code file} holding {@code content}, as curl -F would. */
    protected HttpResponse<byte[]> upload(String pathAndQuery, String token, byte[] content) {
        String boundary = "finsuite-" + UUID.randomUUID();
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"backup.zip\"\r\n"
                        + "Content-Type: application/zip\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One number a query as the database owner (past row-level security) answers. */
    protected static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    protected static UUID newTenant() throws SQLException {
        UUID id = UUID.randomUUID();
        sql("insert into tenants (id, name, base_currency, timezone) values (?, 'T', 'INR', 'UTC')", id);
        return id;
    }

    protected static String viewer(UUID tenant) {
        return TestTokens.access(tenant, "VIEWER");
    }

    /** Runs one statement as the database owner, past row-level security. */
    protected static void sql(String sql, Object... parameters) throws SQLException {
        try (Connection connection = TestInfrastructure.ownerConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.execute();
        }
    }

    /** GET as a client would, the body as bytes (an XLSX is binary). */
    protected HttpResponse<byte[]> download(String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A CSV body read back by opencsv's RFC 4180 parser: the header, then the rows. */
    protected static List<String[]> csv(byte[] body, char separator) {
        try (CSVReader reader = new CSVReaderBuilder(
                        new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))
                .withCSVParser(
                        new RFC4180ParserBuilder().withSeparator(separator).build())
                .withKeepCarriageReturn(true)
                .build()) {
            return reader.readAll();
        } catch (IOException | CsvException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CSV rows as maps from header name to value. */
    protected static List<Map<String, String>> records(List<String[]> csv) {
        String[] header = csv.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (String[] row : csv.subList(1, csv.size())) {
            if (row.length != header.length) {
                throw new AssertionError("Row with " + row.length + " cells under " + header.length + " columns: "
                        + Arrays.toString(row));
            }
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                record.put(header[i], row[i]);
            }
            records.add(record);
        }
        return records;
    }
}
