package org.taizhang.exchange.export;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.taizhang.core.LedgerException;

/**
 * One sheet laid out the way an office lays out its tables, written top to bottom (so it can be
 * streamed): a merged title, a 填报单位 / 日期 line, the header, 领域 rows and body rows with wrapped
 * text, notes at the foot; frozen header, filter, and a print setup for A4 landscape paper.
 */
final class Table {
    /** A column: header, width in Chinese characters, and how its cells look. */
    record Column(String header, int width, boolean centered, boolean editable, boolean hidden) {
        static Column text(String header, int width) {
            return new Column(header, width, false, false, false);
        }

        static Column centered(String header, int width) {
            return new Column(header, width, true, false, false);
        }

        Column filledIn() {
            return new Column(header, width, centered, true, hidden);
        }

        Column out() {
            return new Column(header, width, centered, editable, true);
        }
    }

    /** The height of a line of 10.5-point 宋体, in points. */
    private static final float LINE_POINTS = 13.5f;

    private final Sheet sheet;
    private final Styles styles;
    private final List<Column> columns;
    private final int maxRows;
    private int printed;
    private int next;
    private int headerRow = -1;
    private int firstVisible;

    Table(Sheet sheet, Styles styles, List<Column> columns, int maxRows) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = columns;
        this.maxRows = maxRows;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            // A Chinese character is about two of Excel's width units.
            sheet.setColumnWidth(c, Math.min(255, col.width() * 2 + 2) * 256);
            sheet.setColumnHidden(c, col.hidden());
        }
        firstVisible = 0;
        while (firstVisible < columns.size() - 1 && columns.get(firstVisible).hidden()) {
            firstVisible++;
        }
        printed = columns.size();
    }

    /**
     * Only the first {@code count} columns go on paper (the rest stay in the workbook, to the right):
     * a ledger of twenty columns printed one page wide would be too small to read.
     */
    Table printing(int count) {
        printed = count;
        return this;
    }

    /** The last column the title, 领域 rows and notes span: the last one printed. */
    private int last() {
        return printed - 1;
    }

    private Row newRow() {
        if (next >= maxRows) {
            throw new LedgerException("export.tooManyRows", maxRows);
        }
        return sheet.createRow(next++);
    }

    void title(String text) {
        Row row = newRow();
        row.setHeightInPoints(32);
        cell(row, firstVisible, text, styles.title);
        merge(row.getRowNum(), firstVisible, last());
    }

    void line(String text) {
        Row row = newRow();
        row.setHeightInPoints(20);
        cell(row, firstVisible, text, styles.subtitle);
        merge(row.getRowNum(), firstVisible, last());
    }

    void header() {
        Row row = newRow();
        headerRow = row.getRowNum();
        row.setHeightInPoints(30);
        for (int c = 0; c < columns.size(); c++) {
            cell(row, c, columns.get(c).header(), styles.header);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    void section(String text) {
        Row row = newRow();
        row.setHeightInPoints(20);
        for (int c = 0; c < columns.size(); c++) {
            cell(row, c, c == firstVisible ? text : "", styles.section);
        }
        merge(row.getRowNum(), firstVisible, last());
    }

    /** A body row: Strings, LocalDates, numbers, marked differences ({@link DiffLook.Marked}) or null for an empty cell. */
    void row(Object... values) {
        Row row = newRow();
        int lines = 1;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            Object v = c < values.length ? values[c] : null;
            CellStyle style = col.editable() ? styles.editable : col.centered() ? styles.bodyCentered : styles.body;
            if (v instanceof LocalDate d) {
                Cell cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(styles.date);
            } else if (v instanceof Number n) {
                Cell cell = row.createCell(c);
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(style);
            } else if (v instanceof DiffLook.Marked m) { // a difference: rich text, the marked runs in their fonts
                Cell cell = row.createCell(c);
                cell.setCellValue(styles.diff.text(sheet.getWorkbook(), m.runs()));
                cell.setCellStyle(style);
                if (!col.hidden()) {
                    lines = Math.max(lines, lines(m.toString(), col.width()));
                }
            } else {
                String text = v == null ? "" : v.toString();
                if (!col.editable() && looksLikeFormula(text)) {
                    style = styles.bodyText;
                }
                cell(row, c, text, style);
                if (!col.hidden()) {
                    lines = Math.max(lines, lines(text, col.width()));
                }
            }
        }
        row.setHeightInPoints(Math.min(409, lines * LINE_POINTS + 4));
    }

    /** Notes at the foot (填表说明), each merged across the table. */
    void notes(List<String> lines) {
        for (String text : lines) {
            Row row = newRow();
            row.setHeightInPoints(Math.min(409, lines(text, visibleWidth()) * LINE_POINTS + 4));
            cell(row, firstVisible, text, styles.note);
            merge(row.getRowNum(), firstVisible, last());
        }
    }

    /** A drop-down of allowed values for a column's body cells (from the header down to the last row written). */
    void choices(int column, String... allowed) {
        if (headerRow < 0 || next <= headerRow + 1) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(allowed),
                new CellRangeAddressList(headerRow + 1, next - 1, column, column));
        v.setSuppressDropDownArrow(sheet instanceof org.apache.poi.xssf.streaming.SXSSFSheet
                || sheet instanceof org.apache.poi.xssf.usermodel.XSSFSheet);
        v.setShowErrorBox(true);
        sheet.addValidationData(v);
    }

    /** Filter over the body, and paper: A4 landscape, one page wide, header on each page, page numbers. */
    void finish(boolean filter, String footerLeft) {
        if (filter && headerRow >= 0 && next > headerRow + 1) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, next - 1, 0, columns.size() - 1));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页"); // &P page, &N pages: Excel's footer codes
        if (printed < columns.size() && next > 0) {
            sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), firstVisible, printed - 1, 0,
                    next - 1);
        }
        if (footerLeft != null && !footerLeft.isEmpty()) {
            sheet.getFooter().setLeft(footerLeft);
        }
    }

    int rowsWritten() {
        return next;
    }

    int headerRow() {
        return headerRow;
    }

    private int visibleWidth() {
        return columns.stream().filter(c -> !c.hidden()).mapToInt(Column::width).sum();
    }

    private void merge(int row, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text); // always a string cell: "=…" is never a formula
        cell.setCellStyle(style);
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /** How many lines a text takes in a column this wide (Chinese characters count double). */
    static int lines(String text, int widthInChinese) {
        int capacity = Math.max(1, widthInChinese * 2 + 4); // the column is set two units wider, and 宋体 runs narrow
        int lines = 0;
        int units = 0; // of the paragraph so far; counted in place, as each row of a large export asks
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines += Math.max(1, (units + capacity - 1) / capacity);
                units = 0;
            } else {
                units += c < 0x2E80 ? 1 : 2;
            }
        }
        lines += Math.max(1, (units + capacity - 1) / capacity);
        return Math.min(lines, 25);
    }
}
