package dev.finsuite.common.conversion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.finsuite.common.security.CallerAuthorization;
import dev.finsuite.common.security.JwtTokens;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks market-service for a conversion at a date. Any failure (down, slow, no rate) is an empty answer: the
 * caller records the amount as pending rather than failing the user's write.
 */
public class MarketRates {

    private static final Logger log = LoggerFactory.getLogger(MarketRates.class);
    /** Jobs have no caller to forward; they act for the tenant as a reader, which is all a conversion needs. */
    private final RestClient market;

    private final CallerAuthorization authorization;

    public MarketRates(RestClient.Builder builder, JwtTokens tokens, String marketUrl, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeout);
        this.market = builder.baseUrl(marketUrl).requestFactory(requests).build();
        this.authorization = new CallerAuthorization(tokens);
    }

    public Optional<Converted> convert(UUID tenantId, String from, String to, BigDecimal amount, LocalDate date) {
        try {
            RestClient.RequestHeadersSpec<?> request = market.get()
                    .uri(uri -> uri.path("/api/v1/conversions")
                            .queryParam("from", from)
                            .queryParam("to", to)
                            .queryParam("amount", amount.toPlainString())
                            .queryParam("date", date)
                            .build())
                    .header(HttpHeaders.AUTHORIZATION, authorization(tenantId));
            return Optional.ofNullable(request.retrieve().body(Converted.class));
        } catch (RestClientException | IllegalStateException unavailable) {
            log.warn("No {}->{} conversion at {} from market-service: {}", from, to, date, unavailable.toString());
            return Optional.empty();
        }
    }

    /**
     * The caller's own token when there is a caller; a job acts for the tenant with a short-lived reader's token.
     * Public so other market-service clients of a service (quotes, say) authorise the same way.
     */
    public String authorization(UUID tenantId) {
        return authorization.forTenant(tenantId);
    }

    /**
     * What a conversion here needs of market-service's answer; its other fields (the request echoed back) are
     * ignored, so the two sides share the contract, not a class.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Converted(
            String to, BigDecimal convertedAmount, BigDecimal rate, LocalDate rateDate, String source) {}
}
