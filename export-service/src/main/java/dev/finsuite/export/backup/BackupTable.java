package dev.finsuite.export.backup;

import java.util.List;
import java.util.Optional;

/**
 * One tenant-owned table a backup holds, as {@code data/<name>.ndjson}. The list is in foreign-key order: a
 * restore inserts the tables in this order, so every row's parent is already there (finance_categories, which
 * refers to itself, is sorted parents first by the restore).
 *
 * @param orderBy the stable order of the rows in the file (the primary key)
 */
public record BackupTable(String name, String orderBy) {

    /** The table whose bytea {@code content} is written as files under {@code data/documents/}. */
    public static final String DOCUMENTS = "emi_documents";

    /** The tenant's audit trail: history, not data, so a tenant that has some can still be restored into. */
    public static final String AUDIT_EVENTS = "audit_events";

    public static final List<BackupTable> ALL = List.of(
            new BackupTable("finance_categories", "id"),
            new BackupTable("finance_recurring_rules", "id"),
            new BackupTable("finance_entries", "id"),
            new BackupTable("finance_budgets", "id"),
            new BackupTable("finance_debts", "id"),
            new BackupTable("finance_debt_payments", "id"),
            new BackupTable("emi_loans", "id"),
            new BackupTable("emi_payments", "id"),
            new BackupTable("emi_prepayments", "id"),
            new BackupTable("emi_rate_changes", "id"),
            new BackupTable(DOCUMENTS, "id"),
            new BackupTable("investment_accounts", "id"),
            new BackupTable("investment_assets", "id"),
            new BackupTable("investment_asset_prices", "asset_id, price_date"),
            new BackupTable("investment_splits", "id"),
            new BackupTable("investment_activities", "id"),
            new BackupTable("investment_watchlist_items", "id"),
            new BackupTable("investment_price_alerts", "id"),
            new BackupTable("investment_alert_events", "id"),
            new BackupTable("tenant_exchange_rates", "id"),
            new BackupTable("manual_prices", "id"),
            new BackupTable("export_report_schedules", "id"),
            new BackupTable(AUDIT_EVENTS, "occurred_at, id"));

    public static Optional<BackupTable> named(String name) {
        return ALL.stream().filter(table -> table.name.equals(name)).findFirst();
    }

    public String path() {
        return "data/" + name + ".ndjson";
    }

    /** Whether a restore needs this table empty: the data tables, not the history of changes to them. */
    public boolean mustBeEmptyToRestore() {
        return !AUDIT_EVENTS.equals(name);
    }

    public boolean holdsDocuments() {
        return DOCUMENTS.equals(name);
    }

    /** Where a loan document's bytes live in the bag; the file name reduced to characters safe everywhere. */
    public static String documentPath(String loanId, String documentId, String originalName) {
        String safe = originalName == null
                ? ""
                : originalName.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        if (safe.length() > 100) {
            safe = safe.substring(safe.length() - 100);
        }
        return "data/documents/" + loanId + "/" + documentId + "-" + (safe.isEmpty() ? "document" : safe);
    }
}
