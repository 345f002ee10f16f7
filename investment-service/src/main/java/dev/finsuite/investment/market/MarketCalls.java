package dev.finsuite.investment.market;

import dev.finsuite.common.conversion.MarketRates;
import dev.finsuite.common.web.RequestIdFilter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How investment-service calls market-service: one client with a timeout, acting as the caller (its token and
 * request id, carried to worker threads by {@link Caller}) or, outside a request, as the tenant with a short-lived
 * reader's token, as a job does.
 */
@Component
public class MarketCalls {

    private final RestClient market;
    private final MarketRates rates;

    MarketCalls(
            RestClient.Builder builder,
            MarketRates rates,
            @Value("${finsuite.market-service-url}") String marketUrl,
            @Value("${finsuite.market-timeout:3s}") Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(timeout);
        this.market =
                builder.clone().baseUrl(marketUrl).requestFactory(requests).build();
        this.rates = rates;
    }

    RestClient client() {
        return market;
    }

    /**
     * The current caller (token and request id), to carry to another thread: work run through it asks
     * market-service as that caller, as if on the request's own thread. Outside a request it carries nothing and
     * the work acts for the tenant as a job does.
     */
    public Caller currentCaller() {
        return new Caller(callersAuthorization(), MDC.get(RequestIdFilter.LOG_KEY));
    }

    /** A caller captured on the request's thread; see {@link #currentCaller()}. */
    public static final class Caller {
        private final String authorization;
        private final String requestId;

        private Caller(String authorization, String requestId) {
            this.authorization = authorization;
            this.requestId = requestId;
        }

        public <T> T call(java.util.function.Supplier<T> work) {
            Caller was = CARRIED.get();
            CARRIED.set(this);
            try {
                return work.get();
            } finally {
                if (was == null) {
                    CARRIED.remove();
                } else {
                    CARRIED.set(was);
                }
            }
        }
    }

    private static final ThreadLocal<Caller> CARRIED = new ThreadLocal<>();

    /**
     * The caller's own token when there is a caller; a job acts for the tenant with a short-lived reader's token.
     * The request id goes along too: common-lib's CallerForwarding adds it only for hosts named by a
     * {@code *_SERVICE_URL} variable, and a job has one in its log context as well.
     */
    void identify(HttpHeaders headers, UUID tenantId) {
        headers.set(HttpHeaders.AUTHORIZATION, authorization(tenantId));
        Caller carried = CARRIED.get();
        String requestId =
                carried != null && carried.requestId != null ? carried.requestId : MDC.get(RequestIdFilter.LOG_KEY);
        if (requestId != null) {
            headers.set(RequestIdFilter.HEADER, requestId);
        }
    }

    /** The carried caller's token, else as common-lib's conversion client authorises (the request's, or a job's). */
    private String authorization(UUID tenantId) {
        Caller carried = CARRIED.get();
        return carried != null && carried.authorization != null ? carried.authorization : rates.authorization(tenantId);
    }

    private static String callersAuthorization() {
        Caller carried = CARRIED.get();
        if (carried != null && carried.authorization != null) {
            return carried.authorization;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String callers = attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
            if (callers != null) {
                return callers;
            }
        }
        return null;
    }
}
