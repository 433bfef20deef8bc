package org.taizhang.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDateTime;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the workbooks the import tests read, the way departments' Excel and WPS make them:
 * title rows, 填报单位 lines, merged cells, hidden columns, dates, numbers with formats, formulas.
 * Cells are given as objects: String, Number, Boolean, LocalDate or LocalDateTime (a real date
 * cell), {@link #formula}, {@link #formatted} (a number with a format), {@link #builtIn} (with a
 * format known by its number only), {@link #rich} (rich text),
 * a {@link FormulaError} (an error cell), or null (no cell).
 */
public final class TestWorkbook {
    private final Workbook wb;
    private Sheet sheet;
    private final CellStyle dateStyle;
    private boolean date1904;

    /** A number shown through a format, e.g. 1.1 shown as "1.10" with "0.00". */
    public record Formatted(double value, String format) {
    }

    /** A number in one of Excel's formats built in by number (31 is Chinese Excel's yyyy"年"m"月"d"日"). */
    public record BuiltIn(double value, int format) {
    }

    /** A formula with its last computed value: a Number, a String, a Boolean or a FormulaError. */
    public record Formula(String formula, Object cached) {
    }

    /** Rich text: the runs in turn plain and bold, read as one string. */
    public record Rich(String... runs) {
    }

    private TestWorkbook(Workbook wb) {
        this.wb = wb;
        this.dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
    }

    public static TestWorkbook xlsx() {
        return new TestWorkbook(new XSSFWorkbook());
    }

    public static TestWorkbook xls() {
        return new TestWorkbook(new HSSFWorkbook());
    }

    public static Formatted formatted(double value, String format) {
        return new Formatted(value, format);
    }

    public static Formula formula(String formula, Object cached) {
        return new Formula(formula, cached);
    }

    public static BuiltIn builtIn(double value, int format) {
        return new BuiltIn(value, format);
    }

    public static Rich rich(String... runs) {
        return new Rich(runs);
    }

    /**
     * Counts dates from 1904 (old Mac workbooks): the flag is set and date cells written from then
     * on hold 1904 serials, as Excel for Mac wrote them.
     */
    public TestWorkbook date1904() {
        date1904 = true;
        if (wb instanceof XSSFWorkbook x) {
            var pr = x.getCTWorkbook().isSetWorkbookPr() ? x.getCTWorkbook().getWorkbookPr()
                    : x.getCTWorkbook().addNewWorkbookPr();
            pr.setDate1904(true);
        } else {
            var internal = ((HSSFWorkbook) wb).getInternalWorkbook();
            ((DateWindow1904Record) internal.findFirstRecordBySid(DateWindow1904Record.sid)).setWindowing((short) 1);
        }
        return this;
    }

    public TestWorkbook sheet(String name) {
        sheet = wb.createSheet(name);
        return this;
    }

    public TestWorkbook hideSheet() {
        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        return this;
    }

    /** Appends a row (after the last one). */
    public TestWorkbook row(Object... cells) {
        int index = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        return rowAt(index, cells);
    }

    public TestWorkbook blankRow() {
        int index = sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
        sheet.createRow(index);
        return this;
    }

    public TestWorkbook rowAt(int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof FormulaError e) {
                cell.setCellErrorValue(e.getCode());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(DateUtil.getExcelDate(d.atStartOfDay(), date1904));
                cell.setCellStyle(dateStyle);
            } else if (v instanceof LocalDateTime t) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
                cell.setCellValue(DateUtil.getExcelDate(t, date1904));
                cell.setCellStyle(style);
            } else if (v instanceof Rich r) {
                cell.setCellValue(richText(r));
            } else if (v instanceof Formatted f) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(f.format()));
                cell.setCellValue(f.value());
                cell.setCellStyle(style);
            } else if (v instanceof BuiltIn b) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat((short) b.format());
                cell.setCellValue(b.value());
                cell.setCellStyle(style);
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
                if (f.cached() instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (f.cached() instanceof String s) {
                    cell.setCellValue(s);
                } else if (f.cached() instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (f.cached() instanceof FormulaError e) {
                    cell.setCellErrorValue(e.getCode());
                }
            } else {
                throw new IllegalArgumentException(v.getClass().toString());
            }
        }
        return this;
    }

    private RichTextString richText(Rich r) {
        RichTextString text = wb.getCreationHelper().createRichTextString(String.join("", r.runs()));
        Font bold = wb.createFont();
        bold.setBold(true);
        int at = 0;
        for (int i = 0; i < r.runs().length; i++) {
            int end = at + r.runs()[i].length();
            if (i % 2 == 1 && end > at) {
                text.applyFont(at, end, bold);
            }
            at = end;
        }
        return text;
    }

    /** Merges a range given as "A1:H1". */
    public TestWorkbook merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    /** Protects the sheet with a password, and for xlsx the workbook's structure too (no file encryption). */
    public TestWorkbook protect(String password) {
        sheet.protectSheet(password);
        if (wb instanceof XSSFWorkbook x) {
            x.lockStructure();
        }
        return this;
    }

    /** Hides the last row written. */
    public TestWorkbook hideRow() {
        sheet.getRow(sheet.getLastRowNum()).setZeroHeight(true);
        return this;
    }

    public TestWorkbook hideColumn(int column) {
        sheet.setColumnHidden(column, true);
        return this;
    }

    public Path save(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The usual header of a department's return. */
    public static Object[] header() {
        return new Object[] {"序号", "改革任务", "牵头单位", "完成时限", "进展情况", "状态", "完成值"};
    }

    public static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(List.of(rows));
    }
}
