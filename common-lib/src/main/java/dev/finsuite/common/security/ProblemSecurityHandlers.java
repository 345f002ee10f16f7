package dev.finsuite.common.security;

import dev.finsuite.common.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 raised by the security filters, in the same problem shape as every other error. */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        Object failure = request.getAttribute(BearerTokenFilter.FAILURE_ATTRIBUTE);
        String detail = failure == null
                ? "A bearer access token is required"
                : "The access token " + failure.toString().replaceFirst("^token ", "");
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, failure == null ? "Bearer" : "Bearer error=\"invalid_token\"");
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, detail));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, "Your role does not allow this"));
    }
}
