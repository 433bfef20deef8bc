package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.taizhang.core.LedgerException;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.WorkbookReader;

/**
 * The workbook reader on any file: it reads the file or refuses it with a LedgerException that
 * names it, and never fails otherwise. {@link #readsAnyFileOrSaysWhy} mutates whole files (the
 * seeds beside this class are small .xlsx and .xls workbooks); {@link #readsAnySheetXmlOrSaysWhy}
 * keeps the zip whole and mutates the XML inside it, where the reader's own code works. Without
 * JAZZER_FUZZ each replays the inputs beside this class; see docs/RELIABILITY.md.
 */
class WorkbookFuzzTest {
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("taizhang-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DIR.toFile().deleteOnExit();
        DIR.resolve("报表.xlsx").toFile().deleteOnExit(); // deleted first: the folder must be empty to go
    }

    @FuzzTest
    void readsAnyFileOrSaysWhy(byte[] bytes) throws IOException {
        readOrRefuse(Files.write(DIR.resolve("报表.xlsx"), bytes));
    }

    @FuzzTest
    @DictionaryEntries({"<row r=\"", "<c r=\"", "\" t=\"s\"><v>", "\" t=\"inlineStr\"><is><t>", "</t></is></c>", "</v></c>",
        "</row>", "<f t=\"shared\" si=\"0\"/>", "\" t=\"e\"", "\" t=\"b\"", "\" t=\"d\"", "\" s=\"1\"", " hidden=\"1\"",
        "<mergeCells><mergeCell ref=\"", "<cols><col min=\"", "<si><t>", "</t></si>", "<rPh>", "_x000D_", "序号", "改革任务",
        "牵头单位", "完成时限", "进展情况", "XFD1048576", "<xf numFmtId=\"", "<numFmt numFmtId=\"", "formatCode=\""})
    void readsAnySheetXmlOrSaysWhy(FuzzedDataProvider data) {
        String strings = data.consumeString(2000);
        String styles = data.consumeString(2000);
        String sheet = data.consumeRemainingAsString();
        Map<String, byte[]> parts = new LinkedHashMap<>(RawXlsx.workbook().sharedStrings("<t>序号</t>")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", "").parts());
        parts.put("xl/worksheets/sheet1.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + RawXlsx.MAIN + "\"><sheetData>" + sheet + "</sheetData></worksheet>"));
        parts.put("xl/sharedStrings.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + RawXlsx.MAIN
                + "\"><si><t>序号</t></si><si><t>改革任务</t></si>" + strings + "</sst>"));
        parts.put("xl/styles.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawXlsx.MAIN
                + "\"><numFmts>" + styles + "</numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"
                + "</styleSheet>"));
        readOrRefuse(RawXlsx.write(DIR.resolve("报表.xlsx"), parts));
    }

    private static void readOrRefuse(Path file) {
        try {
            WorkbookReader.read(file, ReadOptions.of(2023));
        } catch (LedgerException e) {
            assertTrue(e.getMessage().contains("报表.xlsx"), "the message names the file: " + e.getMessage());
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
