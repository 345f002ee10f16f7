package dev.finsuite.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every {@link RestClient} a service builds from Spring's builder forwards, to the suite's own services only,
 * the current request's {@code X-Request-Id} (so one id follows a request across services) and the caller's
 * bearer token (so the called service applies the same user's rights and tenant). The suite's hosts are those
 * of the service URLs a service is configured with: the {@code *_SERVICE_URL} variables and the
 * {@code finsuite.*-service-url} properties, whose defaults name the local suite under {@code ./run.sh} (where no
 * variable is set, so reading the variables alone forwarded nothing). A token never goes to any other host.
 */
public class CallerForwarding implements RestClientCustomizer {

    private final Set<String> suiteHosts;

    public CallerForwarding(Set<String> suiteHosts) {
        this.suiteHosts = Set.copyOf(suiteHosts);
    }

    /** The hosts of every service URL the environment names, by variable or by property. */
    public static Set<String> suiteHosts(ConfigurableEnvironment environment) {
        Set<String> urls = new HashSet<>();
        environment.getSystemEnvironment().forEach((name, value) -> {
            if (name.endsWith("_SERVICE_URL") && value != null) {
                urls.add(value.toString());
            }
        });
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith("finsuite.") && name.endsWith("-service-url")) {
                        String value = environment.getProperty(name);
                        if (value != null) {
                            urls.add(value);
                        }
                    }
                }
            }
        }
        Set<String> hosts = new HashSet<>();
        for (String url : urls) {
            try {
                String host = URI.create(url.trim()).getHost();
                if (host != null) {
                    hosts.add(host);
                }
            } catch (IllegalArgumentException notAUrl) {
                // A malformed URL names no host to trust; the client using it fails on its own.
            }
        }
        return hosts;
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
