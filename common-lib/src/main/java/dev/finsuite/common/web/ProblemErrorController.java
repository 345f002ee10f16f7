package dev.finsuite.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page for failures outside controllers (the servlet container, filters): the same problem body
 * as everywhere else instead of Boot's default JSON or an HTML page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, with no failure behind it, /error is just a path that serves nothing.
        int status = code instanceof Integer value ? value : 404;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof ApiException api) {
            status = api.status().value();
        }
        HttpStatus resolved = HttpStatus.resolve(status);
        HttpStatus httpStatus = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        String detail = httpStatus.is5xxServerError()
                ? "Something went wrong on our side; the request id identifies it in the logs"
                : httpStatus.getReasonPhrase();
        return ResponseEntity.status(httpStatus)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.toBody(Problems.of(httpStatus, detail)));
    }
}
