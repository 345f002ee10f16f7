package dev.finsuite.finance.support;

import dev.finsuite.common.web.ETags;

/** The edge's {@link ExpectedVersion}: the {@code If-Match} header, refused as a 412 when stale. */
public final class IfMatch {

    private IfMatch() {}

    public static ExpectedVersion of(String header) {
        return current -> ETags.requireMatch(header, current);
    }
}
