package dev.finsuite.export.upstream;

import dev.finsuite.common.security.CallerAuthorization;
import dev.finsuite.common.security.JwtTokens;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.web.RequestIdFilter;
import dev.finsuite.export.upstream.UpstreamFailures.UpstreamForbidden;
import dev.finsuite.export.upstream.UpstreamFailures.UpstreamNotFound;
import dev.finsuite.export.upstream.UpstreamFailures.UpstreamUnavailable;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriBuilder;

/**
 * GETs to finance-, emi- and investment-service as the caller: the caller's own bearer token and request id go
 * along (set here rather than left to common-lib's CallerForwarding, which only knows hosts named by a
 * {@code *_SERVICE_URL} variable, and run.sh sets none), so each service applies the caller's tenant and rights.
 * Each call has a connect and read timeout; a failure is one of {@link UpstreamFailures}. Without a caller (a
 * job) a call acts for the job's tenant as a reader, see {@link CallerAuthorization}.
 */
@Component
public class UpstreamCalls {

    private final Map<Upstream, RestClient> clients = new EnumMap<>(Upstream.class);
    private final CallerAuthorization authorization;

    UpstreamCalls(
            RestClient.Builder builder,
            JwtTokens tokens,
            @Value("${finsuite.finance-service-url}") String financeUrl,
            @Value("${finsuite.emi-service-url}") String emiUrl,
            @Value("${finsuite.investment-service-url}") String investmentUrl,
            @Value("${finsuite.upstream-timeout:10s}") Duration timeout) {
        this.authorization = new CallerAuthorization(tokens);
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        clients.put(
                Upstream.FINANCE,
                builder.clone().baseUrl(financeUrl).requestFactory(requests).build());
        clients.put(
                Upstream.EMI,
                builder.clone().baseUrl(emiUrl).requestFactory(requests).build());
        clients.put(
                Upstream.INVESTMENT,
                builder.clone().baseUrl(investmentUrl).requestFactory(requests).build());
    }

    /**
     * GET {@code uri} of {@code service} as the caller.
     *
     * @param resource what a 404 means, for the caller's problem ("loan"); null when a 404 is not expected, so
     *                 it counts as the service failing
     */
    public <T> T get(
            Upstream service,
            java.util.function.Function<UriBuilder, java.net.URI> uri,
            ParameterizedTypeReference<T> type,
            String resource) {
        try {
            T body = clients.get(service)
                    .get()
                    .uri(uri)
                    .headers(this::identify)
                    .retrieve()
                    .body(type);
            if (body == null) {
                throw new UpstreamUnavailable(service, "answered with an empty body");
            }
            return body;
        } catch (HttpStatusCodeException e) {
            HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
            if (status == HttpStatus.NOT_FOUND && resource != null) {
                throw new UpstreamNotFound(resource);
            }
            if (status == HttpStatus.FORBIDDEN) {
                throw new UpstreamForbidden(service);
            }
            throw new UpstreamUnavailable(
                    service, "answered " + e.getStatusCode().value());
        } catch (RestClientException e) {
            throw new UpstreamUnavailable(service, "did not answer in time or could not be read");
        }
    }

    private void identify(HttpHeaders headers) {
        // the caller's token; a job (a scheduled report) has none and acts for the tenant it runs as
        TenantContext.current()
                .ifPresent(tenant -> headers.set(HttpHeaders.AUTHORIZATION, authorization.forTenant(tenant)));
        String requestId = MDC.get(RequestIdFilter.LOG_KEY);
        if (requestId != null) {
            headers.set(RequestIdFilter.HEADER, requestId);
        }
    }
}
