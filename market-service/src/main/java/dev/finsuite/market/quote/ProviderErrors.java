package dev.finsuite.market.quote;

import java.util.regex.Pattern;

/**
 * A provider failure as it may be logged: the exception's type and message with any API key blanked out
 * (a URL's {@code apikey=…}, Alpha Vantage's "detected your API key as …").
 */
final class ProviderErrors {

    private static final Pattern KEY_IN_URL = Pattern.compile("(?i)(api_?key=)[^&\\s\"']+");
    private static final Pattern KEY_IN_TEXT = Pattern.compile("(?i)(API key as )\\S+");

    private ProviderErrors() {}

    static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        message = KEY_IN_URL.matcher(message).replaceAll("$1***");
        message = KEY_IN_TEXT.matcher(message).replaceAll("$1***");
        return failure.getClass().getSimpleName() + ": " + message;
    }
}
