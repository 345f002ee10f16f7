package dev.finsuite.common.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code REDIS_URL} as {@code redis://:password@host:port/N}. Each service has its own database index and
 * uses it whenever the URL names none, so six services can share one URL without sharing keys.
 */
public record RedisUrl(String host, int port, String username, String password, int database, boolean ssl) {

    public static RedisUrl parse(String raw, int defaultDatabase) {
        URI uri = URI.create(raw.trim());
        String scheme = uri.getScheme();
        if (!"redis".equals(scheme) && !"rediss".equals(scheme)) {
            throw new IllegalArgumentException("REDIS_URL must start with redis:// or rediss://");
        }
        String username = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            if (parts.length == 2) {
                username = parts[0].isEmpty() ? null : decode(parts[0]);
                password = decode(parts[1]);
            } else {
                password = decode(parts[0]);
            }
        }
        int database = defaultDatabase;
        String path = uri.getPath();
        if (path != null && path.length() > 1) {
            database = Integer.parseInt(path.substring(1));
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() > 0 ? uri.getPort() : 6379;
        return new RedisUrl(host, port, username, password, database, "rediss".equals(scheme));
    }

    /** Percent-decoding only: a '+' in a password is a plus, not a space as in a form. */
    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "RedisUrl[" + host + ":" + port + "/" + database + "]";
    }
}
