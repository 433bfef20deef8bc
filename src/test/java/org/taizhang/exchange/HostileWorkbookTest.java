package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.exchange.Corpus.assertErrors;
import static org.taizhang.exchange.Corpus.assertMapping;
import static org.taizhang.exchange.Corpus.assertRows;
import static org.taizhang.exchange.Corpus.mapping;
import static org.taizhang.exchange.Corpus.values;
import static org.taizhang.exchange.RawXlsx.is;
import static org.taizhang.exchange.RawXlsx.row;
import static org.taizhang.exchange.RawXlsx.sheetXml;
import static org.taizhang.exchange.importing.Column.LEAD_UNITS;
import static org.taizhang.exchange.importing.Column.NUMBER;
import static org.taizhang.exchange.importing.Column.REMARKS;
import static org.taizhang.exchange.importing.Column.TITLE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.SheetData;
import org.taizhang.exchange.importing.WorkbookReader;

/**
 * Files that are broken, disguised or built to hurt: each ends with a clear LedgerException that
 * names the file (or with a correct read), never with a hang, an OutOfMemoryError or a stack trace.
 * The timeout is a guard against hangs, generous on purpose; nothing here measures speed.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileWorkbookTest {
    @TempDir
    Path dir;

    /** The key of the refusal, after checking that its message names the file. */
    private static String refused(Path file) {
        return refused(file, ReadOptions.of(2023));
    }

    private static String refused(Path file, ReadOptions options) {
        LedgerException e = assertThrows(LedgerException.class, () -> WorkbookReader.read(file, options));
        String name = file.getFileName().toString();
        assertTrue(e.getMessage().contains(name), "the message names the file: " + e.getMessage());
        assertTrue(e.getMessage(java.util.Locale.ENGLISH).contains(name), e.getMessage(java.util.Locale.ENGLISH));
        return e.key();
    }

    private static String[] twoTasks() {
        return RawXlsx.table(
                new String[] {"序号", "改革任务", "牵头单位"},
                new String[] {"1", "任务一", "市财政局"},
                new String[] {"2", "任务二", "市税务局"});
    }

    private Path goodXlsx(String name) {
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks()))
                .save(dir.resolve(name));
    }

    private static void assertTwoTasks(SheetData data) {
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局"),
                3, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市税务局"));
        assertErrors(data);
    }

    // ---- broken zips ----

    @Test
    void aTruncatedXlsxIsDamaged() throws IOException {
        Path file = TestWorkbook.xlsx().sheet("Sheet1").row("序号", "改革任务", "牵头单位").row("1", "任务一", "市财政局")
                .save(dir.resolve("半截.xlsx"));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertEquals("read.damaged", refused(file));
    }

    @Test
    void anXlsxWhoseSheetEntryIsCorruptIsDamaged() throws IOException {
        Map<String, byte[]> parts = RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml",
                sheetXml(longTable(2000))).parts();
        Path file = RawXlsx.write(dir.resolve("坏块.xlsx"), parts);
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII)) + 200;
        for (int i = at; i < at + 64; i++) {
            bytes[i] ^= 0x5A; // inside the sheet entry's deflated data
        }
        Files.write(file, bytes);
        assertEquals("read.damaged", refused(file));
    }

    @Test
    void anXlsxWhoseContentTypesEntryIsCorruptIsDamaged() throws IOException {
        Path file = goodXlsx("坏目录.xlsx");
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII)) + 19;
        for (int i = at; i < at + 40; i++) {
            bytes[i] ^= 0x5A;
        }
        Files.write(file, bytes);
        String key = refused(file);
        assertTrue(key.equals("read.damaged"), key);
    }

    @Test
    void aZipOfSomethingElseIsNoWorkbook() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("照片/1.txt", "不是表格".getBytes(StandardCharsets.UTF_8));
        assertEquals("read.notWorkbook", refused(RawXlsx.write(dir.resolve("照片.xlsx"), parts)));
    }

    // ---- zip bombs and XML bombs ----

    /**
     * Writes the parts, the one named {@code bomb} as its XML with {@code megabytes} of spaces spliced
     * in where {@code at} stands: it deflates to a few hundred kilobytes, streamed so the test holds little.
     */
    private Path withBomb(String name, Map<String, byte[]> parts, String bomb, String at, int megabytes)
            throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                if (p.getKey().equals(bomb)) {
                    String xml = new String(p.getValue(), StandardCharsets.UTF_8);
                    int split = xml.indexOf(at);
                    zip.write(xml.substring(0, split).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(split).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(p.getValue());
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aSheetThatInflatesEnormouslyIsRefusedAsABomb() throws IOException {
        Map<String, byte[]> parts = RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks()))
                .parts();
        Path file = withBomb("炸弹.xlsx", parts, "xl/worksheets/sheet1.xml", "</sheetData>", 200);
        assertEquals("read.zipBomb", refused(file));
    }

    @Test
    void sharedStringsThatInflateEnormouslyAreRefusedAsABomb() throws IOException {
        Map<String, byte[]> parts = RawXlsx.workbook().sharedStrings("<t>序号</t>")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks())).parts();
        Path file = withBomb("炸弹2.xlsx", parts, "xl/sharedStrings.xml", "</t>", 100);
        assertEquals("read.zipBomb", refused(file));
    }

    private static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    /** An XML part with a DTD spliced in after its declaration. */
    private static String withDoctype(String xml, String doctype) {
        int end = xml.indexOf("?>") + 2;
        return xml.substring(0, end) + doctype + xml.substring(end);
    }

    @Test
    void billionLaughsInTheSheetAreRefused() {
        String sheet = withDoctype(sheetXml(twoTasks()), LAUGHS).replace("任务一", "&lol9;");
        Path file = RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet).save(dir.resolve("lol.xlsx"));
        assertEquals("read.damaged", refused(file));
    }

    @Test
    void billionLaughsInTheWorkbookSharedStringsOrContentTypesAreRefused() {
        Map<String, byte[]> parts = RawXlsx.workbook().sharedStrings("<t>序号</t>")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks())).parts();
        for (String part : new String[] {"xl/workbook.xml", "xl/sharedStrings.xml", "[Content_Types].xml",
            "xl/_rels/workbook.xml.rels"}) {
            Map<String, byte[]> bad = new LinkedHashMap<>(parts);
            String xml = new String(bad.get(part), StandardCharsets.UTF_8);
            String laughing = withDoctype(xml, LAUGHS);
            laughing = part.equals("xl/sharedStrings.xml") ? laughing.replace("序号", "&lol9;")
                    : laughing.replaceFirst("(<[A-Za-z]+ )", "$1a=\"&lol9;\" ");
            bad.put(part, laughing.getBytes(StandardCharsets.UTF_8));
            String name = "lol-" + part.replaceAll("[^a-z]", "") + ".xlsx";
            String key = refused(RawXlsx.write(dir.resolve(name), bad));
            assertTrue(key.equals("read.damaged") || key.equals("read.notWorkbook"), part + ": " + key);
        }
    }

    @Test
    void anExternalEntityIsNeverFetched() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容");
        String sheet = withDoctype(sheetXml(twoTasks()), "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("任务一", "&xxe;");
        Path file = RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet).save(dir.resolve("xxe.xlsx"));
        assertEquals("read.damaged", refused(file));
    }

    // ---- sizes ----

    @Test
    void aMillionRowsEndWithTooManyRowsLongBeforeTheEnd() throws IOException {
        Path file = dir.resolve("百万行.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("Sheet1");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("序号");
            header.createCell(1).setCellValue("改革任务");
            for (int r = 1; r <= 1_000_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("任务");
            }
            wb.write(out);
        }
        AtomicLong furthest = new AtomicLong();
        ReadOptions options = ReadOptions.of(2023).progress(new Progress() {
            @Override
            public void done(long count, long total) {
                furthest.accumulateAndGet(count, Math::max);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals("import.tooManyRows", refused(file, options));
        assertTrue(furthest.get() > 0 && furthest.get() <= WorkbookReader.MAX_ROWS + 1000,
                "reading stopped at the limit, not at the end: " + furthest.get());
    }

    @Test
    void allSixteenThousandColumnsOfAnXlsxAreRead() {
        StringBuilder header = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (int c = 0; c < 16_384; c++) {
            String ref = org.taizhang.exchange.read.CellRef.column(c);
            String title = switch (c) {
                case 0 -> "序号";
                case 1 -> "改革任务";
                case 16_383 -> "备注";
                default -> "列" + c;
            };
            header.append(is(ref + "1", title));
            data.append(c == 0 ? "<c r=\"A2\"><v>1</v></c>" : is(ref + "2", c == 1 ? "任务一" : c == 16_383 ? "最后一列" : "x" + c));
        }
        Path file = RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml",
                sheetXml(row(1, header.toString()), row(2, data.toString()))).save(dir.resolve("宽表.xlsx"));
        SheetData read = Corpus.read(file);
        assertMapping(mapping(0, NUMBER, 1, TITLE, 16_383, REMARKS), read);
        assertRows(read, 2, values(NUMBER, "1", TITLE, "任务一", REMARKS, "最后一列"));
        assertErrors(read);
    }

    @Test
    void allTwoHundredFiftySixColumnsOfAnXlsAreRead() {
        Object[] header = new Object[256];
        Object[] data = new Object[256];
        for (int c = 0; c < 256; c++) {
            header[c] = c == 0 ? "序号" : c == 1 ? "改革任务" : c == 255 ? "备注" : "列" + c;
            data[c] = c == 0 ? "1" : c == 1 ? "任务一" : c == 255 ? "最后一列" : "x" + c;
        }
        SheetData read = Corpus.read(TestWorkbook.xls().sheet("Sheet1").row(header).row(data)
                .save(dir.resolve("宽表.xls")));
        assertMapping(mapping(0, NUMBER, 1, TITLE, 255, REMARKS), read);
        assertRows(read, 2, values(NUMBER, "1", TITLE, "任务一", REMARKS, "最后一列"));
    }

    @Test
    void referencesBeyondTheGridAreIgnoredNotAllocated() {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\">"
                + "<cols><col min=\"4\" max=\"2000000000\" hidden=\"1\"/></cols><sheetData>"
                + String.join("", twoTasks()).replace("</row>", is("ZZZZZ1", "远处") + is("XFE9", "更远") + "</row>")
                + "</sheetData><mergeCells><mergeCell ref=\"C2:C1048576\"/><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"
                + "</worksheet>";
        SheetData data = Corpus.read(RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("远.xlsx")));
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS), data);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局"),
                3, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市税务局"));
    }

    @Test
    void overlappingMergesDownToTheLastRowDoNotTakeRangesTimesRows() {
        int n = 20_000;
        StringBuilder rows = new StringBuilder(RawXlsx.table(new String[] {"序号", "改革任务", "牵头单位"})[0]);
        StringBuilder merges = new StringBuilder();
        for (int r = 2; r <= n + 1; r++) {
            rows.append(row(r, "<c r=\"A" + r + "\"><v>" + (r - 1) + "</v></c>" + is("B" + r, "任务" + r)
                    + (r == 2 ? is("C2", "市财政局") : "")));
            // Excel allows no overlapping merges; these all reach the sheet's last row.
            merges.append("<mergeCell ref=\"C").append(r).append(":C1048576\"/>");
        }
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + rows + "</sheetData><mergeCells>" + merges + "</mergeCells></worksheet>";
        SheetData data = Corpus.read(RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("重叠合并.xlsx")));
        assertEquals(n, data.rows().size());
        assertEquals(values(NUMBER, String.valueOf(n), TITLE, "任务" + (n + 1), LEAD_UNITS, "市财政局"),
                data.rows().get(n - 1).values(), "the first range fills down; the ones overlapping it are skipped");
        assertErrors(data);
    }

    @Test
    void aRowNumberThatIsNoNumberIsDamaged() {
        String sheet = sheetXml(twoTasks()).replace("<row r=\"2\">", "<row r=\"二\">");
        assertEquals("read.damaged", refused(RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("行号.xlsx"))));
    }

    // ---- passwords ----

    @Test
    void anEncryptedXlsxIsRefusedForItsPassword() throws Exception {
        Path plain = goodXlsx("plain.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("mima123");
        Path file = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("read.encrypted", refused(file));
    }

    @Test
    void anEncryptedXlsIsRefusedForItsPassword() {
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("mima123");
        try {
            file = TestWorkbook.xls().sheet("Sheet1").row("序号", "改革任务", "牵头单位").row("1", "任务一", "市财政局")
                    .save(dir.resolve("加密.xls"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertEquals("read.encrypted", refused(file));
    }

    @Test
    void anXlsWriteProtectedWithExcelsDefaultPasswordIsRead() {
        // Excel encrypts a workbook that is only write-protected with the password VelvetSweatshop.
        Path file;
        Biff8EncryptionKey.setCurrentUserPassword("VelvetSweatshop");
        try {
            file = TestWorkbook.xls().sheet("Sheet1").row("序号", "改革任务", "牵头单位").row("1", "任务一", "市财政局")
                    .row("2", "任务二", "市税务局").save(dir.resolve("只读.xls"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertTwoTasks(Corpus.read(file));
    }

    // ---- files dressed as workbooks ----

    @Test
    void aWebPageSavedAsXlsIsNamed() throws IOException {
        String excelHtml = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
                + "<head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body>"
                + "<table><tr><td>序号</td><td>改革任务</td></tr></table></body></html>";
        assertEquals("read.html", refused(Files.write(dir.resolve("网页.xls"), excelHtml.getBytes(Charset.forName("GBK")))));
        assertEquals("read.html", refused(Files.writeString(dir.resolve("导出.xls"),
                "\uFEFF\n  <!DOCTYPE html><html><body><table><tr><td>序号</td></tr></table></body></html>")));
        assertEquals("read.html", refused(Files.writeString(dir.resolve("系统导出.xls"),
                "<meta charset=\"utf-8\"><table border=\"1\"><tr><th>序号</th><th>改革任务</th></tr></table>")));
        assertEquals("read.html", refused(Files.write(dir.resolve("宽字符网页.xls"),
                bom16("<html><body><table><tr><td>序号</td></tr></table></body></html>"))));
    }

    @Test
    void anXmlSpreadsheetSavedAsXlsIsNamed() throws IOException {
        String xml = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Sheet1\"><Table>"
                + "<Row><Cell><Data ss:Type=\"String\">序号</Data></Cell></Row></Table></Worksheet></Workbook>";
        assertEquals("read.xmlSpreadsheet", refused(Files.writeString(dir.resolve("2003.xls"), xml)));
    }

    @Test
    void csvInUtf8GbkAndUtf16SavedAsXlsIsNamed() throws IOException {
        String csv = "序号,改革任务,牵头单位,完成时限\r\n1,推进DRG支付方式改革,市医保局,2023年12月底前\r\n";
        assertEquals("read.text", refused(Files.writeString(dir.resolve("utf8.xls"), csv)));
        assertEquals("read.text", refused(Files.writeString(dir.resolve("utf8bom.xls"), "\uFEFF" + csv)));
        assertEquals("read.text", refused(Files.write(dir.resolve("gbk.xls"), csv.getBytes(Charset.forName("GBK")))));
        // Excel's "Unicode 文本": UTF-16LE with a byte order mark, tab-separated.
        assertEquals("read.text", refused(Files.write(dir.resolve("unicode.xls"), bom16(csv.replace(',', '\t')))));
    }

    private static byte[] bom16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    @Test
    void imagesEmptyFilesAndOtherOfficeFilesAreNamed() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertEquals("read.unknown", refused(Files.write(dir.resolve("截图.xlsx"), png)));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0};
        assertEquals("read.unknown", refused(Files.write(dir.resolve("照片.xls"), jpeg)));
        assertEquals("read.empty", refused(Files.createFile(dir.resolve("空.xlsx"))));
        assertEquals("read.empty", refused(Files.write(dir.resolve("空白.xls"), new byte[0])));
    }

    @Test
    void aPdfPrintoutRenamedIsNamedAsNoSpreadsheet() throws IOException {
        // A PDF's first kilobytes are often plain text: it is still no CSV.
        String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R]"
                + " /Count 1 >>\nendobj\n";
        assertEquals("read.unknown", refused(Files.writeString(dir.resolve("台账打印.xls"), pdf.repeat(20))));
    }

    @Test
    void protectedSheetsAndWorkbookStructureAreReadAsAnyOther() {
        for (String format : new String[] {"xlsx", "xls"}) {
            TestWorkbook wb = Corpus.book(format).sheet("Sheet1").row("序号", "改革任务", "牵头单位")
                    .row("1", "任务一", "市财政局").row("2", "任务二", "市税务局").protect("mima123");
            assertTwoTasks(Corpus.read(wb.save(dir.resolve("保护." + format))));
        }
    }

    @Test
    void aWordDocumentIsNoWorkbook() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>改革任务</w:t></w:r></w:p>"
                + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
        assertEquals("read.notWorkbook", refused(RawXlsx.write(dir.resolve("报告.docx"), parts)));
        assertEquals("read.notWorkbook", refused(RawXlsx.write(dir.resolve("报告改名.xlsx"), parts)));
    }

    @Test
    void anOldWordDocumentIsNoWorkbook() throws IOException {
        Path file = dir.resolve("报告.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals("read.notWorkbook", refused(file));
    }

    @Test
    void anExcel95WorkbookIsNamedAsTooOld() throws IOException {
        Path file = dir.resolve("九五.xls");
        ByteArrayOutputStream bof = new ByteArrayOutputStream();
        // BIFF5 BOF: record 0x0809, 8 bytes: version 0x0500, workbook globals 0x0005, build, year.
        bof.write(new byte[] {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, (byte) 0xC1, 0x07});
        bof.write(new byte[] {0x0A, 0x00, 0x00, 0x00}); // EOF
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(Arrays.copyOf(bof.toByteArray(), 4096)), "Book");
            fs.writeFilesystem(out);
        }
        assertEquals("read.oldExcel", refused(file));
    }

    @Test
    void anOle2FileThatIsNoFileSystemIsDamaged() throws IOException {
        byte[] head = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1}, 600);
        Arrays.fill(head, 8, 600, (byte) 0x7F);
        assertEquals("read.damaged", refused(Files.write(dir.resolve("残缺.xls"), head)));
    }

    @Test
    void aTruncatedXlsIsDamaged() throws IOException {
        Path file = TestWorkbook.xls().sheet("Sheet1").row("序号", "改革任务", "牵头单位").row("1", "任务一", "市财政局")
                .save(dir.resolve("半截.xls"));
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertEquals("read.damaged", refused(file));
    }

    @Test
    void anXlsWhoseWorkbookStreamIsGarbageIsDamaged() throws IOException {
        java.util.Random random = new java.util.Random(7);
        byte[] garbage = new byte[64 * 1024];
        random.nextBytes(garbage);
        // A BOF record first, as a real stream has, then a record claiming to be 60,000 bytes long, then noise.
        byte[] start = {0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0x00, 0x00, (byte) 0xC1, 0x07, 0, 0, 0, 0, 0, 0, 0,
            0, 0x5C, 0x00, 0x60, (byte) 0xEA};
        System.arraycopy(start, 0, garbage, 0, start.length);
        for (String name : new String[] {"乱码.xls", "乱码2.xls"}) {
            Path file = dir.resolve(name);
            try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
                fs.createDocument(new ByteArrayInputStream(garbage), "Workbook");
                fs.writeFilesystem(out);
            }
            assertEquals("read.damaged", refused(file));
            random.nextBytes(garbage); // the second without the BOF
        }
    }

    @Test
    void anXlsbIsNamed() {
        Path file = RawXlsx.workbook()
                .workbookContentType("application/vnd.ms-excel.sheet.binary.macroEnabled.main")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks())).save(dir.resolve("二进制.xlsb"));
        assertEquals("read.xlsb", refused(file));
    }

    @Test
    void aHeaderlessWorkbookIsNamed() {
        Path file = TestWorkbook.xlsx().sheet("Sheet1").row("这不是台账").row("1", "2", "3").save(dir.resolve("无表头.xlsx"));
        assertEquals("import.noHeader", refused(file));
        Path xls = TestWorkbook.xls().sheet("Sheet1").save(dir.resolve("空表.xls"));
        assertEquals("import.noHeader", refused(xls));
    }

    private static String[] longTable(int rows) {
        String[][] table = new String[rows][];
        table[0] = new String[] {"序号", "改革任务", "牵头单位"};
        for (int r = 1; r < rows; r++) {
            table[r] = new String[] {String.valueOf(r), "任务" + r, "单位" + (r * 7919 % 1000)};
        }
        return RawXlsx.table(table);
    }

    private static int indexOf(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
