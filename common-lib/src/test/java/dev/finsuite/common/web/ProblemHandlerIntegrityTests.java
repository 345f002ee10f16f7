package dev.finsuite.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;

/** A database refusal is told as what it is, by its SQL state, never all as one "conflict". */
class ProblemHandlerIntegrityTests {

    private final ProblemHandler handler = new ProblemHandler();

    @Test
    void eachRefusalIsTheProblemThatIsTrue() {
        assertProblem("22021", "invalid byte sequence for encoding \"UTF8\": 0x00", 400, "validation_failed");
        assertProblem("22001", "value too long for type character varying(60)", 400, "validation_failed");
        assertProblem("23505", "duplicate key value violates unique constraint", 409, "conflict");
        assertProblem(
                "23503",
                "insert or update on table \"x\" violates foreign key constraint \"x_y_fkey\"",
                400,
                "validation_failed");
        assertProblem(
                "23503",
                "update or delete on table \"y\" violates foreign key constraint \"x_y_fkey\" on table "
                        + "\"x\"\n  Detail: Key (id)=(1) is still referenced from table \"x\".",
                409,
                "conflict");
        assertProblem(
                "23514",
                "new row for relation \"x\" violates check constraint \"x_amount_check\"",
                400,
                "validation_failed");
        assertProblem("23502", "null value in column \"name\" violates not-null constraint", 400, "validation_failed");
    }

    private void assertProblem(String state, String message, int status, String code) {
        ResponseEntity<Object> reply = handler.integrity(
                new DataIntegrityViolationException("could not execute statement", new SQLException(message, state)));

        assertThat(reply.getStatusCode().value()).as(state + " " + message).isEqualTo(status);
        assertThat(((Map<?, ?>) reply.getBody()).get("code")).as(state).isEqualTo(code);
    }
}
