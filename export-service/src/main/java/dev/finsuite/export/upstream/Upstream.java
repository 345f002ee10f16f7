package dev.finsuite.export.upstream;

/** The services whose own computations export-service asks for instead of re-implementing them. */
public enum Upstream {
    FINANCE("finance-service"),
    EMI("emi-service"),
    INVESTMENT("investment-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
