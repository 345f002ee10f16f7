package dev.finsuite.emi.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.emi.EmiTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-tenant quotas, set small here: loans by count, documents by their bytes together. Beyond one, a create is
 * a 422 naming the quota and writes nothing; other tenants are unaffected; deleting makes room again.
 */
@TestPropertySource(properties = {"finsuite.quotas.loans=2", "finsuite.quotas.document-storage=100B"})
class QuotaTests extends EmiTest {

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private final HttpClient http = HttpClient.newHttpClient();

    UUID tenant;
    String member;

    @BeforeEach
    void household() throws Exception {
        tenant = newTenant();
        member = TestTokens.access(tenant, "MEMBER");
    }

    @Test
    void aThirdLoanIsRefusedNamingTheQuotaUntilOneIsDeleted() throws Exception {
        String first = createLoan(member, shortLoan());
        createLoan(member, homeLoan());

        Api.Reply refused =
                api().post("/api/v1/emis", shortLoan()).token(member).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.field("/code")).isEqualTo("quota_exceeded");
        assertThat(refused.field("/quota")).isEqualTo("loans");
        assertThat(refused.json().get("limit").asInt()).isEqualTo(2);
        assertThat(refused.json().get("used").asInt()).isEqualTo(2);
        assertThat(count("select count(*) from emi_loans where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);

        createLoan(TestTokens.access(newTenant(), "MEMBER"), shortLoan());

        assertThat(api().delete("/api/v1/emis/" + first).token(member).send().status())
                .isEqualTo(204);
        createLoan(member, shortLoan());
    }

    @Test
    void documentsBeyondTheTenantsStorageAreRefusedNamingTheQuota() throws Exception {
        assertThat(2 * PDF.length).isLessThanOrEqualTo(100);
        assertThat(3 * PDF.length).isGreaterThan(100);
        String documents = "/api/v1/emis/" + createLoan(member, shortLoan()) + "/documents";
        String otherLoanDocuments = "/api/v1/emis/" + createLoan(member, homeLoan()) + "/documents";
        HttpResponse<String> first = upload(member, documents, PDF);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(upload(member, documents, PDF).statusCode()).isEqualTo(201);

        // The quota is the tenant's, whichever loan the file belongs to.
        HttpResponse<String> refused = upload(member, otherLoanDocuments, PDF);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.at("/code").asString()).isEqualTo("quota_exceeded");
        assertThat(problem.at("/quota").asString()).isEqualTo("documentStorageBytes");
        assertThat(problem.at("/limit").asLong()).isEqualTo(100);
        assertThat(problem.at("/used").asLong()).isEqualTo(2L * PDF.length);
        assertThat(count("select count(*) from emi_documents where tenant_id = '" + tenant + "'"))
                .isEqualTo(2);

        String otherMember = TestTokens.access(newTenant(), "MEMBER");
        String theirDocuments = "/api/v1/emis/" + createLoan(otherMember, shortLoan()) + "/documents";
        assertThat(upload(otherMember, theirDocuments, PDF).statusCode()).isEqualTo(201);

        String location = first.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> deleted =
                http.send(request(location, member).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(upload(member, otherLoanDocuments, PDF).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> upload(String token, String path, byte[] content) throws Exception {
        String boundary = "----finsuite" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"quota-test.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request(path, token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        URI uri = path.startsWith("http") ? URI.create(path) : URI.create("http://localhost:" + port + path);
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    }
}
