package dev.finsuite.export.read;

/** How a column's values are read from PostgreSQL and shown in each format. */
public enum ColumnType {
    /** Free text a user typed (or another service copied): guarded against formula injection. */
    TEXT,
    /** An identifier or a fixed code (UUID, enum, currency code): never starts with a formula character. */
    CODE,
    /** An amount of money, shown with the minor units of the currency in the column it names. */
    MONEY,
    /** An exact decimal that is not money in a currency (quantity, unit price, rate). */
    DECIMAL,
    INTEGER,
    BOOLEAN,
    DATE,
    /** A timestamp, shown in UTC. */
    INSTANT,
    /** A list of text values (tags). */
    TEXT_LIST
}
