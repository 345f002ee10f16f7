package dev.finsuite.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every {@link RestClient} a service builds from Spring's builder forwards the current request's
 * {@code X-Request-Id} (so one id follows a request across services) and the caller's bearer token (so the
 * called service applies the same user's rights and tenant, never its own).
 */
public class CallerForwarding implements RestClientCustomizer {

    @Override
    public void customize(RestClient.Builder builder) {
        builder.requestInterceptor(interceptor());
    }

    static ClientHttpRequestInterceptor interceptor() {
        return (request, body, execution) -> {
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
