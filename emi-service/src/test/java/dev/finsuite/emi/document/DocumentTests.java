package dev.finsuite.emi.document;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.TestTokens;
import dev.finsuite.emi.EmiTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentTests extends EmiTest {

    private static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    private final HttpClient http = HttpClient.newHttpClient();
    private String member;
    private String documents;

    @BeforeEach
    void loan() throws Exception {
        member = TestTokens.access(newTenant(), "MEMBER");
        documents = "/api/v1/emis/" + createLoan(member, shortLoan()) + "/documents";
    }

    @Test
    void aPdfIsStoredUnderAServerNameAndDownloadedAsAnAttachment() throws Exception {
        HttpResponse<String> uploaded = upload(member, documents, "sanction letter.pdf", "application/pdf", PDF);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode stored = JsonMapper.builder().build().readTree(uploaded.body());
        assertThat(stored.at("/fileName").asString()).isEqualTo("sanction letter.pdf");
        assertThat(stored.at("/storedName").asString())
                .isEqualTo(stored.at("/id").asString() + ".pdf");
        assertThat(stored.at("/sha256").asString()).isEqualTo(sha256(PDF));
        assertThat(stored.at("/sizeBytes").asInt()).isEqualTo(PDF.length);

        HttpResponse<byte[]> download = http.send(
                request(uploaded.headers().firstValue("Location").orElseThrow(), member)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("sanction");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        assertThat(http.send(request(documents, member).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains(stored.at("/id").asString())
                .doesNotContain("%PDF");
        HttpResponse<String> deleted = http.send(
                request(uploaded.headers().firstValue("Location").orElseThrow(), member)
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(count("select count(*) from emi_documents where id = '"
                        + stored.at("/id").asString() + "'"))
                .isZero();
    }

    @Test
    void aPngDeclaredAsAnythingIsRecognisedByItsContent() throws Exception {
        HttpResponse<String> uploaded = upload(member, documents, "receipt.bin", "application/octet-stream", PNG);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"contentType\":\"image/png\"");
    }

    @Test
    void aTextFileNamedPdfIsRefused() throws Exception {
        HttpResponse<String> refused = upload(
                member,
                documents,
                "statement.pdf",
                "application/pdf",
                "just some text, not a PDF".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("unsupported_media_type");
        assertThat(count("select count(*) from emi_documents where original_name = 'statement.pdf'"))
                .isZero();
    }

    @Test
    void htmlDeclaredAsAPngIsRefused() throws Exception {
        HttpResponse<String> refused = upload(
                member,
                documents,
                "photo.png",
                "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(415);
    }

    @Test
    void anElevenMegabyteFileIs413() throws Exception {
        byte[] big = Arrays.copyOf(PDF, 11 * 1024 * 1024);

        HttpResponse<String> refused = upload(member, documents, "huge.pdf", "application/pdf", big);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("payload_too_large");
        assertThat(count("select count(*) from emi_documents where original_name = 'huge.pdf'"))
                .isZero();
    }

    @Test
    void pathsAndControlCharactersInTheNameAreStrippedAndTheFileStillStored() throws Exception {
        HttpResponse<String> traversal = upload(member, documents, "../../etc/passwd", "application/pdf", PDF);
        assertThat(traversal.statusCode()).as(traversal.body()).isEqualTo(201);
        assertThat(traversal.body()).contains("\"fileName\":\"passwd.pdf\"").doesNotContain("..");

        HttpResponse<String> nul = upload(member, documents, "loan\u0000.pdf\u0000.exe", "application/pdf", PDF);
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body()).contains("validation_failed");
        assertThat(count("select count(*) from emi_documents where original_name like 'loan%'"))
                .isZero();

        HttpResponse<String> control = upload(member, documents, "state\tment\u001b[31m.pdf", "application/pdf", PDF);
        assertThat(control.statusCode()).as(control.body()).isEqualTo(201);
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(control.body())
                        .at("/fileName")
                        .asString())
                .isEqualTo("state_ment_[31m.pdf");
    }

    @Test
    void theDownloadNameAlwaysEndsWithTheRecognisedType() throws Exception {
        HttpResponse<String> uploaded = upload(member, documents, "statement.html", "text/html", PDF);

        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(uploaded.body()).contains("\"fileName\":\"statement.html.pdf\"");
        HttpResponse<String> download = http.send(
                request(uploaded.headers().firstValue("Location").orElseThrow(), member)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"statement.html.pdf\"");
    }

    @Test
    void anotherTenantsDocumentIs404() throws Exception {
        String location = upload(member, documents, "mine.pdf", "application/pdf", PDF)
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String attacker = TestTokens.access(newTenant(), "OWNER");

        assertThat(http.send(request(location, attacker).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.send(request(location, attacker).DELETE().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.send(request(documents, attacker).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
        assertThat(upload(attacker, documents, "planted.pdf", "application/pdf", PDF)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.send(request(location, member).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        assertThat(count("select count(*) from emi_documents where original_name = 'planted.pdf'"))
                .isZero();
    }

    private HttpResponse<String> upload(String token, String path, String fileName, String declaredType, byte[] content)
            throws Exception {
        String boundary = "----finsuite" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
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
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
