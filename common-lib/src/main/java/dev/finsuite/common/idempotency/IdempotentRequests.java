package dev.finsuite.common.idempotency;

import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.ApiException;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a money movement safe to retry. The first request with an {@code Idempotency-Key} claims the key and
 * stores its response in the same transaction as its write; a replay with the same body gets that response
 * back ({@code Idempotent-Replayed: true}) and writes nothing, the same key with another body is a 422. A
 * concurrent duplicate waits on the key's row until the first commits, then replays it. A write that fails
 * rolls the claim back too, so the key can be used again.
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public IdempotentRequests(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * @param key the header's value, or null when the client sent none (the write then simply runs)
     * @param scope what the key is for, e.g. {@code POST /api/v1/emis/{id}/payments}: a key is per tenant and scope
     * @param request the request body as the endpoint read it; its JSON form is what "same body" means
     */
    public ResponseEntity<?> once(
            String key, String scope, Object request, Supplier<? extends ResponseEntity<?>> write) {
        if (key == null) {
            return write.get();
        }
        requireUsable(key);
        String fingerprint = Sha256.hex(scope + "\n" + json.writeValueAsString(request));
        return transactions.execute(status -> {
            UUID tenant = TenantContext.require();
            int claimed = jdbc.update("""
                    insert into idempotency_keys (tenant_id, scope, idem_key, request_hash) values (?, ?, ?, ?)
                    on conflict do nothing""", tenant, scope, key, fingerprint);
            if (claimed == 0) {
                return replay(tenant, scope, key, fingerprint);
            }
            ResponseEntity<?> response = write.get();
            HttpHeaders headers = response.getHeaders();
            jdbc.update(
                    """
                    update idempotency_keys set status = ?, location = ?, etag = ?, body = ?
                    where tenant_id = ? and scope = ? and idem_key = ?""",
                    response.getStatusCode().value(),
                    headers.getLocation() == null ? null : headers.getLocation().toString(),
                    headers.getETag(),
                    response.getBody() == null ? null : json.writeValueAsString(response.getBody()),
                    tenant,
                    scope,
                    key);
            return response;
        });
    }

    private ResponseEntity<?> replay(UUID tenant, String scope, String key, String fingerprint) {
        List<ResponseEntity<?>> stored = jdbc.query(
                """
                select request_hash, status, location, etag, body from idempotency_keys
                where tenant_id = ? and scope = ? and idem_key = ?""",
                (rs, row) -> {
                    if (!rs.getString("request_hash").equals(fingerprint)) {
                        throw new ApiException.UnprocessableException(
                                "idempotency_key_reused",
                                "This Idempotency-Key was already used for a different request; use a new key");
                    }
                    ResponseEntity.BodyBuilder replayed =
                            ResponseEntity.status(rs.getInt("status")).header(REPLAYED_HEADER, "true");
                    if (rs.getString("location") != null) {
                        replayed.header(HttpHeaders.LOCATION, rs.getString("location"));
                    }
                    if (rs.getString("etag") != null) {
                        replayed.header(HttpHeaders.ETAG, rs.getString("etag"));
                    }
                    String body = rs.getString("body");
                    return body == null
                            ? replayed.build()
                            : replayed.contentType(MediaType.APPLICATION_JSON).body(body);
                },
                tenant,
                scope,
                key);
        if (stored.isEmpty()) {
            // Claimed by a request whose transaction has not committed yet cannot be seen here: the insert waited
            // for it. An empty result means the key expired and was pruned in between; a retry will claim it.
            throw new ApiException.ConflictException("This Idempotency-Key is being processed; retry shortly");
        }
        return stored.get(0);
    }

    private static void requireUsable(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ApiException.ValidationException(
                    HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters (a UUID is a good choice)");
        }
    }

    /** Keys are remembered for a day; the database function deletes only expired ones, of every tenant. */
    public int pruneExpired() {
        Integer pruned = jdbc.queryForObject("select prune_idempotency_keys()", Integer.class);
        return pruned == null ? 0 : pruned;
    }
}
