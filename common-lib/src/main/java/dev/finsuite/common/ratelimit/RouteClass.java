package dev.finsuite.common.ratelimit;

import java.util.Locale;

/** What kind of work a request asks for; each kind has its own budget, so a burst of reads never blocks a write. */
public enum RouteClass {
    READS,
    WRITES,
    EXPORTS,
    IMPORTS;

    /** The name used in configuration ({@code finsuite.rate-limits.user.reads}), keys and headers. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
