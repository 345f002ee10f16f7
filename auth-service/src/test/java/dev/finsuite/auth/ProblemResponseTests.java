package dev.finsuite.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;

/** Errors Spring raises before any controller code runs still answer in the one problem shape. */
class ProblemResponseTests extends ServiceTest {

    @Test
    void aWrongMethodIs405() {
        assertProblem(api().delete("/api/v1/auth/login").send(), 405, "method_not_allowed");
    }

    @Test
    void aWrongContentTypeIs415() {
        Api.Reply reply = api().post("/api/v1/auth/login", "email=a")
                .header("Content-Type", "text/plain")
                .send();
        assertProblem(reply, 415, "unsupported_media_type");
    }

    @Test
    void anUnknownPublicPathIs404() {
        assertProblem(api().post("/api/v1/auth/nothing-here", "{}").send(), 404, "not_found");
    }

    private static void assertProblem(Api.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("/code")).isEqualTo(code);
        assertThat(reply.field("/type")).isEqualTo("urn:finsuite:problem:" + code);
        assertThat(reply.field("/title")).isNotBlank();
        assertThat(reply.field("/detail")).isNotBlank();
    }
}
