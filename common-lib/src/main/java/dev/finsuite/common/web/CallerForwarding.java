package dev.finsuite.common.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every {@link RestClient} a service builds from Spring's builder forwards, to the suite's own services only,
 * the current request's {@code X-Request-Id} (so one id follows a request across services) and the caller's
 * bearer token (so the called service applies the same user's rights and tenant). The suite's hosts are those
 * named by the {@code *_SERVICE_URL} variables; a token never goes to any other host.
 */
public class CallerForwarding implements RestClientCustomizer {

    private final Set<String> suiteHosts;

    public CallerForwarding(Set<String> suiteHosts) {
        this.suiteHosts = Set.copyOf(suiteHosts);
    }

    @Override
    public void customize(RestClient.Builder builder) {
        builder.requestInterceptor(interceptor());
    }

    ClientHttpRequestInterceptor interceptor() {
        return (request, body, execution) -> {
            if (!suiteHosts.contains(request.getURI().getHost())) {
                return execution.execute(request, body);
            }
            HttpHeaders headers = request.getHeaders();
            String requestId = MDC.get(RequestIdFilter.LOG_KEY);
            if (requestId != null && !headers.containsHeader(RequestIdFilter.HEADER)) {
                headers.set(RequestIdFilter.HEADER, requestId);
            }
            if (!headers.containsHeader(HttpHeaders.AUTHORIZATION)
                    && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest incoming = attributes.getRequest();
                String authorization = incoming.getHeader(HttpHeaders.AUTHORIZATION);
                if (authorization != null) {
                    headers.set(HttpHeaders.AUTHORIZATION, authorization);
                }
            }
            return execution.execute(request, body);
        };
    }
}
