package dev.finsuite.common.domain;

/**
 * The version a caller read before changing a row (the edge takes it from {@code If-Match}). A feature service
 * checks it under the row's lock, so a writer who read an older version never overwrites a newer one; what the
 * refusal looks like is the edge's choice.
 */
@FunctionalInterface
public interface ExpectedVersion {

    /** Any version: the caller did not ask for the check. */
    ExpectedVersion ANY = current -> {};

    /** Refuses the change when {@code current} is not the version the caller read. */
    void check(long current);
}
