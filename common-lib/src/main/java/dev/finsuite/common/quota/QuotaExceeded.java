package dev.finsuite.common.quota;

import dev.finsuite.common.web.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A tenant already has as much of something as its quota allows: 422 {@code quota_exceeded}, naming the quota,
 * its limit and what is used, so a client can tell the household which limit it met.
 */
public class QuotaExceeded extends ApiException {

    private final String quota;
    private final long limit;
    private final long used;

    public QuotaExceeded(String quota, long limit, long used) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "quota_exceeded",
                "The quota for " + quota + " is " + limit + " and " + used + " are in use; delete some to make room");
        this.quota = quota;
        this.limit = limit;
        this.used = used;
    }

    public String quota() {
        return quota;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("quota", quota);
        properties.put("limit", limit);
        properties.put("used", used);
        return properties;
    }
}
