package dev.finsuite.market.rate;

import dev.finsuite.common.web.ApiException;
import org.springframework.http.HttpStatus;

/** No provider nor the tenant has a rate for the pair near enough the date; we never guess 1. */
class RateNotFound extends ApiException {
    RateNotFound(String from, String to, java.time.LocalDate date) {
        super(
                HttpStatus.NOT_FOUND,
                "rate_not_found",
                "No exchange rate for " + from + " to " + to + " on or shortly before " + date);
    }
}
