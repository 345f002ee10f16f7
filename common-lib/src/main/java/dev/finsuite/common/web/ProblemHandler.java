package dev.finsuite.common.web;

import dev.finsuite.common.domain.DomainFailure;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Every error a controller meets becomes an RFC 9457 problem with the suite's {@code code}. Bad input is
 * always a 4xx naming what was wrong; only a real fault is a 500, and its details stay in the log.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage());
        if (!e.fieldErrors().isEmpty()) {
            Problems.withErrors(problem, e.fieldErrors());
        }
        e.properties().forEach(problem::setProperty);
        return respond(problem, e.headers());
    }

    /** The domain names a fact; here it becomes the problem a client reads. */
    @ExceptionHandler(DomainFailure.class)
    ResponseEntity<Object> domain(DomainFailure e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        if (e.kind() == DomainFailure.Kind.INVALID) {
            return api(new ApiException.ValidationException(e.field(), e.getMessage()));
        }
        ProblemDetail problem = Problems.of(status, e.code(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return respond(problem, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "Your role does not allow this"), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return respond(Problems.of(HttpStatus.UNAUTHORIZED, "Authentication is required"), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<ApiException.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ApiException.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return api(new ApiException.ValidationException(errors));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException e) {
        return respond(
                Problems.of(
                        HttpStatus.PRECONDITION_FAILED,
                        "The resource was changed by someone else; reload it and try again"),
                HttpHeaders.EMPTY);
    }

    /**
     * What the database refused, told as what is true (by SQL state, not as one "conflict"): a value it cannot
     * hold is the request's fault (400), a second row with a unique key is a conflict (409), a reference to a row
     * that is not there is a bad value (400) while removing a row still referenced is a conflict (409), and a
     * broken check constraint or missing value is a bad value (400).
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        String state = SqlStates.of(e);
        log.info(
                "The database refused a write ({}): {}",
                state,
                e.getMostSpecificCause().getMessage());
        if (state == null) {
            return respond(
                    Problems.of(HttpStatus.CONFLICT, "The request conflicts with existing data"), HttpHeaders.EMPTY);
        }
        if (state.startsWith("22")) {
            return unstorableValue();
        }
        return switch (state) {
            case SqlStates.UNIQUE_VIOLATION ->
                respond(
                        Problems.of(HttpStatus.CONFLICT, "Something with the same unique values already exists"),
                        HttpHeaders.EMPTY);
            case SqlStates.FOREIGN_KEY_VIOLATION ->
                isStillReferenced(e)
                        ? respond(
                                Problems.of(HttpStatus.CONFLICT, "Other data still refers to this"), HttpHeaders.EMPTY)
                        : respond(
                                Problems.of(
                                        HttpStatus.BAD_REQUEST, "The request refers to something that does not exist"),
                                HttpHeaders.EMPTY);
            case SqlStates.NOT_NULL_VIOLATION, SqlStates.CHECK_VIOLATION ->
                respond(
                        Problems.of(HttpStatus.BAD_REQUEST, "A value in the request is missing or not allowed"),
                        HttpHeaders.EMPTY);
            default ->
                respond(
                        Problems.of(HttpStatus.CONFLICT, "The request conflicts with existing data"),
                        HttpHeaders.EMPTY);
        };
    }

    /**
     * An upload the container cannot parse (a file name with a NUL byte, a broken boundary) is the client's fault.
     * Too large an upload is a subclass, handled by Spring as 413.
     */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> unreadableUpload(org.springframework.web.multipart.MultipartException e) {
        log.info(
                "Refused an unreadable multipart request: {}",
                e.getMostSpecificCause().getMessage());
        return respond(
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "The upload could not be read as multipart/form-data (a malformed part or file name)"),
                HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (SqlStates.isDataException(e)) {
            return unstorableValue();
        }
        log.error("Unhandled error", e);
        return respond(
                Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal_error",
                        "Something went wrong on our side; the request id identifies it in the logs"),
                HttpHeaders.EMPTY);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.add(new ApiException.FieldError(error.getField(), error.getDefaultMessage())));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error ->
                        errors.add(new ApiException.FieldError(error.getObjectName(), error.getDefaultMessage())));
        return api(new ApiException.ValidationException(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(
                            new ApiException.FieldError(name == null ? "parameter" : name, error.getDefaultMessage())));
        }
        return api(new ApiException.ValidationException(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimitFilter.BodyTooLarge tooLarge) {
                return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()), HttpHeaders.EMPTY);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException binding && !binding.getPath().isEmpty()) {
                return api(new ApiException.ValidationException(List.of(new ApiException.FieldError(
                        fieldPath(binding.getPath()),
                        ownReason(binding.getOriginalMessage(), "is not a valid value here")))));
            }
        }
        return respond(
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "The request body is missing or is not valid JSON of the expected shape"),
                HttpHeaders.EMPTY);
    }

    /** A query or path value that does not convert (a malformed or out-of-bounds number, an unknown enum). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        if (name == null) {
            return super.handleTypeMismatch(e, headers, status, request);
        }
        return api(new ApiException.ValidationException(List.of(new ApiException.FieldError(
                name, ownReason(e.getMostSpecificCause().getMessage(), "is not a valid value")))));
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /**
     * The suite's own converters say why in a client's words ("must …", "has …"); messages of Jackson and
     * Spring name Java types and are not for clients.
     */
    private static String ownReason(String message, String otherwise) {
        return message != null && (message.startsWith("must ") || message.startsWith("has ")) ? message : otherwise;
    }

    /** Spring's own handling (405, 415, 404 for unknown paths, type mismatches…), given our code and shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = HttpStatus.valueOf(status.value()).getReasonPhrase();
        if (body instanceof ProblemDetail given && given.getDetail() != null) {
            detail = given.getDetail();
        } else if (e instanceof ErrorResponse response && response.getBody().getDetail() != null) {
            detail = response.getBody().getDetail();
        }
        if (status.value() == 404) {
            detail = "No such resource";
        }
        return respond(Problems.of(status, detail), headers);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.toBody(problem));
    }

    private static ResponseEntity<Object> unstorableValue() {
        return respond(
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "A value in the request cannot be stored (too long, or invalid characters)"),
                HttpHeaders.EMPTY);
    }

    /** PostgreSQL words a foreign-key refusal of a delete (or key change) as the row being "still referenced". */
    private static boolean isStillReferenced(DataIntegrityViolationException e) {
        String message = e.getMostSpecificCause().getMessage();
        return message != null && message.contains("is still referenced");
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
