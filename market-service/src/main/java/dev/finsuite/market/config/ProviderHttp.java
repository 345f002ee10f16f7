package dev.finsuite.market.config;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * HTTP clients for external providers, each call bounded by the provider timeout. Deliberately not built
 * from Boot's RestClient.Builder: that one forwards the caller's bearer token, which must never leave the suite.
 */
@Component
public class ProviderHttp {

    private final JdkClientHttpRequestFactory requestFactory;

    ProviderHttp(MarketProperties properties) {
        Duration timeout = properties.providerTimeout();
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestFactory = new JdkClientHttpRequestFactory(client);
        this.requestFactory.setReadTimeout(timeout);
    }

    public RestClient client(String baseUrl) {
        return RestClient.builder()
                .requestFactory(requestFactory)
                .baseUrl(baseUrl)
                .defaultHeader("User-Agent", "finsuite-market-service")
                .build();
    }
}
