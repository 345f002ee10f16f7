package dev.finsuite.export.format;

/**
 * CSV and spreadsheet formula injection (OWASP "CSV Injection"): a text value that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, TAB or CR would be evaluated by a spreadsheet that opens the file. Text is
 * neutralised; numbers (amounts, negative ones included) are written as numbers and never pass through here.
 */
public final class FormulaGuard {

    private FormulaGuard() {}

    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text with a leading apostrophe when a spreadsheet would read it as a formula, else unchanged. */
    public static String neutralise(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
