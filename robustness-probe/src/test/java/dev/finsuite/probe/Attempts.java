package dev.finsuite.probe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The requests the probe makes of one operation. Each breaks one thing in an otherwise valid request of the
 * attacked tenant: one parameter, one body property, the whole body, its media type, the Accept header, the
 * credentials; and the same valid request is made with another tenant's token to the attacked tenant's ids.
 */
final class Attempts {

    /** How many body properties are probed one by one: bounds the run on documents with wide bodies. */
    static final int MAX_PROPERTIES = 12;

    /** What a response must also satisfy, beyond the checks every response gets ({@link Verdict}). */
    enum Expect {
        ROBUST,
        FOREIGN_ID,
        FOREIGN
    }

    record Attempt(Operation operation, String variant, RawHttp.Request request, Expect expect) {}

    private Attempts() {}

    static List<Attempt> of(Operation operation, ValidValues valid, String baseUrl, Tenant attacked, Tenant attacker) {
        Map<String, String> pathValues = valid.pathValues(operation);
        Map<String, String> queryValues = new LinkedHashMap<>();
        for (Operation.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query") && parameter.required()) {
                queryValues.put(parameter.name(), ValidValues.value(parameter));
            }
        }
        RawHttp.Request base = withValidBody(
                        operation,
                        RawHttp.Request.of(operation.method(), baseUrl, target(operation, pathValues, queryValues)))
                .token(attacked.ownerToken());
        List<Attempt> attempts = new ArrayList<>();
        for (Operation.Parameter parameter : operation.parameters()) {
            for (Malformed.Value value : Malformed.parameterValues(parameter)) {
                attempts.add(new Attempt(
                        operation,
                        parameter.in() + " " + parameter.name() + ": " + value.name(),
                        rewrite(base, operation, pathValues, queryValues, parameter.name(), value.raw()),
                        Expect.ROBUST));
            }
            if (parameter.in().equals("query")) {
                String twice =
                        ValidValues.value(parameter) + "&" + parameter.name() + "=" + ValidValues.value(parameter);
                attempts.add(new Attempt(
                        operation,
                        "query " + parameter.name() + ": repeated",
                        rewrite(base, operation, pathValues, queryValues, parameter.name(), twice),
                        Expect.ROBUST));
            }
        }
        if (operation.hasBody()) {
            attempts.addAll(bodyAttempts(operation, base));
        }
        attempts.add(new Attempt(
                operation, "Accept: application/x-probe", base.header("Accept", "application/x-probe"), Expect.ROBUST));
        attempts.add(new Attempt(operation, "no token", base.token(null), Expect.ROBUST));
        attempts.add(new Attempt(operation, "malformed token", base.token("not.a.jwt"), Expect.ROBUST));
        attempts.add(new Attempt(operation, "viewer's token", base.token(attacked.viewerToken()), Expect.ROBUST));
        boolean foreignIds = pathValues.values().stream().anyMatch(valid.attackedIds()::contains);
        attempts.add(new Attempt(
                operation,
                "another tenant's token" + (foreignIds ? " on this tenant's ids" : ""),
                base.token(attacker.ownerToken()),
                foreignIds ? Expect.FOREIGN_ID : Expect.FOREIGN));
        return attempts;
    }

    private static List<Attempt> bodyAttempts(Operation operation, RawHttp.Request base) {
        List<Attempt> attempts = new ArrayList<>();
        Operation.Body body = operation.body();
        if (body.json()) {
            ObjectNode valid = validBody(body);
            int probed = 0;
            for (Map.Entry<String, JsonNode> property : body.properties().entrySet()) {
                if (probed++ == MAX_PROPERTIES) {
                    break;
                }
                for (Malformed.Value value : Malformed.propertyValues(
                        property.getValue().path("type").asString("string"),
                        property.getValue().path("format").asString(""))) {
                    String json = replaceProperty(valid, property.getKey(), value.raw());
                    attempts.add(new Attempt(
                            operation,
                            "body ." + property.getKey() + ": " + value.name(),
                            base.json(json),
                            Expect.ROBUST));
                }
            }
            for (String required : body.requiredProperties()) {
                ObjectNode without = valid.deepCopy();
                without.remove(required);
                attempts.add(new Attempt(
                        operation, "body without required ." + required, base.json(without.toString()), Expect.ROBUST));
            }
            for (Malformed.Value value : Malformed.bodies()) {
                byte[] bytes = value.name().startsWith("invalid UTF-8")
                        ? value.raw().getBytes(StandardCharsets.ISO_8859_1)
                        : value.raw().getBytes(StandardCharsets.UTF_8);
                attempts.add(new Attempt(
                        operation, "body: " + value.name(), base.withBody("application/json", bytes), Expect.ROBUST));
            }
        } else {
            for (Malformed.Value value : Malformed.bodies()) {
                attempts.add(new Attempt(
                        operation,
                        "body (" + String.join(",", body.mediaTypes()) + "): " + value.name(),
                        base.withBody(
                                body.mediaTypes().get(0).startsWith("multipart/")
                                        ? "multipart/form-data; boundary=probe"
                                        : body.mediaTypes().get(0),
                                value.raw().getBytes(StandardCharsets.UTF_8)),
                        Expect.ROBUST));
            }
            attempts.add(new Attempt(
                    operation,
                    "multipart without a boundary",
                    base.withBody("multipart/form-data", "--x\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
                    Expect.ROBUST));
            attempts.add(new Attempt(
                    operation,
                    "multipart part without a name",
                    base.withBody(
                            "multipart/form-data; boundary=b",
                            ("--b\r\nContent-Disposition: form-data\r\n\r\n\u0000\u00ff" + "\r\n--b--\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1)),
                    Expect.ROBUST));
            attempts.add(new Attempt(
                    operation,
                    "JSON where " + body.mediaTypes() + " is expected",
                    base.json("{\"file\":\"x\"}"),
                    Expect.ROBUST));
        }
        attempts.add(new Attempt(
                operation,
                "Content-Type: application/x-probe",
                base.header("Content-Type", "application/x-probe"),
                Expect.ROBUST));
        attempts.add(new Attempt(
                operation, "Content-Type: text/plain", base.header("Content-Type", "text/plain"), Expect.ROBUST));
        attempts.add(new Attempt(
                operation, "Content-Type: unparseable", base.header("Content-Type", "a/b/c;;="), Expect.ROBUST));
        return attempts;
    }

    private static RawHttp.Request withValidBody(Operation operation, RawHttp.Request request) {
        if (!operation.hasBody()) {
            return request;
        }
        if (operation.body().json()) {
            return request.json(validBody(operation.body()).toString());
        }
        if (operation.body().multipart()) {
            return request.withBody(
                    "multipart/form-data; boundary=b",
                    ("--b\r\nContent-Disposition: form-data; "
                                    + "name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        return request.withBody(operation.body().mediaTypes().get(0), "date,symbol\n".getBytes(StandardCharsets.UTF_8));
    }

    /** The documented example when there is one, else a value per property from its schema. */
    static ObjectNode validBody(Operation.Body body) {
        if (body.example().isObject()) {
            return (ObjectNode) body.example().deepCopy();
        }
        ObjectNode sample = RawHttp.JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> property : body.properties().entrySet()) {
            JsonNode schema = property.getValue();
            if (schema.has("example")) {
                sample.set(property.getKey(), schema.path("example"));
            } else if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
                sample.set(property.getKey(), schema.path("enum").get(0));
            } else {
                switch (schema.path("type").asString("string")) {
                    case "integer" -> sample.put(property.getKey(), 1);
                    case "number" -> sample.put(property.getKey(), "10.00");
                    case "boolean" -> sample.put(property.getKey(), true);
                    case "array" -> sample.putArray(property.getKey());
                    case "object" -> sample.putObject(property.getKey());
                    default ->
                        sample.put(
                                property.getKey(),
                                switch (schema.path("format").asString("")) {
                                    case "date" -> "2026-01-15";
                                    case "date-time" -> "2026-01-15T10:00:00Z";
                                    case "uuid" -> java.util.UUID.randomUUID().toString();
                                    case "decimal" -> "10.00";
                                    default -> property.getKey().toLowerCase().contains("currency") ? "EUR" : "probe";
                                });
                }
            }
        }
        return sample;
    }

    /** The valid body with one property's value replaced by raw JSON text (which may not be valid JSON). */
    private static String replaceProperty(ObjectNode valid, String name, String rawJson) {
        ObjectNode copy = valid.deepCopy();
        String marker = "PROBE-REPLACED-VALUE-7f3a";
        copy.put(name, marker);
        return copy.toString().replace("\"" + marker + "\"", rawJson);
    }

    private static String target(Operation operation, Map<String, String> pathValues, Map<String, String> query) {
        String path = ValidValues.fill(operation.path(), pathValues);
        return query.isEmpty()
                ? path
                : path + "?"
                        + query.entrySet().stream()
                                .map(entry -> entry.getKey() + "=" + entry.getValue())
                                .collect(Collectors.joining("&"));
    }

    private static RawHttp.Request rewrite(
            RawHttp.Request base,
            Operation operation,
            Map<String, String> pathValues,
            Map<String, String> queryValues,
            String name,
            String raw) {
        Map<String, String> path = new LinkedHashMap<>(pathValues);
        Map<String, String> query = new LinkedHashMap<>(queryValues);
        if (path.containsKey(name)) {
            path.put(name, raw);
        } else {
            query.put(name, raw);
        }
        return new RawHttp.Request(
                base.method(), base.baseUrl(), target(operation, path, query), base.headers(), base.body());
    }
}
