package dev.finsuite.common.testsupport;

import java.util.Arrays;

/** The services' root packages, for architecture rules about who may depend on whom. */
public final class SuitePackages {

    private static final String[] SERVICES = {
        "dev.finsuite.auth..",
        "dev.finsuite.finance..",
        "dev.finsuite.emi..",
        "dev.finsuite.investment..",
        "dev.finsuite.market..",
        "dev.finsuite.export.."
    };

    private SuitePackages() {}

    /** Every service's packages. */
    public static String[] services() {
        return SERVICES.clone();
    }

    /** Every service's packages but {@code service}'s own ({@code "export"}). */
    public static String[] servicesOtherThan(String service) {
        return Arrays.stream(SERVICES)
                .filter(root -> !root.equals("dev.finsuite." + service + ".."))
                .toArray(String[]::new);
    }
}
