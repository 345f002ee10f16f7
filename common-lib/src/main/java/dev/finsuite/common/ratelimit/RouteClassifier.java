package dev.finsuite.common.ratelimit;

import java.util.List;
import java.util.Locale;
import org.springframework.util.AntPathMatcher;

/**
 * Sorts a request into its {@link RouteClass}: the configured export and import routes first (each written
 * {@code "POST /api/v1/exports/**"}, or a bare pattern for every method), then reads (GET, HEAD, OPTIONS)
 * and writes (everything else).
 */
public class RouteClassifier {

    private final AntPathMatcher matcher = new AntPathMatcher();
    private final List<Route> exports;
    private final List<Route> imports;

    public RouteClassifier(List<String> exportRoutes, List<String> importRoutes) {
        this.exports = exportRoutes.stream().map(Route::parse).toList();
        this.imports = importRoutes.stream().map(Route::parse).toList();
    }

    public RouteClass classify(String method, String path) {
        if (matchesAny(imports, method, path)) {
            return RouteClass.IMPORTS;
        }
        if (matchesAny(exports, method, path)) {
            return RouteClass.EXPORTS;
        }
        return switch (method.toUpperCase(Locale.ROOT)) {
            case "GET", "HEAD", "OPTIONS" -> RouteClass.READS;
            default -> RouteClass.WRITES;
        };
    }

    private boolean matchesAny(List<Route> routes, String method, String path) {
        for (Route route : routes) {
            if ((route.method() == null || route.method().equalsIgnoreCase(method))
                    && matcher.match(route.pattern(), path)) {
                return true;
            }
        }
        return false;
    }

    private record Route(String method, String pattern) {
        static Route parse(String text) {
            String[] parts = text.trim().split("\\s+", 2);
            return parts.length == 2 ? new Route(parts[0], parts[1]) : new Route(null, parts[0]);
        }
    }
}
