package org.taizhang.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written the one way every export writes: .xls (HSSF) or streamed .xlsx (SXSSF, so a
 * 100,000-task ledger fits in a small heap), landing on disk only when complete ({@link SafeFile}).
 */
final class WorkbookFile {
    private static final int XLSX_ROWS = 1_048_576;
    private static final int XLS_ROWS = 65_536;

    private WorkbookFile() {
    }

    /** What fills the workbook: its sheets, through {@link Table}. */
    @FunctionalInterface
    interface Fill {
        void into(Workbook wb) throws IOException;
    }

    static void write(ExportTarget target, Fill fill) {
        write(target, false, fill);
    }

    /**
     * {@code sharedStrings}: keep the text in a shared-strings table, as Excel does, rather than in
     * each cell. The 填报 workbooks that go out to be edited and come back use it; the big ledger
     * export does not (the table would hold every string in memory).
     */
    static void write(ExportTarget target, boolean sharedStrings, Fill fill) {
        SafeFile.write(target.file(), target.replace(), (OutputStream out) -> {
            if (target.format() == ExportFormat.XLS) {
                try (HSSFWorkbook wb = new HSSFWorkbook()) {
                    fill.into(wb);
                    wb.write(out);
                }
            } else {
                SXSSFWorkbook wb = new StreamedWorkbook(new XSSFWorkbook(), 200, sharedStrings);
                try {
                    fill.into(wb);
                    wb.write(out);
                } finally {
                    wb.dispose();
                    wb.close();
                }
            }
        });
    }

    /** The most rows a sheet of the format holds. */
    static int maxRows(ExportFormat format) {
        return format == ExportFormat.XLS ? XLS_ROWS : XLSX_ROWS;
    }
}
