package dev.finsuite.common.web;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Gives every request an {@code X-Request-Id}: the caller's when it is a sane token, else a new UUID. It goes
 * into the log context, the response and every problem body, so one id follows a request across services.
 * When the request is done, one log line says what it was, how it ended and for whom (never a token), with the
 * request's trace and span id: this filter runs outside the HTTP observation (so that even a failure there has a
 * request id), and so takes them from the observation's span, which the gateway's, the caller's or a new
 * {@code traceparent} started.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    /** Log context (e.g. tenant and user) that inner filters leave for the completion line, as a Map. */
    public static final String LOG_CONTEXT_ATTRIBUTE = RequestIdFilter.class.getName() + ".logContext";

    private static final Logger log = LoggerFactory.getLogger("dev.finsuite.request");
    /** Micrometer Tracing's log keys, as the log patterns and the ECS lines name them. */
    static final String TRACE_ID = "traceId";

    static final String SPAN_ID = "spanId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern VALID_TRACE_ID = Pattern.compile("(?!0+$)[0-9a-f]{16}|(?!0+$)[0-9a-f]{32}");

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
        Span span = MDC.get(TRACE_ID) == null ? serverSpan(request) : null;
        if (span != null) {
            MDC.put(TRACE_ID, span.context().traceId());
            MDC.put(SPAN_ID, span.context().spanId());
        }
        try {
            log.info(
                    "{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(), millis);
        } finally {
            context.keySet().forEach(key -> MDC.remove(String.valueOf(key)));
            if (span != null) {
                MDC.remove(TRACE_ID);
                MDC.remove(SPAN_ID);
            }
        }
    }

    /**
     * The span of this request's HTTP server observation, or null without tracing. Sampled or not: an unsampled
     * span has its trace id too, and the log lines inside the request carry it either way.
     */
    private static Span serverSpan(HttpServletRequest request) {
        return ServerHttpObservationFilter.findObservationContext(request)
                .map(observation -> observation.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .filter(span -> VALID_TRACE_ID.matcher(span.context().traceId()).matches())
                .orElse(null);
    }

    private boolean isDispatchedAgain(HttpServletRequest request) {
        return request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
