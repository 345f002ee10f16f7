package dev.finsuite.export.format;

import dev.finsuite.export.read.Column;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * XLSX through POI's streaming SXSSF: only a window of rows stays in memory, the rest goes to a
 * temporary file that {@link #finish()} writes out and deletes. One sheet: the header frozen, filtered and
 * repeated on every printed page; amounts as numeric cells formatted with their currency's minor units; dates
 * as date cells; a totals row of SUM formulas (one SUMIF row per currency when the amounts mix currencies).
 * Text a spreadsheet would read as a formula is a plain string cell with the quote-prefix style.
 */
public final class XlsxExportWriter implements ExportWriter {

    private static final int WINDOW = 100;
    private static final int MAX_WIDTH_CHARS = 60;

    private final List<Column> columns;
    private final int[] currencyIndex;
    private final MinorUnits minorUnits;
    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final CellStyle instantStyle;
    private final CellStyle quotedStyle;
    private final CellStyle plainStyle;
    private final Map<Integer, CellStyle> moneyStyles = new HashMap<>();
    private final Map<Integer, Set<String>> currenciesByColumn = new HashMap<>();
    private final int[] widths;
    private int rowIndex;

    public XlsxExportWriter(List<Column> columns, OutputStream out, String sheetName, MinorUnits minorUnits) {
        this.columns = columns;
        this.currencyIndex = Columns.currencyIndexes(columns);
        this.minorUnits = minorUnits;
        this.out = out;
        this.workbook = new QuickZipWorkbook(WINDOW);
        this.sheet = workbook.createSheet(sheetName);
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        instantStyle = workbook.createCellStyle();
        instantStyle.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm:ss"));
        plainStyle = workbook.getCellStyleAt(0);
        quotedStyle = workbook.createCellStyle();
        quotedStyle.setQuotePrefixed(true);
        widths = new int[columns.size()];

        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).name());
            cell.setCellStyle(headerStyle);
            widths[i] = columns.get(i).name().length() + 2; // room for the filter button
            if (columns.get(i).summed()) {
                currenciesByColumn.put(i, new TreeSet<>());
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        workbook.setForceFormulaRecalculation(true);
    }

    @Override
    public void row(Object[] values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            // An explicit style on every cell: one left without asks the sheet's column definitions (XML beans)
            // for a default style when it is written, a tenth of the writing time.
            cell.setCellStyle(plainStyle);
            switch (columns.get(i).type()) {
                case TEXT -> text(cell, i, (String) value);
                case TEXT_LIST -> text(cell, i, Columns.joined(value));
                case CODE -> {
                    cell.setCellValue((String) value);
                    widen(i, ((String) value).length());
                }
                case MONEY -> {
                    String currency = (String) values[currencyIndex[i]];
                    int units = minorUnits.of(currency);
                    if (columns.get(i).summed()) {
                        currenciesByColumn.get(i).add(currency);
                    }
                    number(cell, i, Amounts.money((BigDecimal) value, units), moneyStyle(units));
                }
                case DECIMAL -> number(cell, i, Amounts.decimal((BigDecimal) value), null);
                case INTEGER -> {
                    cell.setCellValue((Long) value);
                    widen(i, value.toString().length());
                }
                case BOOLEAN -> {
                    cell.setCellValue((Boolean) value);
                    widen(i, 5);
                }
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(dateStyle);
                    widen(i, 10);
                }
                case INSTANT -> {
                    cell.setCellValue(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
                    cell.setCellStyle(instantStyle);
                    widen(i, 19);
                }
            }
        }
    }

    private void text(Cell cell, int column, String text) {
        cell.setCellValue(text);
        if (FormulaGuard.isDangerous(text)) {
            cell.setCellStyle(quotedStyle);
        }
        widen(column, text.length());
    }

    /**
     * A spreadsheet number is binary floating point by the file format's definition; the amount goes in only
     * when that number reads back as exactly the same decimal, otherwise as exact text.
     */
    private void number(Cell cell, int column, BigDecimal exact, CellStyle style) {
        String plain = exact.toPlainString();
        double number = Double.parseDouble(plain);
        if (new BigDecimal(Double.toString(number)).compareTo(exact) == 0) {
            cell.setCellValue(number);
            if (style != null) {
                cell.setCellStyle(style);
            }
        } else {
            cell.setCellValue(plain);
        }
        widen(column, plain.length() + plain.length() / 3);
    }

    private CellStyle moneyStyle(int units) {
        return moneyStyles.computeIfAbsent(units, u -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(u == 0 ? "#,##0" : "#,##0." + "0".repeat(u)));
            return style;
        });
    }

    private void widen(int column, int chars) {
        widths[column] = Math.max(widths[column], Math.min(chars + 1, MAX_WIDTH_CHARS));
    }

    @Override
    public void finish() throws IOException {
        try {
            int lastDataRow = rowIndex - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, lastDataRow, 0, columns.size() - 1));
            totals(lastDataRow);
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    @Override
    public void abandon() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // nothing more to release than the temporary files below
        }
        workbook.dispose();
    }

    private void totals(int lastDataRow) {
        if (currenciesByColumn.isEmpty()) {
            return;
        }
        Set<String> all = new TreeSet<>();
        currenciesByColumn.values().forEach(all::addAll);
        rowIndex++; // one empty row between the data and its totals, so sorting and filtering leave them alone
        int first = 2;
        int last = Math.max(lastDataRow + 1, first);
        if (all.size() <= 1) {
            Row row = sheet.createRow(rowIndex++);
            label(row, "Total");
            int units = all.isEmpty() ? 2 : minorUnits.of(all.iterator().next());
            currenciesByColumn
                    .keySet()
                    .forEach(column -> formula(row, column, "SUM(" + range(column, first, last) + ")", units));
            return;
        }
        for (String currency : all) {
            Row row = sheet.createRow(rowIndex++);
            label(row, "Total " + currency);
            String quoted = "\"" + currency.replace("\"", "") + "\"";
            currenciesByColumn
                    .keySet()
                    .forEach(column -> formula(
                            row,
                            column,
                            "SUMIF(" + range(currencyIndex[column], first, last) + "," + quoted + ","
                                    + range(column, first, last) + ")",
                            minorUnits.of(currency)));
        }
    }

    private void label(Row row, String text) {
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(headerStyle);
    }

    private void formula(Row row, int column, String formula, int units) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(moneyStyle(units));
    }

    private static String range(int column, int firstRow, int lastRow) {
        String letters = CellReference.convertNumToColString(column);
        return letters + firstRow + ":" + letters + lastRow;
    }

    /**
     * Deflates the finished file at the fastest level: an export is read once and a 1M-row sheet's XML
     * compresses well anyway, while the default level took most of the writing time. The sheet's temporary
     * XML is left uncompressed (deflating it there, then inflating it for the zip, tripled the work); it lives
     * on disk, never in the heap, and is deleted when the file is written.
     */
    private static final class QuickZipWorkbook extends SXSSFWorkbook {

        QuickZipWorkbook(int window) {
            super(null, window, false);
        }

        /** The sheet's XML goes to its temporary file through 64 KiB buffers rather than 8 KiB ones. */
        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetDataWriter(getSharedStringSource()) {
                @Override
                public Writer createWriter(File file) throws IOException {
                    return new BufferedWriter(
                            new OutputStreamWriter(
                                    new BufferedOutputStream(new FileOutputStream(file), 1 << 16),
                                    StandardCharsets.UTF_8),
                            1 << 16);
                }
            };
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }
}
