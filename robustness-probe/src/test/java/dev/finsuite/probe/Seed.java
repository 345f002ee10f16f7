package dev.finsuite.probe;

import dev.finsuite.common.testsupport.RequestBodies;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One resource of each kind for the attacked tenant, made through the services' own APIs, so every path id the
 * probe uses exists and belongs to that tenant. Ids are kept per collection (the path template with its
 * parameters written {@code {}}); collections not made here get the first item of their list.
 */
final class Seed {

    private final Map<String, String> urls;
    private final Tenant tenant;
    private final Map<String, String> idsByCollection = new HashMap<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    private Seed(Map<String, String> urls, Tenant tenant) {
        this.urls = urls;
        this.tenant = tenant;
        ids.add(tenant.id());
        ids.add(tenant.ownerId());
    }

    static Seed plant(Map<String, String> urls, Tenant tenant) {
        Seed seed = new Seed(urls, tenant);
        seed.finance();
        seed.emi();
        seed.investments();
        seed.market();
        seed.exports();
        return seed;
    }

    /** The seeded id of a collection ({@code /api/v1/borrowings/{}/repayments}), or null. */
    String idOf(String collection) {
        return idsByCollection.get(collection);
    }

    /** Every id of the attacked tenant's data (and the tenant and owner themselves). */
    Set<String> ids() {
        return ids;
    }

    /** Creations the services refused, which leave some paths probed with ids that do not exist. */
    List<String> problems() {
        return problems;
    }

    private void finance() {
        String m = tenant.marker();
        String category =
                create("finance-service", "/api/v1/categories", map("name", m + " groceries", "type", "EXPENSE"));
        String incomeCategory =
                create("finance-service", "/api/v1/categories", map("name", m + " salary", "type", "INCOME"));
        idsByCollection.put("/api/v1/categories", category);
        create(
                "finance-service",
                "/api/v1/expenses",
                map(
                        "amount",
                        "12.50",
                        "currency",
                        "EUR",
                        "date",
                        day(-3),
                        "categoryId",
                        category,
                        "description",
                        m + " bread",
                        "payee",
                        m + " bakery",
                        "paymentMethod",
                        "CARD",
                        "tags",
                        List.of("probe")));
        create(
                "finance-service",
                "/api/v1/incomes",
                map(
                        "amount",
                        "2500.00",
                        "currency",
                        "USD",
                        "date",
                        day(-2),
                        "categoryId",
                        incomeCategory,
                        "description",
                        m + " pay",
                        "source",
                        m + " employer"));
        create(
                "finance-service",
                "/api/v1/budgets",
                map(
                        "name",
                        m + " food",
                        "categoryId",
                        category,
                        "limit",
                        "400.00",
                        "currency",
                        "EUR",
                        "period",
                        "MONTHLY",
                        "startDate",
                        "2026-01-01",
                        "rollover",
                        "NONE"));
        String borrowing = create(
                "finance-service",
                "/api/v1/borrowings",
                map(
                        "counterpartyName",
                        m + " friend",
                        "principal",
                        "1000.00",
                        "currency",
                        "EUR",
                        "date",
                        "2026-01-05",
                        "dueDate",
                        "2027-01-05",
                        "interestRate",
                        "5"));
        create(
                "finance-service",
                "/api/v1/borrowings/" + borrowing + "/repayments",
                map("amount", "10.00", "date", "2026-02-01", "note", m));
        String lending = create(
                "finance-service",
                "/api/v1/lendings",
                map(
                        "counterpartyName",
                        m + " cousin",
                        "principal",
                        "300.00",
                        "currency",
                        "EUR",
                        "date",
                        "2026-01-05",
                        "dueDate",
                        "2027-01-05"));
        create(
                "finance-service",
                "/api/v1/lendings/" + lending + "/collections",
                map("amount", "20.00", "date", "2026-02-01", "note", m));
        create(
                "finance-service",
                "/api/v1/recurring-rules",
                map(
                        "type",
                        "EXPENSE",
                        "amount",
                        "9.99",
                        "currency",
                        "EUR",
                        "categoryId",
                        category,
                        "description",
                        m + " stream",
                        "frequency",
                        "MONTHLY",
                        "interval",
                        1,
                        "dayOfMonth",
                        1,
                        "startDate",
                        day(40)));
    }

    private void emi() {
        String m = tenant.marker();
        String loan = create(
                "emi-service",
                "/api/v1/emis",
                map(
                        "name",
                        m + " flat",
                        "lender",
                        m + " bank",
                        "loanType",
                        "HOME",
                        "principal",
                        "100000",
                        "currency",
                        "EUR",
                        "annualRate",
                        "8.5",
                        "tenureMonths",
                        24,
                        "disbursalDate",
                        "2026-01-10",
                        "firstEmiDate",
                        "2026-02-05"));
        create("emi-service", "/api/v1/emis/" + loan + "/payments", map("amount", "100.00", "paidOn", "2026-02-05"));
        // The smallest PNG: a 1×1 pixel, recognised by its content as the service requires.
        byte[] png = Base64.getDecoder()
                .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
                        + "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        String boundary = "probe" + UUID.randomUUID();
        byte[] multipart = join(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + m
                                + ".png\"\r\nContent-Type: image/png\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                png,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        record(
                RawHttp.send(RawHttp.Request.of("POST", urls.get("emi-service"), "/api/v1/emis/" + loan + "/documents")
                        .token(tenant.ownerToken())
                        .withBody("multipart/form-data; boundary=" + boundary, multipart)),
                "/api/v1/emis/{}/documents");
    }

    private void investments() {
        String m = tenant.marker();
        String account = create(
                "investment-service",
                "/api/v1/investments/accounts",
                map("name", m + " broker", "broker", m, "currency", "USD", "costBasisMethod", "FIFO"));
        String asset = create(
                "investment-service",
                "/api/v1/investments/assets",
                map(
                        "symbol",
                        "PRB.US",
                        "dataSource",
                        "STOOQ",
                        "name",
                        m + " probe corp",
                        "assetClass",
                        "EQUITY",
                        "currency",
                        "USD"));
        send(
                "investment-service",
                "PUT",
                "/api/v1/investments/assets/" + asset + "/prices/2026-01-15",
                map("price", "101.00"));
        create(
                "investment-service",
                "/api/v1/investments/assets/" + asset + "/splits",
                map("exDate", "2026-03-02", "numerator", 2, "denominator", 1));
        create(
                "investment-service",
                "/api/v1/investments/activities",
                withFeeCurrencyAndNote(
                        RequestBodies.activity(account, asset, "BUY", "2026-01-15", "10", "100"), "1", "USD", m));
        String item = create(
                "investment-service", "/api/v1/watchlist", map("symbol", "PRB.US", "dataSource", "STOOQ", "note", m));
        String alert = create(
                "investment-service",
                "/api/v1/watchlist/" + item + "/alerts",
                map("condition", "ABOVE", "threshold", "200"));
        idsByCollection.put("/api/v1/watchlist/alerts", alert);
    }

    private void market() {
        String rate = create(
                "market-service",
                "/api/v1/exchange-rates",
                map("base", "EUR", "quote", "INR", "rate", "96.5", "rateDate", day(-1)));
        idsByCollection.put("/api/v1/exchange-rates/custom", rate);
        send(
                "market-service",
                "PUT",
                "/api/v1/quotes/PRB.US/manual-price",
                map("assetType", "STOCK", "price", "99.00", "currency", "USD"));
        create(
                "market-service",
                "/api/v1/provider-keys",
                map("provider", "alphavantage", "apiKey", "probe-key-" + tenant.marker()));
    }

    private void exports() {
        RawHttp.Response job = RawHttp.send(
                RawHttp.Request.of("POST", urls.get("export-service"), "/api/v1/exports/expenses/jobs?format=csv")
                        .token(tenant.ownerToken()));
        record(job, "/api/v1/exports/jobs");
        create(
                "export-service",
                "/api/v1/reports/schedules",
                map("report", "income-statement", "cadence", "MONTHLY", "format", "csv"));
    }

    private String create(String service, String path, Map<String, Object> body) {
        return record(
                send(service, "POST", path, body),
                path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{}"));
    }

    private RawHttp.Response send(String service, String method, String path, Map<String, Object> body) {
        RawHttp.Response response = RawHttp.send(RawHttp.Request.of(method, urls.get(service), path)
                .token(tenant.ownerToken())
                .json(RawHttp.body(body)));
        if (!response.ok()) {
            problems.add(service + " " + method + " " + path + " → " + response.status() + " " + response.excerpt());
        }
        return response;
    }

    private String record(RawHttp.Response response, String collection) {
        if (!response.ok()) {
            if (!problems.stream().anyMatch(problem -> problem.contains(response.excerpt()))) {
                problems.add(collection + " → " + response.status() + " " + response.excerpt());
            }
            return UUID.randomUUID().toString();
        }
        JsonNode id = response.json().path("id");
        if (id.isMissingNode()) {
            return UUID.randomUUID().toString();
        }
        idsByCollection.putIfAbsent(collection, id.asString());
        ids.add(id.asString());
        return id.asString();
    }

    private static String day(int offset) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(offset).toString();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        return RequestBodies.of(keysAndValues);
    }

    private static Map<String, Object> withFeeCurrencyAndNote(
            Map<String, Object> activity, String fee, String currency, String note) {
        activity.put("fee", fee);
        activity.put("currency", currency);
        activity.put("note", note);
        return activity;
    }

    private static byte[] join(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return joined;
    }
}
