package dev.finsuite.export.tabular;

/**
 * What a report answers: JSON, or its table as CSV or XLSX ({@code format=}). Declared on each report's
 * mapping, so a client asking for a CSV by its {@code Accept} header is served, and the suite's check of
 * {@code Accept} before a handler runs knows the files too.
 */
public final class ReportMediaTypes {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportMediaTypes() {}
}
