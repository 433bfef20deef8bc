package org.taizhang.exchange.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.taizhang.core.LedgerException;

/**
 * An .xls workbook (BIFF8, also WPS .et), read whole through POI's HSSF: the format holds at most
 * 65,536 rows a sheet, so there is nothing to stream. Formula cells give their last computed value.
 */
final class XlsSource implements WorkbookSource {
    private final String name;
    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private final CellText cellText;

    private XlsSource(String name, POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.name = name;
        this.fs = fs;
        this.workbook = workbook;
        this.cellText = new CellText(workbook.getInternalWorkbook().isUsing1904DateWindowing());
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new SheetInfo(i, workbook.getSheetName(i), workbook.isSheetHidden(i)
                    || workbook.isSheetVeryHidden(i)));
        }
    }

    static XlsSource open(POIFSFileSystem fs, String name) {
        try {
            return new XlsSource(name, fs, new HSSFWorkbook(fs.getRoot(), false));
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw new LedgerException(e, "read.encrypted", name);
        } catch (OldExcelFormatException e) {
            closeQuietly(fs); // Excel 5.0/95 (BIFF5): HSSF reads BIFF8 only, and the clerk should hear why
            throw new LedgerException(e, "read.oldExcel", name);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw new LedgerException(e, "read.damaged", name, e.getMessage());
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public boolean date1904() {
        return workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public void read(SheetInfo info, RowSink sink) {
        try {
            Sheet sheet = workbook.getSheetAt(info.index());
            BitSet hidden = new BitSet();
            int lastColumn = 0;
            for (Row row : sheet) {
                lastColumn = Math.max(lastColumn, row.getLastCellNum());
            }
            for (int c = 0; c < lastColumn; c++) {
                if (sheet.isColumnHidden(c)) {
                    hidden.set(c);
                }
            }
            sink.hiddenColumns(hidden);
            for (Row row : sheet) {
                RawCell[] cells = new RawCell[Math.max(0, row.getLastCellNum())];
                for (Cell cell : row) {
                    cells[cell.getColumnIndex()] = cell(cell);
                }
                if (!sink.row(new RawRow(row.getRowNum(), cells, row.getZeroHeight()))) {
                    return;
                }
            }
            List<Merge> merges = new ArrayList<>();
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                merges.add(new Merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn()));
            }
            sink.merges(merges);
        } catch (RuntimeException e) {
            throw new LedgerException(e, "read.damaged", name, e.getMessage());
        }
    }

    private RawCell cell(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> RawCell.text(cell.getRichStringCellValue().getString());
            case NUMERIC -> cellText.number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> new RawCell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", RawCell.Kind.BOOLEAN, 0);
            case ERROR -> new RawCell(FormulaError.forInt(cell.getErrorCellValue()).getString(), RawCell.Kind.ERROR, 0);
            default -> null;
        };
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // only read from
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // only read from
        }
        closeQuietly(fs);
    }
}
