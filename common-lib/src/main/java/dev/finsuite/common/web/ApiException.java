package dev.finsuite.common.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller should hear about as a problem response. Services name their failures as facts by
 * extending the subclasses ({@code class UserNotFound extends NotFoundException}).
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    protected ApiException(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Field-level complaints, for validation failures. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }

    /** Extension members the problem body carries beside {@code code} (e.g. which quota was met). */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Headers the response needs (e.g. {@code Retry-After}). */
    public HttpHeaders headers() {
        return HttpHeaders.EMPTY;
    }

    public record FieldError(String field, String message) {}

    public static class NotFoundException extends ApiException {
        public NotFoundException(String detail) {
            super(HttpStatus.NOT_FOUND, "not_found", detail);
        }
    }

    public static class ConflictException extends ApiException {
        public ConflictException(String detail) {
            super(HttpStatus.CONFLICT, "conflict", detail);
        }
    }

    public static class ForbiddenException extends ApiException {
        public ForbiddenException(String detail) {
            super(HttpStatus.FORBIDDEN, "forbidden", detail);
        }
    }

    public static class UnauthorizedException extends ApiException {
        public UnauthorizedException(String detail) {
            super(HttpStatus.UNAUTHORIZED, "unauthorized", detail);
        }

        @Override
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return headers;
        }
    }

    public static class PreconditionFailedException extends ApiException {
        public PreconditionFailedException(String detail) {
            super(HttpStatus.PRECONDITION_FAILED, "precondition_failed", detail);
        }
    }

    public static class UnprocessableException extends ApiException {
        public UnprocessableException(String code, String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
        }
    }

    public static class ValidationException extends ApiException {
        private final List<FieldError> errors;

        public ValidationException(String field, String message) {
            this(List.of(new FieldError(field, message)));
        }

        public ValidationException(List<FieldError> errors) {
            super(HttpStatus.BAD_REQUEST, "validation_failed", "The request has invalid fields");
            this.errors = List.copyOf(errors);
        }

        @Override
        public List<FieldError> fieldErrors() {
            return errors;
        }
    }

    public static class RateLimitedException extends ApiException {
        private final long retryAfterSeconds;

        public RateLimitedException(String detail, long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", detail);
            this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        @Override
        public HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            return headers;
        }
    }

    public static class UpstreamUnavailableException extends ApiException {
        public UpstreamUnavailableException(String detail) {
            super(HttpStatus.SERVICE_UNAVAILABLE, "upstream_unavailable", detail);
        }
    }
}
