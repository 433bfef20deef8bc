package org.taizhang.exchange;

import static org.taizhang.exchange.Corpus.cellError;
import static org.taizhang.exchange.Corpus.error;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The hostile corpus: every broken, disguised, oversized or malicious file the import must survive,
 * each with what importing it must end in. One list serves the import test (which runs it under
 * -Xmx256m against a real ledger) and the runner that measures it for docs/RELIABILITY.md.
 */
public final class HostileCorpus {
    private HostileCorpus() {
    }

    /** What importing a file ends in. */
    public sealed interface Expected permits Refused, Read, OutOfMemory {
    }

    /**
     * The import runs out of heap: the program says so (error.outOfMemory, in the command line and
     * the import wizard alike) and the ledger is not touched.
     */
    public record OutOfMemory() implements Expected {
    }

    /** The whole file is refused with this message key; the ledger is not touched. */
    public record Refused(String key) implements Expected {
    }

    /**
     * The file is read: {@code tasks} rows become tasks, and each row in error (as
     * {@link Corpus#error} writes it: sheet!row column [header] «value» key, and " (cell)" when only the cell is lost) is named and left out.
     */
    public record Read(int tasks, List<String> errors) implements Expected {
    }

    /**
     * One file of the corpus.
     *
     * @param file what it is called (the message must name it)
     * @param what what is wrong with it, for the documentation's table
     * @param make writes it at the path given, returns that path
     */
    public record Case(String file, String what, UnaryOperator<Path> make, Expected expected) {
        @Override
        public String toString() {
            return file + " (" + what + ")";
        }
    }

    private static Case refused(String file, String what, UnaryOperator<Path> make, String key) {
        return new Case(file, what, make, new Refused(key));
    }

    private static Case read(String file, String what, UnaryOperator<Path> make, int tasks, String... errors) {
        return new Case(file, what, make, new Read(tasks, List.of(errors)));
    }

    private static final Charset GBK = Charset.forName("GBK");

    /** Every file: the ordinary ones and the large ones. */
    public static List<Case> all() {
        List<Case> all = new ArrayList<>(cases());
        all.addAll(large());
        return all;
    }

    /**
     * Files that take half a minute and more each to make and import on a loaded two-core machine,
     * and that fill the heap: HostileCorpusRun measures them, each in a fresh JVM, but the ordinary
     * test run leaves them out (in the test JVM an OutOfMemoryError can strike any thread, surefire's
     * own among them). What they end in depends on the heap; these expectations are for -Xmx256m.
     * A real city ledger holds a few hundred tasks.
     */
    public static List<Case> large() {
        return List.of(
                read("十万行.xlsx", "100,000 rows of 11 real-looking columns", f -> HostileFiles.manyRows(f, 100_000),
                        100_000),
                new Case("二十万行.xlsx", "199,999 rows of 11 real-looking columns (the most a sheet may have)",
                        f -> HostileFiles.manyRows(f, 199_999), new OutOfMemory()));
    }

    /** The files the ordinary test run imports: each ends in seconds. */
    public static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        // broken zips
        all.add(refused("半截.xlsx", "xlsx cut off at half its length", HostileFiles::truncatedXlsx, "read.damaged"));
        all.add(refused("坏块.xlsx", "xlsx with 64 bytes of the sheet's deflated data flipped",
                HostileFiles::xlsxWithCorruptSheetEntry, "read.damaged"));
        all.add(refused("坏目录.xlsx", "xlsx whose [Content_Types].xml entry is corrupt",
                HostileFiles::xlsxWithCorruptContentTypes, "read.damaged"));
        all.add(refused("照片.xlsx", "a zip of something else", HostileFiles::zipOfSomethingElse, "read.notWorkbook"));
        // bombs
        all.add(refused("炸弹.xlsx", "zip bomb: a 200 MB sheet deflated to 0.2 MB", HostileFiles::sheetBomb,
                "read.zipBomb"));
        all.add(refused("炸弹2.xlsx", "zip bomb: 100 MB of shared strings", HostileFiles::sharedStringsBomb,
                "read.zipBomb"));
        all.add(refused("lol.xlsx", "billion laughs (XML entity expansion) in the sheet",
                HostileFiles::laughsInTheSheet, "read.doctype"));
        all.add(refused("lol-workbook.xlsx", "billion laughs in workbook.xml",
                f -> HostileFiles.laughsIn("xl/workbook.xml", f), "read.doctype"));
        all.add(refused("lol-sharedStrings.xlsx", "billion laughs in the shared strings",
                f -> HostileFiles.laughsIn("xl/sharedStrings.xml", f), "read.doctype"));
        all.add(refused("lol-contentTypes.xlsx", "billion laughs in [Content_Types].xml",
                f -> HostileFiles.laughsIn("[Content_Types].xml", f), "read.doctype"));
        all.add(refused("lol-rels.xlsx", "billion laughs in the workbook's relationships",
                f -> HostileFiles.laughsIn("xl/_rels/workbook.xml.rels", f), "read.doctype"));
        all.add(refused("xxe.xlsx", "external entity naming a file beside it", HostileFiles::externalEntity,
                "read.doctype"));
        // sizes
        all.add(refused("百万行.xlsx", "1,000,000 rows", HostileFiles::millionRows, "import.tooManyRows"));
        all.add(read("宽表.xlsx", "16,384 columns (A to XFD), 备注 in the last", HostileFiles::sixteenThousandColumns, 1));
        all.add(read("宽表.xls", "256 columns, the most an .xls has", HostileFiles::twoHundredFiftySixColumns, 1));
        all.add(read("长文本.xlsx", "a 32,767-character cell (Excel's most), then a 32,768-character one",
                HostileFiles::longestCellsXlsx, 3,
                cellError("Sheet1", 3, "C", "进展情况", HostileFiles.text(60) + "…", "import.cellTooLong")));
        all.add(read("长文本.xls", "a 32,767-character cell in an .xls", HostileFiles::longestCellXls, 2));
        all.add(read("远.xlsx", "cells at ZZZZZ1 and XFE9, merges and hidden columns to the grid's end",
                HostileFiles::beyondTheGrid, 2));
        all.add(read("重叠合并.xlsx", "20,000 overlapping merges each down to row 1,048,576",
                f -> HostileFiles.overlappingMerges(f, 20_000), 20_000));
        all.add(refused("行号.xlsx", "a row numbered 二", HostileFiles::rowNumberThatIsNoNumber, "read.damagedSheet"));
        // formulas
        all.add(read("公式.xlsx", "text, shared, array and uncomputed formulas; #N/A and #DIV/0! results",
                HostileFiles::formulasXlsx, 6,
                cellError("Sheet1", 4, "C", "进展情况", "#N/A", "import.cellError"),
                cellError("Sheet1", 5, "E", "完成值", "#DIV/0!", "import.cellError")));
        all.add(read("公式.xls", "formulas with cached values; #N/A, #REF! and #DIV/0! cells", HostileFiles::formulasXls,
                4,
                cellError("Sheet1", 3, "D", "进展情况", "#N/A", "import.cellError"),
                cellError("Sheet1", 4, "C", "完成时限", "#REF!", "import.cellError"),
                cellError("Sheet1", 5, "F", "完成值", "#DIV/0!", "import.cellError")));
        // passwords
        all.add(refused("加密.xlsx", "xlsx encrypted with a password", HostileFiles::encryptedXlsx, "read.encrypted"));
        all.add(refused("加密.xls", "xls encrypted with a password", f -> HostileFiles.encryptedXls(f, "mima123"),
                "read.encrypted"));
        all.add(read("只读.xls", "xls only write-protected (Excel's VelvetSweatshop)",
                f -> HostileFiles.encryptedXls(f, "VelvetSweatshop"), 2));
        all.add(read("保护.xlsx", "protected sheet and workbook structure", f -> HostileFiles.protectedBook(f, "xlsx"),
                2));
        all.add(read("保护.xls", "protected sheet", f -> HostileFiles.protectedBook(f, "xls"), 2));
        // disguised
        all.add(refused("网页.xls", "Excel's web page (HTML, GB2312) named .xls", HostileFiles::excelWebPage,
                "read.html"));
        all.add(refused("导出.xls", "HTML5 page with a byte order mark named .xls", HostileFiles::html5Page,
                "read.html"));
        all.add(refused("系统导出.xls", "a bare HTML table named .xls", HostileFiles::bareHtmlTable, "read.html"));
        all.add(refused("宽字符网页.xls", "HTML in UTF-16 named .xls", HostileFiles::utf16WebPage, "read.html"));
        all.add(refused("2003.xls", "Excel 2003 XML spreadsheet named .xls", HostileFiles::xmlSpreadsheet,
                "read.xmlSpreadsheet"));
        all.add(refused("utf8.xls", "CSV in UTF-8 named .xls", f -> HostileFiles.csv(f, StandardCharsets.UTF_8, false),
                "read.text"));
        all.add(refused("utf8bom.xls", "CSV in UTF-8 with a byte order mark named .xls",
                f -> HostileFiles.csv(f, StandardCharsets.UTF_8, true), "read.text"));
        all.add(refused("gbk.xls", "CSV in GBK named .xls", f -> HostileFiles.csv(f, GBK, false), "read.text"));
        all.add(refused("unicode.xls", "Excel's Unicode text (UTF-16, tabs) named .xls", HostileFiles::unicodeText,
                "read.text"));
        all.add(refused("截图.xlsx", "a PNG image named .xlsx", HostileFiles::png, "read.unknown"));
        all.add(refused("照片.xls", "a JPEG image named .xls", HostileFiles::jpeg, "read.unknown"));
        all.add(refused("台账打印.xls", "a PDF printout named .xls", HostileFiles::pdf, "read.unknown"));
        all.add(refused("空.xlsx", "an empty file named .xlsx", HostileFiles::empty, "read.empty"));
        all.add(refused("空白.xls", "an empty file named .xls", HostileFiles::empty, "read.empty"));
        all.add(refused("报告.docx", "a Word document", HostileFiles::wordDocument, "read.notWorkbook"));
        all.add(refused("报告改名.xlsx", "a Word document named .xlsx", HostileFiles::wordDocument, "read.notWorkbook"));
        all.add(refused("报告.xls", "an old Word document (OLE2) named .xls", HostileFiles::oldWordDocument,
                "read.notWorkbook"));
        all.add(refused("九五.xls", "an Excel 95 workbook (BIFF5)", HostileFiles::excel95, "read.oldExcel"));
        all.add(refused("二进制.xlsb", "an Excel binary workbook (.xlsb)", HostileFiles::xlsb, "read.xlsb"));
        // broken .xls
        all.add(refused("残缺.xls", "the OLE2 signature and noise", HostileFiles::ole2WithoutFileSystem, "read.damaged"));
        all.add(refused("半截.xls", "xls cut off at half its length", HostileFiles::truncatedXls, "read.damaged"));
        all.add(refused("乱码.xls", "a Workbook stream of noise after a BIFF8 start",
                f -> HostileFiles.garbageWorkbookStream(f, true), "read.damaged"));
        all.add(refused("乱码2.xls", "a Workbook stream of noise", f -> HostileFiles.garbageWorkbookStream(f, false),
                "read.damaged"));
        // no table
        all.add(refused("无表头.xlsx", "a sheet without a header", HostileFiles::headerlessXlsx, "import.noHeader"));
        all.add(refused("空表.xls", "an empty sheet", HostileFiles::emptySheetXls, "import.noHeader"));
        // found by fuzzing
        all.add(refused("无工作表.xls", "an .xls without any sheet", HostileFiles::xlsWithoutSheets, "read.noSheets"));
        return all;
    }
}
