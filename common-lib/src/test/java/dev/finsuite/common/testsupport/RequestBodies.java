package dev.finsuite.common.testsupport;

import java.util.HashMap;
import java.util.Map;

/** Request bodies the tests of several services send, as mutable JSON objects a test can add fields to. */
public final class RequestBodies {

    private RequestBodies() {}

    /** A JSON object from key, value pairs; values may be null. */
    public static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** finance-service's monthly budget of one category from {@code startDate}. */
    public static Map<String, Object> monthlyBudget(
            Object categoryId, String limit, String currency, String startDate) {
        return of(
                "categoryId",
                categoryId,
                "limit",
                limit,
                "currency",
                currency,
                "period",
                "MONTHLY",
                "startDate",
                startDate);
    }

    /** investment-service's activity of {@code type} in an account and asset. */
    public static Map<String, Object> activity(
            Object accountId, Object assetId, String type, String date, String quantity, String unitPrice) {
        return of(
                "accountId",
                accountId,
                "assetId",
                assetId,
                "type",
                type,
                "date",
                date,
                "quantity",
                quantity,
                "unitPrice",
                unitPrice);
    }
}
