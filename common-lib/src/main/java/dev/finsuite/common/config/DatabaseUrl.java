package dev.finsuite.common.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL location as the replaced system wrote it in {@code DATABASE_URL}:
 * {@code postgresql://u:p@h:5432/db}, {@code postgresql+asyncpg://…} (same meaning, another Python driver)
 * or {@code jdbc:postgresql://…}. Credentials are split off because the JDBC driver wants them apart.
 */
public record DatabaseUrl(String jdbcUrl, String username, String password) {

    public static DatabaseUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL is empty");
        }
        String value = raw.trim();
        if (value.startsWith("jdbc:postgresql:")) {
            return fromJdbc(value);
        }
        int schemeEnd = value.indexOf("://");
        if (schemeEnd < 0) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must look like postgresql://user:password@host:port/database");
        }
        String scheme = value.substring(0, schemeEnd);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres") && !scheme.startsWith("postgresql+")) {
            throw new IllegalArgumentException("DATABASE_URL scheme '" + scheme + "' is not PostgreSQL");
        }
        URI uri = URI.create("postgresql" + value.substring(schemeEnd));
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("DATABASE_URL names no host");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 5432;
        String database = uri.getPath() == null || uri.getPath().length() <= 1
                ? "postgres"
                : uri.getPath().substring(1);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl(
                "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query, user, password);
    }

    /** A JDBC URL may carry user and password as parameters; the driver reads them there, so they are kept. */
    private static DatabaseUrl fromJdbc(String value) {
        URI uri = URI.create(value.substring("jdbc:".length()));
        if (uri.getRawUserInfo() == null) {
            return new DatabaseUrl(value, null, null);
        }
        return parse(uri.toString());
    }

    /** Percent-decoding only: a '+' in a password is a plus, not a space as in a form. */
    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + jdbcUrl + ", user=" + username + "]";
    }
}
