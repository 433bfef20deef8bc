package org.taizhang.exchange.export;

import java.io.OutputStream;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.taizhang.core.Threads;

/**
 * Loads what writing an .xlsx workbook needs (POI, its XML schemas, the zip writer) on a thread of
 * its own, while a command still reads its options and opens its ledger: in a fresh process that
 * loading is most of a second of one core, and the floor of the export pays it too, but the export
 * paid it only after the opening. A practice workbook, never written anywhere: no file is made.
 * Every file written through {@link SafeFile} waits for it first ({@link #awaitLoaded()}), so that
 * the practice and a real document never load the same classes at once.
 */
public final class WorkbookClasses {
    private static volatile Thread loading;

    private WorkbookClasses() {
    }

    /** Starts loading, once; a command that writes a workbook calls it as early as it can. */
    public static synchronized void loadInBackground() {
        if (loading != null) {
            return;
        }
        // POI logs (through log4j-api to SLF4J) as it loads: were SLF4J set up by two threads at once,
        // it would print a notice of calls "intercepted and replayed" on the command's error output
        org.slf4j.LoggerFactory.getILoggerFactory();
        loading = Threads.ahead("taizhang-workbook-classes", WorkbookClasses::practice);
        loading.setPriority(Thread.NORM_PRIORITY - 1);
    }

    /** Waits for the loading started by {@link #loadInBackground()}, if any; called before POI is first used. */
    static void awaitLoaded() {
        Thread t = loading;
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        Threads.awaitEnd(t);
    }

    /** A workbook like the ledger's, made in memory and written to nothing. */
    private static void practice() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SXSSFWorkbook streaming = new SXSSFWorkbook(wb, 200, true, false); // no sheet of its own: no temporary file
            Styles styles = new Styles(streaming);
            Sheet sheet = wb.createSheet("x");
            var cell = sheet.createRow(0).createCell(0);
            cell.setCellValue("台账");
            cell.setCellStyle(styles.body);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            DataValidationHelper helper = sheet.getDataValidationHelper();
            sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(new String[] {"推进中"}),
                    new CellRangeAddressList(1, 2, 0, 0)));
            sheet.setAutoFilter(new CellRangeAddress(0, 1, 0, 2));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getFooter().setCenter("第 &P 页 共 &N 页");
            wb.write(OutputStream.nullOutputStream());
        } catch (Exception | LinkageError e) {
            // only practice: the real workbook meets any real problem and reports it
        }
    }
}
