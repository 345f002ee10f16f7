package dev.finsuite.export.read;

/**
 * One column of an export: its name in every format's header, its type, and for money the column that holds
 * the row's currency.
 */
public record Column(String name, ColumnType type, String currencyColumn) {

    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT, null);
    }

    public static Column code(String name) {
        return new Column(name, ColumnType.CODE, null);
    }

    public static Column money(String name, String currencyColumn) {
        return new Column(name, ColumnType.MONEY, currencyColumn);
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
