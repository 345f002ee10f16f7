package dev.finsuite.probe;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A valid value for each parameter of an operation, so that a variant breaks exactly one thing and the rest of
 * the request reaches as deep as a real one: path ids are the attacked tenant's (seeded, or the first item of
 * the collection the path names), other values come from the document (example, default, enum) or the name.
 */
final class ValidValues {

    private static final Map<String, String> COLLECTIONS_BY_ID_NAME = Map.of(
            "loanId", "/api/v1/emis",
            "accountId", "/api/v1/investments/accounts",
            "assetId", "/api/v1/investments/assets",
            "itemId", "/api/v1/watchlist",
            "alertId", "/api/v1/watchlist/alerts",
            "categoryId", "/api/v1/categories",
            "reassignTo", "/api/v1/categories");
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("symbol", "PRB.US"),
            Map.entry("code", "EUR"),
            Map.entry("entity", "expenses"),
            Map.entry("currency", "EUR"),
            Map.entry("base", "EUR"),
            Map.entry("quote", "INR"),
            Map.entry("symbols", "USD,INR"),
            Map.entry("year", "2026"),
            Map.entry("month", "1"),
            Map.entry("page", "0"),
            Map.entry("size", "20"),
            Map.entry("principal", "100000"),
            Map.entry("annualRate", "8.5"),
            Map.entry("tenureMonths", "12"),
            Map.entry("amount", "100.00"),
            Map.entry("date", "2026-01-15"),
            Map.entry("from", "2026-01-01"),
            Map.entry("to", "2026-03-31"),
            Map.entry("format", "csv"),
            Map.entry("assetType", "STOCK"),
            Map.entry("range", "YTD"));

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final String service;
    private final Map<String, String> urls;
    private final Tenant tenant;
    private final Seed seed;
    private final Map<String, String> firstItems = new ConcurrentHashMap<>();

    ValidValues(String service, Map<String, String> urls, Tenant tenant, Seed seed) {
        this.service = service;
        this.urls = urls;
        this.tenant = tenant;
        this.seed = seed;
    }

    /** Every id of the attacked tenant's data known so far. */
    java.util.Set<String> attackedIds() {
        return seed.ids();
    }

    /** The operation's path with every parameter filled with a valid value of the attacked tenant. */
    Map<String, String> pathValues(Operation operation) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        String template = operation.path();
        int at = template.indexOf('{');
        while (at >= 0) {
            int end = template.indexOf('}', at);
            String name = template.substring(at + 1, end);
            String collection = template.substring(0, at - 1);
            values.put(name, pathValue(operation, collection, name, values));
            at = template.indexOf('{', end);
        }
        return values;
    }

    static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private String pathValue(Operation operation, String collection, String name, Map<String, String> earlier) {
        String seeded = seed.idOf(
                fill(collection, earlier).replaceAll(UUID_PATTERN, "{}").replaceAll("\\{[^}]+}", "{}"));
        if (seeded != null) {
            return seeded;
        }
        if (COLLECTIONS_BY_ID_NAME.containsKey(name) && seed.idOf(COLLECTIONS_BY_ID_NAME.get(name)) != null) {
            return seed.idOf(COLLECTIONS_BY_ID_NAME.get(name));
        }
        if (name.equals("movements")) {
            return collection.contains("borrowings") ? "repayments" : "collections";
        }
        String concrete = fill(collection, earlier);
        String field = name.equals("id") || name.endsWith("Id") ? "id" : name;
        String listed = firstItems.computeIfAbsent(concrete + "#" + field, key -> firstItem(concrete, field));
        if (!listed.isEmpty()) {
            return listed;
        }
        Operation.Parameter parameter = operation.parameters().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(null);
        return parameter == null ? UUID.randomUUID().toString() : value(parameter);
    }

    /** The field of the first item the collection lists for the attacked tenant, or "" when there is none. */
    private String firstItem(String collection, String field) {
        RawHttp.Response list = RawHttp.send(
                RawHttp.Request.of("GET", urls.get(service), collection).token(tenant.ownerToken()));
        if (!list.ok() || !list.contentType().contains("json")) {
            return "";
        }
        try {
            JsonNode body = list.json();
            JsonNode items = body.isArray() ? body : body.path("items");
            Iterator<JsonNode> first = items.iterator();
            if (first.hasNext()) {
                JsonNode value = first.next().path(field);
                if (value.isValueNode()) {
                    if (value.asString().matches(UUID_PATTERN)) {
                        seed.ids().add(value.asString());
                    }
                    return value.asString();
                }
            }
        } catch (RuntimeException notJson) {
            // not a list
        }
        return "";
    }

    /** A valid value for a query (or unseeded path) parameter. */
    static String value(Operation.Parameter parameter) {
        JsonNode schema = parameter.schema();
        for (String source : new String[] {"example", "default"}) {
            if (schema.path(source).isValueNode()) {
                return schema.path(source).asString();
            }
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0).asString();
        }
        if (BY_NAME.containsKey(parameter.name())) {
            return BY_NAME.get(parameter.name());
        }
        return switch (parameter.format()) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00Z";
            case "decimal" -> "1"; // a BigDecimal: a string in the documents, as it travels
            default ->
                switch (parameter.type()) {
                    case "integer", "number" -> "1";
                    case "boolean" -> "true";
                    default -> "x";
                };
        };
    }
}
