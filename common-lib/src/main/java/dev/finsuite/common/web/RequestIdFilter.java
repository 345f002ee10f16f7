package dev.finsuite.common.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;


/**
 * Gives every request an {@code X-Request-Id}: the caller's when it is a sane token, else a new UUID. It goes
 * into the log context, the response and every problem body, so one id follows a request across services.
 * When the request is done, one log line says what it was, how it ended and for whom (never a token).
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    /** Log context (e.g. tenant and user) that inner filters leave for the completion line, as a Map. */
    public static final String LOG_CONTEXT_ATTRIBUTE = RequestIdFilter.class.getName() + ".logContext";
    private static final Logger log = LoggerFactory.getLogger("dev.finsuite.request");
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(HEADER);
        String requestId = incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        MDC.put(LOG_KEY, requestId);
        response.setHeader(HEADER, requestId);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (!isDispatchedAgain(request) && !request.getRequestURI().startsWith("/actuator")) {
                logCompletion(request, response, (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove(LOG_KEY);
        }
    }

    private static void logCompletion(HttpServletRequest request, HttpServletResponse response, long millis) {
        Map<?, ?> context = request.getAttribute(LOG_CONTEXT_ATTRIBUTE) instanceof Map<?, ?> map ? map : Map.of();
        context.forEach((key, value) -> MDC.put(String.valueOf(key), String.valueOf(value)));
        try {
            log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(), millis);
        } finally {
            context.keySet().forEach(key -> MDC.remove(String.valueOf(key)));
        }
    }

    private boolean isDispatchedAgain(HttpServletRequest request) {
        return request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
