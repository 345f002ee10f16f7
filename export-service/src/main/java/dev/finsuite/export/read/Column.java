package dev.finsuite.export.read;

/**
 * One column of an export: its name in every format's header, its type, for money the column that holds the
 * row's currency, and whether a spreadsheet's totals row adds it up (amounts yes; a balance or a running total,
 * whose sum means nothing, no).
 */
public record Column(String name, ColumnType type, String currencyColumn, boolean summed) {

    Column(String name, ColumnType type, String currencyColumn) {
        this(name, type, currencyColumn, type == ColumnType.MONEY);
    }

    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT, null);
    }

    public static Column code(String name) {
        return new Column(name, ColumnType.CODE, null);
    }

    public static Column money(String name, String currencyColumn) {
        return new Column(name, ColumnType.MONEY, currencyColumn);
    }

    /** Money shown with its currency's minor units but left out of the totals: a balance, a running total. */
    public static Column balance(String name, String currencyColumn) {
        return new Column(name, ColumnType.MONEY, currencyColumn, false);
    }

    public static Column decimal(String name) {
        return new Column(name, ColumnType.DECIMAL, null);
    }

    public static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER, null);
    }

    public static Column bool(String name) {
        return new Column(name, ColumnType.BOOLEAN, null);
    }

    public static Column date(String name) {
        return new Column(name, ColumnType.DATE, null);
    }

    public static Column instant(String name) {
        return new Column(name, ColumnType.INSTANT, null);
    }

    public static Column textList(String name) {
        return new Column(name, ColumnType.TEXT_LIST, null);
    }
}
