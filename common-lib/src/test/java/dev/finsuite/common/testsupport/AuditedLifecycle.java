package dev.finsuite.common.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.AuditRows.Row;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One resource taken through create, PATCH and DELETE over HTTP, each request with its own {@code X-Request-Id},
 * and the trail that must follow: three events of the caller, in order, each naming its request.
 */
public record AuditedLifecycle(Api api, String token, String collection, String requestIdPrefix) {

    /** Creates {@code created} in the collection, changes it with {@code change} (If-Match "0"), deletes it. */
    public UUID createChangeDelete(Object created, Map<String, ?> change) {
        Api.Reply reply = api.post(collection, created)
                .token(token)
                .header("X-Request-Id", requestIdPrefix + "-create")
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        UUID id = UUID.fromString(reply.field("/id"));
        Api.Reply changed = api.patch(collection + "/" + id, change)
                .token(token)
                .header("If-Match", "\"0\"")
                .header("X-Request-Id", requestIdPrefix + "-update")
                .send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Api.Reply deleted = api.delete(collection + "/" + id)
                .token(token)
                .header("X-Request-Id", requestIdPrefix + "-delete")
                .send();
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        return id;
    }

    /**
     * Adds {@code created} to the collection (its id at {@code idPointer} of the answer) and takes it back again:
     * a part of something else, such as a payment of a loan, that is recorded and deleted but never changed.
     */
    public UUID createThenDelete(Object created, String idPointer) {
        Api.Reply reply = api.post(collection, created)
                .token(token)
                .header("X-Request-Id", requestIdPrefix + "-create")
                .send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        UUID id = UUID.fromString(reply.field(idPointer));
        Api.Reply deleted = api.delete(collection + "/" + id)
                .token(token)
                .header("X-Request-Id", requestIdPrefix + "-delete")
                .send();
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        return id;
    }

    /** The entity's events, checked to be CREATE, UPDATE and DELETE by this caller through {@code service}. */
    public List<Row> trail(String entityType, UUID id, UUID tenant, UUID user, String service) throws SQLException {
        List<Row> rows = AuditRows.of(entityType, id);
        assertThat(rows).extracting(Row::action).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(rows)
                .extracting(Row::requestId)
                .containsExactly(requestIdPrefix + "-create", requestIdPrefix + "-update", requestIdPrefix + "-delete");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.tenantId()).isEqualTo(tenant);
            assertThat(row.actorKind()).isEqualTo("USER");
            assertThat(row.actorId()).isEqualTo(user);
            assertThat(row.service()).isEqualTo(service);
        });
        return rows;
    }
}
