package dev.finsuite.export.web;

import static dev.finsuite.common.testsupport.ProblemAssertions.assertValidationProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.export.ExportTest;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every parameter is checked before a byte is written: problems, never a half-written file or a 500. */
class ExportValidationTests extends ExportTest {

    String token;

    @BeforeEach
    void tenant() throws SQLException {
        token = viewer(newTenant());
    }

    @Test
    void anUnknownEntityIsANotFoundProblem() {
        Api.Reply reply =
                api().get("/api/v1/exports/passwords?format=csv").token(token).send();
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("/code")).isEqualTo("not_found");
        assertThat(reply.header("Content-Disposition")).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "format=pdf | format",
                "format=csv&dialect=tsv | dialect",
                "format=xlsx&dialect=excel | dialect",
                "format=jsonl&locale=de-DE | locale",
                "dialect=data&locale=de-DE | locale",
                "dialect=excel&locale=xx-QQ | locale",
                "dialect=excel&locale=de-ZZ | locale",
                "dialect=excel&locale=%3Bdrop | locale",
                "from=2026-13-01 | from",
                "to=yesterday | to",
                "from=2026-02-01&to=2026-01-01 | to",
                "categoryId=not-a-uuid | categoryId",
                "currency=XYZ | currency",
                "tag=%20 | tag",
                "accountId=00000000-0000-4000-8000-000000000001 | accountId",
                "tenantId=00000000-0000-4000-8000-000000000001 | tenantId",
                "format=csv&format=xlsx | format",
            })
    void aBadParameterIsAValidationProblemNamingTheField(String query, String field) {
        assertValidationProblem(
                api().get("/api/v1/exports/expenses?" + query).token(token).send(), field);
    }

    @Test
    void aFilterTheEntityDoesNotTakeIsAValidationProblem() {
        Api.Reply reply = api().get("/api/v1/exports/watchlist-items?from=2026-01-01&tag=x")
                .token(token)
                .send();
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsString("field")).contains("from", "tag");
        Api.Reply onlyTo = api().get("/api/v1/exports/watchlist-items?to=2026-01-01")
                .token(token)
                .send();
        assertThat(onlyTo.json().get("errors").findValuesAsString("field")).containsExactly("to");
    }

    @Test
    void withoutATokenItIsUnauthorisedAndARefreshTokenOrNoRoleIsNotEnough() {
        assertThat(api().get("/api/v1/exports/expenses").send().status()).isEqualTo(401);
        String noRole = TestTokens.access(UUID.randomUUID());
        assertThat(api().get("/api/v1/exports/expenses").token(noRole).send().status())
                .isEqualTo(403);
    }

    @Test
    void exportsAreReadsSoOtherMethodsAreNotAllowed() {
        Api.Reply reply = api().post("/api/v1/exports/expenses", "{}")
                .token(TestTokens.access(UUID.randomUUID(), "OWNER"))
                .send();
        assertThat(reply.status()).isIn(405, 404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }
}
