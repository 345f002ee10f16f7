package dev.finsuite.common.domain;

import java.util.Map;

/**
 * A fact of the domain that refuses a change: "no such expense", "the loan is closed", "more than is held would
 * be sold". Entities and feature services throw these, named as the fact in their own feature
 * ({@code class ExpenseNotFound extends DomainFailure.NotFound}); they know nothing of HTTP. The web edge
 * ({@code ProblemHandler}) turns each {@link Kind} into its problem response.
 */
public abstract sealed class DomainFailure extends RuntimeException {

    /** What sort of refusal this is; the edge chooses the status from it. */
    public enum Kind {
        /** The thing named does not exist for this household. */
        NOT_FOUND,
        /** The current state of the thing forbids the change (it was changed meanwhile, or is closed). */
        CONFLICT,
        /** A rule of the domain refuses an otherwise well-formed request; {@link #code()} names the rule. */
        REFUSED,
        /** One input value is not acceptable; {@link #field()} names it. */
        INVALID,
        /** The caller's role or relation to the thing does not allow the change. */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final String field;

    private DomainFailure(Kind kind, String code, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The machine-readable code of the problem, as listed in the conventions. */
    public String code() {
        return code;
    }

    /** For {@link Kind#INVALID}: the request field at fault; otherwise {@code null}. */
    public String field() {
        return field;
    }

    /** Extension members the problem carries beside {@code code} (which quantity was held, say). */
    public Map<String, Object> properties() {
        return Map.of();
    }

    /** Exceptions of the domain are facts, not faults: a stack trace would only cost time. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    public abstract static non-sealed class NotFound extends DomainFailure {
        protected NotFound(String detail) {
            super(Kind.NOT_FOUND, "not_found", null, detail);
        }
    }

    public abstract static non-sealed class Conflict extends DomainFailure {
        protected Conflict(String detail) {
            this("conflict", detail);
        }

        protected Conflict(String code, String detail) {
            super(Kind.CONFLICT, code, null, detail);
        }
    }

    public abstract static non-sealed class Refused extends DomainFailure {
        protected Refused(String code, String detail) {
            super(Kind.REFUSED, code, null, detail);
        }
    }

    public abstract static non-sealed class Invalid extends DomainFailure {
        protected Invalid(String field, String message) {
            super(Kind.INVALID, "validation_failed", field, message);
        }
    }

    public abstract static non-sealed class Forbidden extends DomainFailure {
        protected Forbidden(String detail) {
            super(Kind.FORBIDDEN, "forbidden", null, detail);
        }
    }
}
