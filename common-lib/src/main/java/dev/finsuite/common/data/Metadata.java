package dev.finsuite.common.data;

import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.DecimalBounds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Free-form metadata (the conventions' {@code metadata jsonb}): a JSON object, stored as jsonb and returned as it
 * was sent. A service that stores metadata imports it as a bean.
 * <p>
 * It is bounded before it is stored, so what is stored can always be read back: a number such as {@code 1e1000}
 * is stored by PostgreSQL as a thousand digits that no JSON reader accepts, which made every read of the row a
 * 500; and deep or huge objects cost every list page that holds them.
 */
public class Metadata {

    public static final int MAX_BYTES = 16 * 1024;
    public static final int MAX_DEPTH = 5;
    public static final int MAX_KEYS = 50;
    public static final int MAX_ITEMS = 100;
    public static final int MAX_KEY_LENGTH = 100;
    public static final int MAX_STRING_LENGTH = 2000;

    private static final String FIELD = "metadata";

    private final JsonMapper json;

    public Metadata(JsonMapper json) {
        this.json = json;
    }

    public String write(JsonNode metadata) {
        if (metadata == null || metadata.isNull()) {
            return "{}";
        }
        if (!metadata.isObject()) {
            throw new ValidationException(FIELD, "must be a JSON object");
        }
        check(metadata, "", 1);
        String written = json.writeValueAsString(metadata);
        if (written.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ValidationException(FIELD, "must be at most " + MAX_BYTES + " bytes as JSON");
        }
        return written;
    }

    public JsonNode read(String stored) {
        return json.readTree(stored == null ? "{}" : stored);
    }

    /** Walks the tree once; the first value out of bounds is named by its path inside the metadata. */
    private static void check(JsonNode node, String path, int depth) {
        if (node.isContainer() && depth > MAX_DEPTH) {
            refuse(path, "must not nest objects or arrays more than " + MAX_DEPTH + " levels deep");
        }
        if (node.isObject()) {
            if (node.size() > MAX_KEYS) {
                refuse(path, "must have at most " + MAX_KEYS + " keys in one object");
            }
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String key = entry.getKey();
                if (key.length() > MAX_KEY_LENGTH || key.indexOf('\0') >= 0) {
                    refuse(path, "must have keys of at most " + MAX_KEY_LENGTH + " characters without NUL");
                }
                check(entry.getValue(), path.isEmpty() ? key : path + "." + key, depth + 1);
            }
        } else if (node.isArray()) {
            if (node.size() > MAX_ITEMS) {
                refuse(path, "must have at most " + MAX_ITEMS + " items in one array");
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", depth + 1);
            }
        } else if (node.isString()) {
            String text = node.asString();
            if (text.length() > MAX_STRING_LENGTH || text.indexOf('\0') >= 0) {
                refuse(path, "must have strings of at most " + MAX_STRING_LENGTH + " characters without NUL");
            }
        } else if (node.isNumber()) {
            BigDecimal number = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
            try {
                DecimalBounds.require(number);
            } catch (IllegalArgumentException outOfBounds) {
                refuse(path, "must have numbers within the suite's decimal bounds: " + outOfBounds.getMessage());
            }
        }
    }

    private static void refuse(String path, String reason) {
        throw new ValidationException(FIELD, path.isEmpty() ? reason : reason + " (at " + path + ")");
    }
}
