package dev.finsuite.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The rule files under ops/observability/prometheus/rules, read as data (shared with ops-tests by the test-jar). */
public final class Rules {

    public static final Path DIRECTORY =
            Tools.OBSERVABILITY.resolve("prometheus").resolve("rules");

    private Rules() {}

    public static List<Path> files() throws IOException {
        try (Stream<Path> found = Files.list(DIRECTORY)) {
            return found.filter(path -> path.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> all() throws IOException {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Path file : files()) {
            Map<String, Object> document = new Yaml().load(Files.readString(file));
            for (Map<String, Object> group : (List<Map<String, Object>>) document.get("groups")) {
                rules.addAll((List<Map<String, Object>>) group.get("rules"));
            }
        }
        return rules;
    }

    public static List<String> alertNames() throws IOException {
        return all().stream()
                .filter(rule -> rule.containsKey("alert"))
                .map(rule -> (String) rule.get("alert"))
                .toList();
    }

    public static List<String> recordedNames() throws IOException {
        return all().stream()
                .filter(rule -> rule.containsKey("record"))
                .map(rule -> (String) rule.get("record"))
                .toList();
    }

    /** Every rule's expression, named by its alert or record. */
    public static Map<String, String> expressions() throws IOException {
        Map<String, String> expressions = new java.util.LinkedHashMap<>();
        for (Map<String, Object> rule : all()) {
            String name = rule.containsKey("alert") ? "alert " + rule.get("alert") : "record " + rule.get("record");
            expressions.put("rules: " + name, String.valueOf(rule.get("expr")));
        }
        return expressions;
    }
}
