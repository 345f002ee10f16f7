package dev.finsuite.market.rate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Open Exchange Rates {@code latest.json}: {@code {timestamp, base, rates:{CODE: number}}}, base USD on free
 * plans; errors come as {@code {error:true, message}}. Numbers are read from their text into BigDecimal.
 */
final class OxrJson {

    static final String SOURCE = "OXR";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{3,8}");

    private OxrJson() {}

    static List<PublishedRate> parse(JsonNode body) {
        if (body == null
                || body.path("error").asBoolean(false)
                || !body.path("rates").isObject()
                || !body.path("base").isString()
                || !body.path("timestamp").isNumber()) {
            throw new MalformedRates("Open Exchange Rates answered without rates: "
                    + (body == null ? "empty" : body.path("message").asString("")));
        }
        String base = body.path("base").asString();
        LocalDate date =
                LocalDate.ofInstant(Instant.ofEpochSecond(body.path("timestamp").asLong()), ZoneOffset.UTC);
        List<PublishedRate> rates = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : body.path("rates").properties()) {
            String code = entry.getKey();
            if (!CODE.matcher(code).matches()
                    || code.equals(base)
                    || !entry.getValue().isNumber()) {
                continue;
            }
            rates.add(new PublishedRate(base, code, entry.getValue().decimalValue(), date, SOURCE));
        }
        if (rates.isEmpty()) {
            throw new MalformedRates("Open Exchange Rates answered with no usable rate");
        }
        return rates;
    }
}
