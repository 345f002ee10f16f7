package dev.finsuite.market.config;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a provider's JSON from its text, whatever Content-Type it claimed; numbers become BigDecimal, never
 * double, so a price keeps every digit the provider sent.
 */
public final class ProviderJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ProviderJson() {}

    /** Null for an empty or unreadable body: the caller treats that as the provider failing. */
    public static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
