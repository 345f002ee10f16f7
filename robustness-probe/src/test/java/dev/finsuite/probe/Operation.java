package dev.finsuite.probe;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * One operation of a service's OpenAPI document: its method, path template, parameters and request body, with
 * every {@code $ref} resolved, so new endpoints are probed as soon as they are documented.
 */
record Operation(String service, String method, String path, List<Parameter> parameters, Body body) {

    /** A path or query parameter and its schema. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {

        String type() {
            return schema.path("type").asString("string");
        }

        String format() {
            return schema.path("format").asString("");
        }
    }

    /** The request body: its media types, the JSON schema (resolved) and a documented example, if any. */
    record Body(
            List<String> mediaTypes,
            Map<String, JsonNode> properties,
            List<String> requiredProperties,
            JsonNode example) {

        boolean json() {
            return mediaTypes.stream().anyMatch(type -> type.contains("json"));
        }

        boolean multipart() {
            return mediaTypes.stream().anyMatch(type -> type.startsWith("multipart/"));
        }
    }

    boolean hasBody() {
        return body != null;
    }

    boolean isWrite() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return service + " " + method + " " + path;
    }

    /** Every operation of one service's {@code /v3/api-docs}. */
    static List<Operation> parse(String service, JsonNode document) {
        Schemas schemas = new Schemas(document);
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            List<JsonNode> shared = list(path.getValue().path("parameters"));
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String method = entry.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>(shared);
                declared.addAll(list(operation.path("parameters")));
                for (JsonNode parameter : declared) {
                    JsonNode resolved = schemas.resolve(parameter);
                    String in = resolved.path("in").asString();
                    if (in.equals("path") || in.equals("query")) {
                        parameters.add(new Parameter(
                                resolved.path("name").asString(),
                                in,
                                resolved.path("required").asBoolean(false),
                                schemas.resolve(resolved.path("schema"))));
                    }
                }
                operations.add(new Operation(
                        service,
                        method,
                        path.getKey(),
                        List.copyOf(parameters),
                        body(schemas, schemas.resolve(operation.path("requestBody")))));
            }
        }
        return operations;
    }

    private static Body body(Schemas schemas, JsonNode requestBody) {
        if (requestBody.isMissingNode() || requestBody.isNull()) {
            return null;
        }
        List<String> types = new ArrayList<>();
        JsonNode schema = MissingNode.getInstance();
        JsonNode example = MissingNode.getInstance();
        for (Map.Entry<String, JsonNode> content : requestBody.path("content").properties()) {
            types.add(content.getKey());
            if (schema.isMissingNode() || content.getKey().contains("json")) {
                schema = schemas.resolve(content.getValue().path("schema"));
                example = content.getValue().path("example");
                if (example.isMissingNode()) {
                    Iterator<JsonNode> examples =
                            content.getValue().path("examples").values().iterator();
                    example = examples.hasNext()
                            ? schemas.resolve(examples.next()).path("value")
                            : example;
                }
            }
        }
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            properties.put(property.getKey(), schemas.resolve(property.getValue()));
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        if (example.isString()) {
            try {
                example = RawHttp.JSON.readTree(example.asString());
            } catch (RuntimeException notJson) {
                example = MissingNode.getInstance();
            }
        }
        return new Body(List.copyOf(types), properties, List.copyOf(required), example);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** Resolves local {@code $ref}s ({@code #/components/...}). */
    static final class Schemas {
        private final JsonNode document;

        Schemas(JsonNode document) {
            this.document = document;
        }

        JsonNode resolve(JsonNode node) {
            for (int depth = 0; depth < 20 && node.has("$ref"); depth++) {
                String ref = node.path("$ref").asString();
                node = document.at(ref.substring(1));
            }
            return node;
        }
    }
}
