package dev.finsuite.common.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service promises of bad input: a 400 problem, code validation_failed, naming each bad field. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    public static void assertValidationProblem(Api.Reply reply, String... fields) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("/code")).isEqualTo("validation_failed");
        assertThat(reply.json().get("errors").findValuesAsString("field"))
                .as(reply.toString())
                .contains(fields);
    }
}
