package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.exchange.Corpus.values;
import static org.taizhang.exchange.importing.Column.NUMBER;
import static org.taizhang.exchange.importing.Column.PROGRESS;
import static org.taizhang.exchange.importing.Column.STATUS;
import static org.taizhang.exchange.importing.Column.TITLE;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.exchange.importing.WorkbookData;

/**
 * OpenDocument spreadsheets as LibreOffice writes them, made by hand: repeated rows and cells, the
 * spaces and line breaks of a cell's text, spans as merges, a hidden sheet and column, and the
 * files that are no spreadsheet or were made to harm.
 */
class OdsSourceTest {
    @TempDir
    Path dir;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\">"
            + "<office:automatic-styles><style:style style:name=\"ta2\" style:family=\"table\">"
            + "<style:table-properties table:display=\"false\"/></style:style></office:automatic-styles>"
            + "<office:body><office:spreadsheet>";
    private static final String TAIL = "</office:spreadsheet></office:body></office:document-content>";

    private Path ods(String name, String mimetype, String content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String cell(String text) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
    }

    @Test
    void readsWhatLibreOfficeWrites() throws Exception {
        String content = HEAD
                + "<table:table table:name=\"底稿\" table:style-name=\"ta2\"><table:table-row>" + cell("序号")
                + cell("改革任务") + "</table:table-row></table:table>"
                + "<table:table table:name=\"台账\">"
                + "<table:table-column table:number-columns-repeated=\"4\"/>"
                + "<table:table-column table:visibility=\"collapse\"/>"
                + "<table:table-row><table:table-cell table:number-columns-spanned=\"4\" office:value-type=\"string\">"
                + "<text:p>市医保局推进情况</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated=\"3\"/>"
                + "</table:table-row>"
                + "<table:table-row>" + cell("序号") + cell("改革任务") + cell("进展情况") + cell("状态") + cell("辅助")
                + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"5\"/>"
                + "</table:table-row>"
                + "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p>"
                + "</table:table-cell>" + cell("推进<text:s text:c=\"2\"/>DRG付费")
                + "<table:table-cell office:value-type=\"string\"><text:p>1.全覆盖</text:p><text:p>2.结算清单"
                + "<text:line-break/>上线</text:p></table:table-cell>"
                + cell("按时推进") + cell("隐藏的辅助列") + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell table:number-columns-repeated=\"1024\"/>"
                + "</table:table-row></table:table>" + TAIL;
        WorkbookData data = Corpus.read(ods("推进情况.ods", "application/vnd.oasis.opendocument.spreadsheet", content));
        assertEquals(List.of("底稿", "台账"), data.sheets().stream().map(s -> s.name()).toList());
        assertTrue(data.sheets().get(0).hidden(), "a table styled display=false is a hidden sheet");
        assertEquals("台账", data.sheet().name());
        Corpus.assertRows(data, 5, values(NUMBER, "1", TITLE, "推进  DRG付费", PROGRESS, "1.全覆盖\n2.结算清单\n上线",
                STATUS, "推进中"));
        assertEquals(Corpus.mapping(0, NUMBER, 1, TITLE, 2, PROGRESS, 3, STATUS), new java.util.TreeMap<>(data.layout()
                .mapping()), "the hidden helper column is left out");
    }

    @Test
    void aTextDocumentIsNoWorkbook() throws Exception {
        Path file = ods("报告.ods", "application/vnd.oasis.opendocument.text", HEAD + TAIL);
        assertEquals("read.notWorkbook", assertThrows(LedgerException.class, () -> Corpus.read(file)).key());
    }

    @Test
    void aDoctypeIsRefusedByName() throws Exception {
        Path file = ods("实体.ods", "application/vnd.oasis.opendocument.spreadsheet",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + HEAD.substring(HEAD.indexOf("<office:"))
                        + TAIL);
        LedgerException e = assertThrows(LedgerException.class, () -> Corpus.read(file));
        assertEquals("read.doctype", e.key());
        assertTrue(e.getMessage().contains("实体.ods"), e.getMessage());
    }

    @Test
    void aDamagedContentIsSaidWithTheFilesName() throws Exception {
        Path file = ods("半截.ods", "application/vnd.oasis.opendocument.spreadsheet", HEAD + "<table:table table:name=\"表");
        LedgerException e = assertThrows(LedgerException.class, () -> Corpus.read(file));
        assertTrue(e.key().startsWith("read.damaged"), e.key());
        assertTrue(e.getMessage().contains("半截.ods"), e.getMessage());
    }
}
