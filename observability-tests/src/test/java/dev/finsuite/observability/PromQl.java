package dev.finsuite.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PromQL of the shipped dashboards, and the metric names an expression refers to. Names are found by
 * removing what cannot be one (strings, label matchers, ranges, grouping label lists) and keeping identifiers
 * that are not keywords or function calls; good enough for the expressions we write, and checked by tests.
 * Shared (this module's test-jar) with ops-tests, which sends every expression to a Prometheus scraping the suite.
 */
public final class PromQl {

    public static final Path DASHBOARDS = Tools.OBSERVABILITY.resolve("grafana").resolve("dashboards");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "inf",
            "nan",
            "atan2");
    private static final Pattern STRINGS = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![A-Za-z0-9_:.$])[A-Za-z_:][A-Za-z0-9_:]*");
    /** A Grafana variable left in an expression: $name, ${name} or [[name]]. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+|\\[\\[\\w+]]");

    private static final Pattern LABEL_VALUES = Pattern.compile("^label_values\\((.*),\\s*[A-Za-z_]+\\)$");

    private PromQl() {}

    /**
     * Grafana's variables replaced by values a real dashboard would send: the interval variables by a minute, the
     * range by an hour, a service variable ($job, $service) by finance-service. A variable not known here is an
     * error, so that a new one gets a sensible value rather than reaching Prometheus as text.
     */
    public static String withVariables(String expression) {
        String substituted = expression;
        for (String[] variable : new String[][] {
            {"__rate_interval", "1m"},
            {"__interval", "1m"},
            {"__range", "1h"},
            {"job", "finance-service"},
            {"service", "finance-service"}
        }) {
            substituted = substituted
                    .replace("${" + variable[0] + "}", variable[1])
                    .replace("[[" + variable[0] + "]]", variable[1])
                    .replaceAll("\\$" + variable[0] + "(?![A-Za-z0-9_])", variable[1]);
        }
        Matcher left = VARIABLE.matcher(substituted);
        if (left.find()) {
            throw new IllegalArgumentException("Grafana variable " + left.group() + " has no test value (PromQl"
                    + ".withVariables): " + expression);
        }
        return substituted;
    }

    public static Set<String> metricNames(String expression) {
        String stripped = STRINGS.matcher(expression).replaceAll("\"\"");
        stripped = stripped.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ");
        stripped = GROUPING.matcher(stripped).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(stripped);
        while (matcher.find()) {
            String name = matcher.group();
            int next = matcher.end();
            while (next < stripped.length() && Character.isWhitespace(stripped.charAt(next))) {
                next++;
            }
            boolean call = next < stripped.length() && stripped.charAt(next) == '(';
            if (!call && !KEYWORDS.contains(name.toLowerCase())) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every Prometheus expression of every dashboard (panels and query variables), named by where it is. */
    public static Map<String, String> dashboardExpressions() throws IOException {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = JSON.readTree(Files.readString(file));
            String name = file.getFileName().toString();
            for (JsonNode panel : dashboard.path("panels")) {
                if (!"prometheus".equals(panel.path("datasource").path("type").asString())) {
                    continue;
                }
                for (JsonNode target : panel.path("targets")) {
                    expressions.put(
                            name + ": " + panel.path("title").asString() + " "
                                    + target.path("refId").asString(),
                            target.path("expr").asString());
                }
            }
            for (JsonNode variable : dashboard.path("templating").path("list")) {
                if ("prometheus".equals(variable.path("datasource").path("type").asString())) {
                    Matcher inner = LABEL_VALUES.matcher(
                            variable.path("query").path("query").asString());
                    if (inner.matches()) {
                        expressions.put(
                                name + ": variable " + variable.path("name").asString(), inner.group(1));
                    }
                }
            }
        }
        return expressions;
    }

    /** Every LogQL expression of the dashboards. */
    static Map<String, String> logQueries() throws IOException {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (Path file : dashboardFiles()) {
            JsonNode dashboard = JSON.readTree(Files.readString(file));
            for (JsonNode panel : dashboard.path("panels")) {
                if ("loki".equals(panel.path("datasource").path("type").asString())) {
                    for (JsonNode target : panel.path("targets")) {
                        expressions.put(
                                file.getFileName() + ": " + panel.path("title").asString(),
                                target.path("expr").asString());
                    }
                }
            }
        }
        return expressions;
    }

    static java.util.List<Path> dashboardFiles() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(path -> path.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }
}
