package dev.finsuite.export.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.export.ExportTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document as a frontend developer reads it at {@code /v3/api-docs}: every operation shows what its
 * success looks like, JSON examples are JSON, problem examples are the suite's problems, and the query parameters
 * read from a map are listed. Examples that can be compared with a real answer of this service are.
 */
class OpenApiTests extends ExportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode docs;

    @BeforeEach
    void readTheDocument() {
        var reply = api().get("/v3/api-docs").send();
        assertThat(reply.status()).isEqualTo(200);
        docs = reply.json();
    }

    @Test
    void everyOperationShowsAnExampleOfItsSuccess() {
        List<String> without = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                if (!showsItsSuccess(operation.getValue().get("responses"))) {
                    without.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(24);
        assertThat(without)
                .as("operations without an example of their 2xx response")
                .isEmpty();
    }

    /** A 2xx with an example on one of its media types (or on the schema it names); a 204 has no body to show. */
    private boolean showsItsSuccess(JsonNode responses) {
        boolean shown = false;
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            JsonNode content = response.getValue().get("content");
            if (content == null) {
                shown |= response.getKey().equals("204");
                continue;
            }
            for (Map.Entry<String, JsonNode> mediaType : content.properties()) {
                shown |= !examples(mediaType.getValue()).isEmpty();
            }
        }
        return shown;
    }

    @Test
    void everyJsonExampleIsJsonAndEveryProblemExampleIsAProblem() {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                for (Map.Entry<String, JsonNode> response :
                        operation.getValue().get("responses").properties()) {
                    String where = operation.getKey() + " " + path.getKey() + " " + response.getKey();
                    checked.addAll(checkJson(where, resolve(response.getValue())));
                }
            }
        }
        for (Map.Entry<String, JsonNode> response :
                docs.get("components").get("responses").properties()) {
            checked.addAll(checkJson("components.responses." + response.getKey(), response.getValue()));
        }
        assertThat(checked).hasSizeGreaterThan(30);
    }

    /** Each example of a JSON media type parses; each of problem+json is a problem of the suite's shape. */
    private List<String> checkJson(String where, JsonNode response) {
        List<String> checked = new ArrayList<>();
        JsonNode content = response.get("content");
        if (content == null) {
            return checked;
        }
        for (Map.Entry<String, JsonNode> mediaType : content.properties()) {
            String type = mediaType.getKey();
            if (!type.equals("application/json") && !type.endsWith("+json")) {
                continue;
            }
            for (JsonNode example : examples(mediaType.getValue())) {
                // springdoc parses a JSON example into the document; one that is not JSON stays a string
                JsonNode body = example.isString() ? parse(where, example.asString()) : example;
                assertThat(body.isObject() || body.isArray())
                        .as(where + ": " + example)
                        .isTrue();
                if (type.equals("application/problem+json")) {
                    String code = body.get("code").asString();
                    assertThat(body.get("type").asString()).as(where).isEqualTo("urn:finsuite:problem:" + code);
                    assertThat(body.get("title").asString()).as(where).isNotBlank();
                    assertThat(body.get("detail").asString()).as(where).isNotBlank();
                    if (!where.startsWith("components")) { // an operation's: "<method> <path> <status>"
                        assertThat(body.get("status").asString())
                                .as(where)
                                .isEqualTo(where.substring(where.lastIndexOf(' ') + 1));
                    }
                    if (code.equals("validation_failed")) {
                        assertThat(body.get("errors").findValuesAsString("field"))
                                .as(where)
                                .isNotEmpty();
                    }
                }
                checked.add(where);
            }
        }
        return checked;
    }

    @Test
    void theReportExamplesShowMoneyAsDecimalStringsAndTheirProblems() {
        JsonNode budget = successExample("/api/v1/reports/budget-vs-actual", "get", "application/json");
        assertThat(budget.at("/periods/0/limit").isString()).isTrue();
        assertThat(budget.at("/periods/1/available").asString()).isEqualTo("1300.00");
        JsonNode netWorth = successExample("/api/v1/reports/net-worth", "get", "application/json");
        assertThat(netWorth.at("/absent").findValuesAsString("part")).contains("bankAndCashBalances");
        assertThat(netWorth.at("/months/0/netWorth").isString()).isTrue();
        JsonNode loan = successExample("/api/v1/reports/loans/{loanId}", "get", "application/json");
        assertThat(loan.at("/schedule").size())
                .isEqualTo(loan.at("/loan/instalments").asInt());
        JsonNode investments = successExample("/api/v1/reports/investments", "get", "application/json");
        assertThat(investments.at("/holdings/totals/marketValue").asString()).isEqualTo("780.00");

        for (String path : List.of(
                "/api/v1/reports/budget-vs-actual",
                "/api/v1/reports/net-worth",
                "/api/v1/reports/loans/{loanId}",
                "/api/v1/reports/investments")) {
            JsonNode responses = docs.get("paths").get(path).get("get").get("responses");
            assertThat(problemCodes(responses, "400")).as(path).containsExactly("validation_failed");
            assertThat(problemCodes(responses, "503")).as(path).containsExactly("upstream_unavailable");
        }
        assertThat(problemCodes(docs.at("/paths/~1api~1v1~1reports~1loans~1{loanId}/get/responses"), "404"))
                .containsExactly("not_found");
        JsonNode download = docs.at("/paths/~1api~1v1~1exports~1jobs~1{id}~1file/get/responses");
        assertThat(problemCodes(download, "409")).containsExactly("conflict");
        assertThat(problemCodes(download, "410")).containsExactly("export_expired");
        JsonNode restore = docs.at("/paths/~1api~1v1~1backups~1restore/post/responses");
        assertThat(problemCodes(restore, "413")).containsExactly("payload_too_large");
        assertThat(problemCodes(restore, "400")).containsExactly("validation_failed");
        assertThat(problemCodes(restore, "422")).contains("checksum_mismatch", "unsafe_archive_entry");
    }

    @Test
    void queryParametersReadFromAMapAreListedWithExamples() {
        assertThat(queryParameters("/api/v1/exports/{entity}", "get"))
                .containsExactlyInAnyOrder(
                        "format", "dialect", "locale", "from", "to", "categoryId", "tag", "currency", "accountId");
        assertThat(queryParameters("/api/v1/exports/{entity}/jobs", "post"))
                .isEqualTo(queryParameters("/api/v1/exports/{entity}", "get"));
        assertThat(queryParameters("/api/v1/reports/budget-vs-actual", "get"))
                .containsExactlyInAnyOrder("from", "to", "format", "dialect", "locale");
        assertThat(queryParameters("/api/v1/reports/net-worth", "get"))
                .containsExactlyInAnyOrder("from", "to", "format", "dialect", "locale");
        assertThat(queryParameters("/api/v1/reports/loans/{loanId}", "get"))
                .containsExactlyInAnyOrder("format", "dialect", "locale", "table");
        assertThat(queryParameters("/api/v1/reports/investments", "get"))
                .containsExactlyInAnyOrder("format", "dialect", "locale", "table");
        for (JsonNode parameter : docs.at("/paths/~1api~1v1~1exports~1{entity}/get/parameters")) {
            if (parameter.get("in").asString().equals("query")) {
                assertThat(parameter.get("description").asString())
                        .as(parameter.toString())
                        .isNotBlank();
                assertThat(parameter.has("example")).as(parameter.toString()).isTrue();
            }
        }
    }

    @Test
    void theParameterExamplesTogetherAreAValidExport() {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : docs.at("/paths/~1api~1v1~1exports~1{entity}/get/parameters")) {
            String name = parameter.get("name").asString();
            if (parameter.get("in").asString().equals("query") && !name.equals("accountId")) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(parameter.get("example").asString());
            }
        }
        HttpResponse<byte[]> export = download("/api/v1/exports/expenses" + query, viewer(tenant()));
        assertThat(export.statusCode()).as(query + ": " + text(export)).isEqualTo(200);
    }

    @Test
    void theCsvExampleHasTheColumnsOfARealExpensesExport() {
        String example =
                successExample("/api/v1/exports/{entity}", "get", "text/csv").asString();
        List<String[]> rows = csv(example.getBytes(StandardCharsets.UTF_8), ',');
        HttpResponse<byte[]> real = download("/api/v1/exports/expenses", viewer(tenant()));

        assertThat(real.statusCode()).isEqualTo(200);
        assertThat(rows.get(0)).containsExactly(csv(real.body(), ',').get(0));
        assertThat(rows).hasSizeGreaterThan(1).allSatisfy(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
        assertThat(docs.at("/paths/~1api~1v1~1exports~1{entity}/get/responses/200/content")
                        .has("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isTrue();
        assertThat(docs.at("/paths/~1api~1v1~1exports~1{entity}/get/responses/200/content")
                        .has("application/jsonl"))
                .isTrue();
    }

    @Test
    void theRestoreExamplesHaveTheFieldsOfARealDryRun() throws SQLException {
        UUID empty = tenant();
        byte[] backup =
                download("/api/v1/backups", TestTokens.access(empty, "OWNER")).body();
        // The backup holds its own download's audit event, whose id a restore keeps: it restores once its tenant
        // is gone (or on another installation), as a household's backup would.
        sql("delete from tenants where id = ?", empty);
        HttpResponse<byte[]> dryRun =
                upload("/api/v1/backups/restore?dryRun=true", TestTokens.access(tenant(), "OWNER"), backup);
        assertThat(dryRun.statusCode())
                .as(new String(dryRun.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        JsonNode real = parse("restore", new String(dryRun.body(), StandardCharsets.UTF_8));

        JsonNode examples =
                docs.at("/paths/~1api~1v1~1backups~1restore/post/responses/200/content/application~1json/examples");
        assertThat(examples.at("/dryRun/value/dryRun").asBoolean()).isTrue();
        assertThat(examples.at("/restored/value/dryRun").asBoolean()).isFalse();
        for (JsonNode example : List.of(examples.at("/dryRun/value"), examples.at("/restored/value"))) {
            assertThat(fields(example)).isEqualTo(fields(real));
            assertThat(fields(example.get("rows"))).isEqualTo(fields(real.get("rows")));
            // the number itself moves with every migration; an example only has to look like one
            assertThat(example.get("schemaVersion").asString()).matches("\\d+");
        }
    }

    // ---------------------------------------------------------------- reading the document

    private UUID tenant() {
        try {
            return newTenant();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example bodies of one media type: each of {@code examples}, {@code example}, or the schema's example. */
    private List<JsonNode> examples(JsonNode mediaType) {
        List<JsonNode> found = new ArrayList<>();
        if (mediaType.has("examples")) {
            mediaType.get("examples").valueStream().forEach(e -> found.add(e.get("value")));
        }
        if (mediaType.has("example")) {
            found.add(mediaType.get("example"));
        }
        JsonNode schema = mediaType.get("schema");
        if (schema != null && schema.has("$ref")) {
            schema = docs.at(schema.get("$ref").asString().substring(1));
        }
        if (schema != null && schema.has("example")) {
            found.add(schema.get("example"));
        }
        return found;
    }

    private JsonNode resolve(JsonNode response) {
        return response.has("$ref") ? docs.at(response.get("$ref").asString().substring(1)) : response;
    }

    private JsonNode successExample(String path, String method, String mediaType) {
        JsonNode content = docs.get("paths")
                .get(path)
                .get(method)
                .get("responses")
                .get("200")
                .get("content");
        List<JsonNode> found = examples(content.get(mediaType));
        assertThat(found).as(path + " " + mediaType).isNotEmpty();
        return found.get(0);
    }

    private List<String> problemCodes(JsonNode responses, String status) {
        JsonNode response = resolve(responses.get(status));
        return examples(response.get("content").get("application/problem+json")).stream()
                .map(body -> body.get("code").asString())
                .toList();
    }

    private TreeSet<String> queryParameters(String path, String method) {
        TreeSet<String> names = new TreeSet<>();
        for (JsonNode parameter : docs.get("paths").get(path).get(method).get("parameters")) {
            if (parameter.get("in").asString().equals("query")) {
                names.add(parameter.get("name").asString());
            }
        }
        return names;
    }

    private static TreeSet<String> fields(JsonNode node) {
        TreeSet<String> names = new TreeSet<>();
        node.properties().forEach(p -> names.add(p.getKey()));
        return names;
    }

    private static JsonNode parse(String where, String text) {
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": the example is not JSON: " + text, e);
        }
    }
}
