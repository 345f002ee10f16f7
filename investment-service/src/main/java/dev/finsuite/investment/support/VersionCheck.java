package dev.finsuite.investment.support;

import dev.finsuite.common.web.ETags;

/**
 * The version a writer last read, checked under the write's lock against the stored one. Feature services take it
 * without knowing where it came from; the web edge makes one from the {@code If-Match} header.
 */
@FunctionalInterface
public interface VersionCheck {

    /** Refuses the write (a 412 at the edge) when {@code currentVersion} is not the one the writer read. */
    void require(long currentVersion);

    /** No header asks for no check; {@code *} matches anything; see {@link ETags#requireMatch}. */
    static VersionCheck ifMatch(String header) {
        return version -> ETags.requireMatch(header, version);
    }
}
