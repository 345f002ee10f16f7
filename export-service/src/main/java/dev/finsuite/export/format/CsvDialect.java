package dev.finsuite.export.format;

import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a CSV file is written. {@code data}: RFC 4180, UTF-8 without BOM, comma, dot decimals, ISO dates, for
 * programs and round trips. {@code excel}: what a spreadsheet of the given locale opens by double click:
 * UTF-8 with a BOM (so Excel reads UTF-8), and where the locale writes a decimal comma, the decimal comma and
 * {@code ;} as the list separator (as Windows pairs them); never a {@code sep=} line.
 */
public record CsvDialect(
        String name, char separator, char decimalSeparator, boolean byteOrderMark, boolean isoInstants) {

    public static final CsvDialect DATA = new CsvDialect("data", ',', '.', false, true);

    public static CsvDialect excel(Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        if (decimal == ',') {
            return new CsvDialect("excel", ';', ',', true, false);
        }
        return new CsvDialect("excel", ',', '.', true, false);
    }

    /** A decimal's plain text with this dialect's decimal separator. */
    String decimal(String plain) {
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }
}
