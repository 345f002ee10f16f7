package dev.finsuite.common.data;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.finsuite.common.web.ApiException.ValidationException;

/**
 * Free-form metadata (the conventions' {@code metadata jsonb}): a JSON object, stored as jsonb and returned as it
 * was sent. A service that stores metadata imports it as a bean.
 */
public class Metadata {

    private final JsonMapper json;

    public Metadata(JsonMapper json) {
        this.json = json;
    }

    public String write(JsonNode metadata) {
        if (metadata == null || metadata.isNull()) {
            return "{}";
        }
        if (!metadata.isObject()) {
            throw new ValidationException("metadata", "must be a JSON object");
        }
        return json.writeValueAsString(metadata);
    }

    public JsonNode read(String stored) {
        return json.readTree(stored == null ? "{}" : stored);
    }
}
