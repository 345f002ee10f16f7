package dev.finsuite.finance.support;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.finsuite.common.web.ApiException.ValidationException;

/** Free-form metadata: a JSON object, stored as jsonb and returned as it was sent. */
@Component
public class Metadata {

    private final JsonMapper json;

    Metadata(JsonMapper json) {
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
