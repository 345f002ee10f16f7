package dev.finsuite.probe;

import java.util.ArrayList;
import java.util.List;

/**
 * The malformed values the probe puts where a parameter or a JSON property goes. Parameter values are written as
 * they go on the wire (already percent-encoded, or deliberately broken: {@code %FF} is not UTF-8); JSON values as
 * JSON text.
 */
final class Malformed {

    /** A value and the name a failure report gives it. */
    record Value(String name, String raw) {}

    static final String HUGE = "a".repeat(10 * 1024);

    private Malformed() {}

    /** Values for a path or query parameter: every one is wrong for a uuid, a number or a date. */
    static List<Value> parameterValues(Operation.Parameter parameter) {
        List<Value> values = new ArrayList<>(List.of(
                new Value("empty", ""),
                new Value("10 KB string", HUGE),
                new Value("invalid UTF-8 %FF", "%FF"),
                new Value("invalid UTF-8 %C3%28", "%C3%28"),
                new Value("NUL %00", "x%00y"),
                new Value("SQL-ish", "%27%20OR%201%3D1--"),
                new Value("unicode", "%E2%98%83%F0%9D%84%9E%E2%80%AE"),
                new Value("encoded slash", "..%2F..%2Fetc"),
                new Value("huge decimal scale", "1E-300000000"),
                new Value("huge exponent", "1e1000"),
                new Value("year -999999999", "-999999999-01-01"),
                new Value("negative", "-1"),
                new Value("long overflow", "99999999999999999999999")));
        if (!parameter.type().equals("string") || !parameter.format().isEmpty()) {
            values.add(new Value("wrong type", "abc"));
        }
        if (parameter.schema().has("enum")) {
            values.add(new Value("not in enum", "NOT_A_VALUE"));
        }
        return values;
    }

    /** JSON values for one property: the wrong type for its schema, and values no field should take. */
    static List<Value> propertyValues(String type, String format) {
        List<Value> values = new ArrayList<>(List.of(
                new Value("null", "null"),
                new Value("huge number 1e1000", "1e1000"),
                new Value("huge decimal scale", "\"1E-300000000\""),
                new Value("10 KB string", "\"" + HUGE + "\""),
                new Value("deep nesting", "[".repeat(2000) + "]".repeat(2000)),
                new Value("NUL in string", "\"a\\u0000b\"")));
        switch (type) {
            case "string" -> values.add(new Value("wrong type (object)", "{\"a\":1}"));
            case "array" -> values.add(new Value("wrong type (string)", "\"x\""));
            case "object" -> values.add(new Value("wrong type (array)", "[1,2]"));
            case "boolean" -> values.add(new Value("wrong type (number)", "1"));
            default -> values.add(new Value("wrong type (string)", "\"abc\""));
        }
        if (format.equals("date") || format.equals("date-time")) {
            values.add(new Value("year -999999999", "\"-999999999-01-01\""));
        }
        if (type.equals("number") || type.equals("integer") || format.equals("decimal")) {
            values.add(new Value("long overflow", "99999999999999999999999999"));
            values.add(new Value("negative", "-1"));
        }
        return values;
    }

    /** Whole request bodies that are not what any JSON endpoint takes. */
    static List<Value> bodies() {
        return List.of(
                new Value("invalid JSON", "{\"a\":"),
                new Value("empty body", ""),
                new Value("JSON null", "null"),
                new Value("JSON array", "[]"),
                new Value("JSON string", "\"x\""),
                new Value("missing required fields", "{}"),
                new Value("deeply nested body", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
                new Value("invalid UTF-8 bytes", "{\"name\":\"\u00ff\"}"),
                new Value("oversize (2 MB)", "{\"a\":\"" + "b".repeat(2 * 1024 * 1024) + "\"}"));
    }
}
