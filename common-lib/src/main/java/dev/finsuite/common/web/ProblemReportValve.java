package dev.finsuite.common.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers some requests itself, before any filter or Spring sees them: a {@code %00} or {@code %2F} in
 * the path, headers over the size limit, a body over its limit. In place of Tomcat's HTML page, those get the
 * suite's problem body with the headers every other answer has ({@code nosniff}, {@code no-store}), so a
 * client reads one error shape whoever raised it.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        // No filter ran, so no request id was given; one is made here so the log line and the answer match.
        String requestId = UUID.randomUUID().toString();
        MDC.put(RequestIdFilter.LOG_KEY, requestId);
        try {
            HttpStatusCode code = HttpStatusCode.valueOf(status);
            HttpStatus known = HttpStatus.resolve(status);
            String detail = code.is5xxServerError()
                    ? "Something went wrong on our side; the request id identifies it in the logs"
                    : known == null ? "The request was refused" : known.getReasonPhrase();
            ProblemDetail problem = Problems.of(code, detail);
            log.info(
                    "The server refused a request before the application saw it: {} {}", status, response.getMessage());
            byte[] body = JSON.writeValueAsBytes(Problems.toBody(problem));
            response.resetBuffer();
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader(RequestIdFilter.HEADER, requestId);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the problem for a refused request", e);
        } finally {
            MDC.remove(RequestIdFilter.LOG_KEY);
        }
    }
}
