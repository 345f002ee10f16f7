package dev.finsuite.common.web;

import dev.finsuite.common.domain.ExpectedVersion;
import org.jspecify.annotations.Nullable;

/**
 * The {@code If-Match} header of a change, bound by {@link EdgeArguments} when a handler declares it. No header
 * asks for no check, {@code *} matches anything, and a stale tag is a 412 (see {@link ETags#requireMatch}).
 */
public record IfMatch(@Nullable String header) implements ExpectedVersion {

    @Override
    public void check(long current) {
        ETags.requireMatch(header, current);
    }
}
