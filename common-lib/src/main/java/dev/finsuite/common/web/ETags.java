package dev.finsuite.common.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/**
 * Optimistic concurrency over HTTP: a resource's {@code version} is its ETag, and an update carrying a
 * stale {@code If-Match} is refused with 412 instead of overwriting someone else's change.
 */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the resource and the ETag of the version it shows. */
    public static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /** 201 with where the new resource lives, its ETag and the resource. */
    public static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(body);
    }

    /** No {@code If-Match} means the client does not ask for the check; {@code *} matches anything. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(of(currentVersion))) {
                return;
            }
        }
        throw new ApiException.PreconditionFailedException(
                "The resource has changed since you read it (now version " + currentVersion + "); reload and retry");
    }
}
