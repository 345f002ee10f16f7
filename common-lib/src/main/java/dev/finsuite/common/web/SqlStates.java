package dev.finsuite.common.web;

import java.sql.SQLException;

/** The SQL state behind a failed database call: what the database says went wrong, as a stable code. */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String NOT_NULL_VIOLATION = "23502";
    public static final String CHECK_VIOLATION = "23514";

    private SqlStates() {}

    /** The SQL state of the first {@link SQLException} among the causes of {@code e}, or null when there is none. */
    public static String of(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Class 22, a data exception: a value the database cannot hold (too long, a NUL byte, out of range). */
    public static boolean isDataException(Throwable e) {
        String state = of(e);
        return state != null && state.startsWith("22");
    }
}
