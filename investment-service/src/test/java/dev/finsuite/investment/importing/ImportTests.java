package dev.finsuite.investment.importing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.Api;
import dev.finsuite.investment.LedgerFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CSV imports: Ghostfolio's columns, a dry run that writes nothing, duplicates once, and all or nothing. */
class ImportTests extends LedgerFixtures {

    private UUID tenant;
    private String token;
    private String account;
    private String symbol;

    @BeforeEach
    void tenant() throws Exception {
        tenant = newTenant();
        token = member(tenant);
        account = account(token, "Main", "FIFO");
        symbol = "IMP" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        MARKET.quote(symbol, "120", "USD");
    }

    /** Ghostfolio's export columns, with an account column naming the account. */
    private String ghostfolio() {
        return """
                Date,Code,DataSource,Currency,Price,Quantity,Action,Fee,Note,Account
                2024-01-02,%1$s,YAHOO,USD,100,10,BUY,1.5,first buy,Main
                02-02-2024,%1$s,YAHOO,USD,110,5,buy,0,,Main
                2024-03-01T00:00:00.000Z,%1$s,YAHOO,USD,120,3,SELL,1,,main
                2024-04-01,%1$s,YAHOO,USD,0.5,12,DIVIDEND,0,,Main
                """.formatted(symbol);
    }

    private Api.Reply importing(String csv, String query) {
        return api().post("/api/v1/investments/import" + query, csv)
                .header("Content-Type", "text/csv")
                .token(token)
                .send();
    }

    private long rows() throws Exception {
        return count("select count(*) from investment_activities where tenant_id = '" + tenant + "'");
    }

    private long assets() throws Exception {
        return count("select count(*) from investment_assets where tenant_id = '" + tenant + "'");
    }

    @Test
    void aDryRunReportsWhatWouldBeCreatedAndWritesNothing() throws Exception {
        Api.Reply dry = importing(ghostfolio(), "?dryRun=true");

        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.field("/dryRun")).isEqualTo("true");
        assertThat(dry.json().at("/toCreate").size()).isEqualTo(4);
        assertThat(dry.json().at("/rejected").size()).isZero();
        assertThat(rows()).isZero();
        assertThat(assets()).isZero();
    }

    @Test
    void anImportCreatesEveryRowOnceAndASecondImportOfTheSameRowsCreatesNone() throws Exception {
        Api.Reply first = importing(ghostfolio(), "");
        Api.Reply again = importing(ghostfolio(), "");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.field("/created")).isEqualTo("4");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.field("/created")).isEqualTo("0");
        assertThat(again.json().at("/duplicates").size()).isEqualTo(4);
        assertThat(rows()).isEqualTo(4);
        assertThat(assets()).isEqualTo(1);
        var holding = api().get("/api/v1/portfolio/holdings")
                .token(token)
                .send()
                .json()
                .at("/holdings/0");
        assertThat(holding.at("/quantity").asString()).isEqualTo("12");
        assertThat(holding.at("/dataSource").asString()).isEqualTo("ALPHA_VANTAGE");
        assertThat(holding.at("/dividends").asString()).isEqualTo("6.00");
        assertThat(holding.at("/fees").asString()).isEqualTo("2.50");
    }

    @Test
    void aFileWithAnInvalidRowWritesNothingUnlessInvalidRowsAreSkipped() throws Exception {
        String csv = ghostfolio() + "2024-05-01," + symbol + ",YAHOO,USD,abc,1,BUY,0,,Main\n" + "2024-05-02," + symbol
                + ",YAHOO,USD,100,1,GIFT,0,,Main\n";

        Api.Reply refused = importing(csv, "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.field("/code")).isEqualTo("validation_failed");
        assertThat(refused.field("/errors/0/field")).isEqualTo("line 6");
        assertThat(refused.field("/errors/0/message")).contains("unitPrice");
        assertThat(refused.field("/errors/1/field")).isEqualTo("line 7");
        assertThat(rows()).isZero();
        assertThat(assets()).isZero();

        Api.Reply skipped = importing(csv, "?skipInvalid=true");
        assertThat(skipped.status()).as(skipped.toString()).isEqualTo(200);
        assertThat(skipped.field("/created")).isEqualTo("4");
        assertThat(skipped.json().at("/rejected").size()).isEqualTo(2);
        assertThat(rows()).isEqualTo(4);
    }

    @Test
    void aFormulaCellIsRefusedAndNothingIsWritten() throws Exception {
        String csv = "date,symbol,type,quantity,price,currency,account,note\n"
                + "2024-01-02," + symbol + ",BUY,1,100,USD,Main,ok\n"
                + "2024-01-03," + symbol + ",BUY,1,100,USD,Main,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n";

        Api.Reply refused = importing(csv, "");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.field("/errors/0/field")).isEqualTo("line 3");
        assertThat(refused.field("/errors/0/message")).contains("formula");
        assertThat(rows()).isZero();
    }

    @Test
    void aSellBeforeItsBuyInTheFileIsRefusedWholeAndNamedOnADryRun() throws Exception {
        String csv = "date,ticker,action,shares,price,currency\n"
                + "2024-01-02," + symbol + ",SELL,5,100,USD\n"
                + "2024-01-03," + symbol + ",BUY,5,100,USD\n";

        Api.Reply refused = importing(csv, "?accountId=" + account);
        Api.Reply dry = importing(csv, "?accountId=" + account + "&dryRun=true");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.field("/code")).isEqualTo("insufficient_quantity");
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.field("/rejected/0/reason")).contains("2024-01-02");
        assertThat(rows()).isZero();
    }

    @Test
    void malformedFilesAreProblemsThatWriteNothing() throws Exception {
        Api.Reply noColumns = importing("when,what\n2024-01-01,x\n", "?accountId=" + account);
        Api.Reply noAccount =
                importing("date,symbol,type,quantity,price,currency\n2024-01-02," + symbol + ",BUY,1,1,USD\n", "");
        Api.Reply unknownAccount =
                importing("date,symbol,type,quantity,price\n2024-01-02,X,BUY,1,1\n", "?accountId=" + UUID.randomUUID());
        byte[] latin1 = ("date,symbol,type,quantity,price,currency,note\n2024-01-02," + symbol
                        + ",BUY,1,1,USD,caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> notUtf8 = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/investments/import?accountId=" + account))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(noColumns.status()).isEqualTo(400);
        assertThat(noColumns.field("/errors/0/message")).contains("lacks the columns");
        assertThat(noAccount.status()).isEqualTo(400);
        assertThat(noAccount.field("/errors/0/message")).contains("account");
        assertThat(unknownAccount.status()).isEqualTo(404);
        assertThat(notUtf8.statusCode()).isEqualTo(400);
        assertThat(notUtf8.body()).contains("UTF-8");
        assertThat(rows()).isZero();
    }

    @Test
    void aTenMegabyteImportIsA413Problem() throws Exception {
        String header = "date,symbol,type,quantity,price,currency\n";
        StringBuilder csv = new StringBuilder(header);
        while (csv.length() < 10 * 1024 * 1024) {
            csv.append("2024-01-02,").append(symbol).append(",BUY,1,1,USD\n");
        }
        Api.Reply raw = importing(csv.toString(), "?accountId=" + account);
        String boundary = "finsuite" + UUID.randomUUID();
        String multipart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Api.Reply upload = api().post("/api/v1/investments/import?accountId=" + account, multipart)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .token(token)
                .send();

        for (Api.Reply tooLarge : new Api.Reply[] {raw, upload}) {
            assertThat(tooLarge.status())
                    .as(tooLarge.toString().substring(0, 200))
                    .isEqualTo(413);
            assertThat(tooLarge.field("/code")).isEqualTo("payload_too_large");
        }
        assertThat(rows()).isZero();
    }

    @Test
    void aSmallUploadImportsLikeABody() throws Exception {
        String boundary = "finsuite" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + ghostfolio() + "\r\n--" + boundary + "--\r\n";
        Api.Reply upload = api().post("/api/v1/investments/import", multipart)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .token(token)
                .send();
        assertThat(upload.status()).as(upload.toString()).isEqualTo(200);
        assertThat(upload.field("/created")).isEqualTo("4");
    }
}
