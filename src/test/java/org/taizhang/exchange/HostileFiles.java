package org.taizhang.exchange;

import static org.taizhang.exchange.RawXlsx.is;
import static org.taizhang.exchange.RawXlsx.row;
import static org.taizhang.exchange.RawXlsx.sheetXml;
import static org.taizhang.exchange.TestWorkbook.formula;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.taizhang.cli.ImportBench;
import org.taizhang.exchange.read.CellRef;

/**
 * Makes the broken, disguised and hostile files of the hostile corpus, each in a given folder
 * under a given name. The reader tests, the import tests and the corpus runner all build their
 * files here, so that what is documented is what is tested.
 */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** A header and two tasks, as a sheet's rows of inline strings. */
    public static String[] twoTasks() {
        return RawXlsx.table(
                new String[] {"序号", "改革任务", "牵头单位"},
                new String[] {"1", "任务一", "市财政局"},
                new String[] {"2", "任务二", "市税务局"});
    }

    public static Path goodXlsx(Path file) {
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks())).save(file);
    }

    private static TestWorkbook oneTask(TestWorkbook wb) {
        return wb.sheet("Sheet1").row("序号", "改革任务", "牵头单位").row("1", "任务一", "市财政局");
    }

    // ---- broken zips ----

    public static Path truncatedXlsx(Path file) {
        return halve(oneTask(TestWorkbook.xlsx()).save(file));
    }

    public static Path xlsxWithCorruptSheetEntry(Path file) {
        Path written = RawXlsx.write(file, RawXlsx.workbook()
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(longTable(2000))).parts());
        byte[] bytes = read(written);
        int at = indexOf(bytes, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII)) + 200;
        for (int i = at; i < at + 64; i++) {
            bytes[i] ^= 0x5A; // inside the sheet entry's deflated data
        }
        return write(file, bytes);
    }

    public static Path xlsxWithCorruptContentTypes(Path file) {
        byte[] bytes = read(goodXlsx(file));
        int at = indexOf(bytes, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII)) + 19;
        for (int i = at; i < at + 40; i++) {
            bytes[i] ^= 0x5A;
        }
        return write(file, bytes);
    }

    public static Path zipOfSomethingElse(Path file) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("照片/1.txt", "不是表格".getBytes(StandardCharsets.UTF_8));
        return RawXlsx.write(file, parts);
    }

    // ---- zip bombs and XML bombs ----

    /**
     * Writes the parts, the one named {@code bomb} as its XML with {@code megabytes} of spaces spliced
     * in where {@code at} stands: it deflates to a few hundred kilobytes, streamed so the writer holds little.
     */
    public static Path withBomb(Path file, Map<String, byte[]> parts, String bomb, String at, int megabytes) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static Path sheetBomb(Path file) {
        return withBomb(file, RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks()))
                .parts(), "xl/worksheets/sheet1.xml", "</sheetData>", 200);
    }

    public static Path sharedStringsBomb(Path file) {
        return withBomb(file, withSharedStrings().parts(), "xl/sharedStrings.xml", "</t>", 100);
    }

    private static RawXlsx withSharedStrings() {
        return RawXlsx.workbook().sharedStrings("<t>序号</t>")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks()));
    }

    /** Nine levels of ten: "&lol9;" stands for a billion "lol"s. */
    public static final String LAUGHS = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
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
    public static String withDoctype(String xml, String doctype) {
        int end = xml.indexOf("?>") + 2;
        return xml.substring(0, end) + doctype + xml.substring(end);
    }

    public static Path laughsInTheSheet(Path file) {
        String sheet = withDoctype(sheetXml(twoTasks()), LAUGHS).replace("任务一", "&lol9;");
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet).save(file);
    }

    /** The parts whose XML is read before any sheet: each may carry the laughs. */
    public static final String[] PACKAGE_PARTS = {"xl/workbook.xml", "xl/sharedStrings.xml", "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels"};

    /** The billion laughs in one package part: in a string, or in an attribute of its first element. */
    public static Path laughsIn(String part, Path file) {
        Map<String, byte[]> parts = new LinkedHashMap<>(withSharedStrings().parts());
        String laughing = withDoctype(new String(parts.get(part), StandardCharsets.UTF_8), LAUGHS);
        laughing = part.equals("xl/sharedStrings.xml") ? laughing.replace("序号", "&lol9;")
                : laughing.replaceFirst("(<[A-Za-z]+ )", "$1a=\"&lol9;\" ");
        parts.put(part, laughing.getBytes(StandardCharsets.UTF_8));
        return RawXlsx.write(file, parts);
    }

    /** A sheet whose task names an external entity: the file beside the workbook named "secret.txt". */
    public static Path externalEntity(Path file) {
        Path secret = write(file.resolveSibling("secret.txt"), "机密内容".getBytes(StandardCharsets.UTF_8));
        String sheet = withDoctype(sheetXml(twoTasks()), "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("任务一", "&xxe;");
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet).save(file);
    }

    // ---- sizes ----

    /** A header and a million numbered rows, streamed out by SXSSF. */
    public static Path millionRows(Path file) {
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
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A department's return of {@code n} rows, as the import benchmark writes it. */
    public static Path manyRows(Path file, int n) {
        try {
            ImportBench.write(file, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Excel's whole width: 序号 in A, 改革任务 in B, 备注 in XFD, filler between, one task. */
    public static Path sixteenThousandColumns(Path file) {
        StringBuilder header = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (int c = 0; c < 16_384; c++) {
            String ref = CellRef.column(c);
            String title = switch (c) {
                case 0 -> "序号";
                case 1 -> "改革任务";
                case 16_383 -> "备注";
                default -> "列" + c;
            };
            header.append(is(ref + "1", title));
            data.append(c == 0 ? "<c r=\"A2\"><v>1</v></c>"
                    : is(ref + "2", c == 1 ? "任务一" : c == 16_383 ? "最后一列" : "x" + c));
        }
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml",
                sheetXml(row(1, header.toString()), row(2, data.toString()))).save(file);
    }

    /** The widest .xls: 256 columns, 序号 first, 备注 last. */
    public static Path twoHundredFiftySixColumns(Path file) {
        Object[] header = new Object[256];
        Object[] data = new Object[256];
        for (int c = 0; c < 256; c++) {
            header[c] = c == 0 ? "序号" : c == 1 ? "改革任务" : c == 255 ? "备注" : "列" + c;
            data[c] = c == 0 ? "1" : c == 1 ? "任务一" : c == 255 ? "最后一列" : "x" + c;
        }
        return TestWorkbook.xls().sheet("Sheet1").row(header).row(data).save(file);
    }

    /** Cells at ZZZZZ1 and XFE9, a hidden col range to column two billion, merges to the sheet's corner. */
    public static Path beyondTheGrid(Path file) {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\">"
                + "<cols><col min=\"4\" max=\"2000000000\" hidden=\"1\"/></cols><sheetData>"
                + String.join("", twoTasks()).replace("</row>", is("ZZZZZ1", "远处") + is("XFE9", "更远") + "</row>")
                + "</sheetData><mergeCells><mergeCell ref=\"C2:C1048576\"/><mergeCell ref=\"A1:XFD1048576\"/>"
                + "</mergeCells></worksheet>";
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet).save(file);
    }

    /** {@code n} tasks, each row's 牵头单位 merged down to the sheet's last row (Excel allows no such overlap). */
    public static Path overlappingMerges(Path file, int n) {
        StringBuilder rows = new StringBuilder(RawXlsx.table(new String[] {"序号", "改革任务", "牵头单位"})[0]);
        StringBuilder merges = new StringBuilder();
        for (int r = 2; r <= n + 1; r++) {
            rows.append(row(r, "<c r=\"A" + r + "\"><v>" + (r - 1) + "</v></c>" + is("B" + r, "任务" + r)
                    + (r == 2 ? is("C2", "市财政局") : "")));
            merges.append("<mergeCell ref=\"C").append(r).append(":C1048576\"/>");
        }
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\"><sheetData>"
                + rows + "</sheetData><mergeCells>" + merges + "</mergeCells></worksheet>";
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet).save(file);
    }

    public static Path rowNumberThatIsNoNumber(Path file) {
        String sheet = sheetXml(twoTasks()).replace("<row r=\"2\">", "<row r=\"二\">");
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet).save(file);
    }

    private static final String[] PHRASES = {"召开专题推进会", "完成实施方案起草", "征求相关部门意见", "开展试点工作",
        "形成可复制经验", "梳理问题清单", "推动政策落地", "加强督促检查", "完善配套制度", "建立工作台账", "组织业务培训",
        "印发指导意见", "；", "，", "。"};

    /**
     * Chinese text of exactly {@code length} characters, as a long 进展情况 is written: phrases in a
     * random order with numbers between (always the same, and each shorter one the start of the
     * longer). Text repeating one sentence would deflate more than 100:1, which POI's inflate-ratio
     * guard takes for a zip bomb.
     */
    public static String text(int length) {
        Random random = new Random(32_767);
        StringBuilder b = new StringBuilder(length + 16);
        while (b.length() < length) {
            b.append(PHRASES[random.nextInt(PHRASES.length)]).append(random.nextInt(1000));
        }
        return b.substring(0, length);
    }

    /** 进展情况 of 32,767 characters (Excel's most) in row 2, of 32,768 in row 3, in an .xlsx. */
    public static Path longestCellsXlsx(Path file) {
        return RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(RawXlsx.table(
                new String[] {"序号", "改革任务", "进展情况"},
                new String[] {"1", "任务一", text(32_767)},
                new String[] {"2", "任务二", text(32_768)},
                new String[] {"3", "任务三", "正常"}))).save(file);
    }

    /** 进展情况 of 32,767 characters in an .xls (its format holds no more). */
    public static Path longestCellXls(Path file) {
        return TestWorkbook.xls().sheet("Sheet1").row("序号", "改革任务", "进展情况").row("1", "任务一", text(32_767))
                .row("2", "任务二", "正常").save(file);
    }

    // ---- formulas ----

    /**
     * Formulas as Excel writes them by hand: a text formula, a shared formula and its children, an
     * array formula, a formula never computed (no value), and error values in a mapped column, both
     * as an error cell and as a shared formula's cached result.
     */
    public static Path formulasXlsx(Path file) {
        return RawXlsx.workbook().sharedStrings("<t>任务一</t>")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(
                        RawXlsx.table(new String[] {"序号", "改革任务", "进展情况", "状态", "完成值", "目标值"})[0],
                        row(2, "<c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>0</v></c>"
                                + "<c r=\"D2\" t=\"str\"><f>IF(E2&gt;=F2,\"已完成\",\"推进中\")</f><v>推进中</v></c>"
                                + "<c r=\"E2\"><f t=\"shared\" ref=\"E2:E5\" si=\"0\">F2*0.5</f><v>50</v></c>"
                                + "<c r=\"F2\"><v>100</v></c>"),
                        row(3, "<c r=\"A3\"><v>2</v></c>" + is("B3", "任务二")
                                + "<c r=\"E3\"><f t=\"shared\" si=\"0\"/><v>30</v></c><c r=\"F3\"><v>60</v></c>"),
                        row(4, "<c r=\"A4\"><v>3</v></c>" + is("B4", "任务三")
                                + "<c r=\"C4\" t=\"e\"><f>VLOOKUP(A4,Sheet2!A:B,2,FALSE)</f><v>#N/A</v></c>"),
                        row(5, "<c r=\"A5\"><v>4</v></c>" + is("B5", "任务四")
                                + "<c r=\"E5\" t=\"e\"><f t=\"shared\" si=\"0\"/><v>#DIV/0!</v></c>"),
                        row(6, "<c r=\"A6\"><v>5</v></c>" + is("B6", "任务五")
                                + "<c r=\"E6\"><f>SUM(F6:F6)</f></c><c r=\"F6\"><v>8</v></c>"),
                        row(7, "<c r=\"A7\"><v>6</v></c>" + is("B7", "任务六")
                                + "<c r=\"E7\"><f t=\"array\" ref=\"E7\">SUM(F7:F7*1)</f><v>7</v></c>"
                                + "<c r=\"F7\"><v>7</v></c>")))
                .save(file);
    }

    /** Formulas in an .xls with their cached values, and error cells in mapped columns. */
    public static Path formulasXls(Path file) {
        return TestWorkbook.xls().sheet("Sheet1").row("序号", "改革任务", "完成时限", "进展情况", "状态", "完成值")
                .row("1", "数值公式", null, formula("\"已\"&\"启动\"", "已启动"),
                        formula("IF(F2>=100,\"已完成\",\"推进中\")", "推进中"), formula("SUM(80,15)", 95))
                .row("2", "查找失败", null, formula("VLOOKUP(A3,Sheet2!A:B,2,FALSE)", FormulaError.NA), "推进中")
                .row("3", "引用失效", FormulaError.REF, null, "推进中")
                .row("4", "除以零", null, null, "推进中", formula("1/0", FormulaError.DIV0))
                .save(file);
    }

    // ---- passwords ----

    public static Path encryptedXlsx(Path file) {
        byte[] plain = read(goodXlsx(file));
        try {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mima123");
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                try (OutputStream os = encryptor.getDataStream(fs)) {
                    os.write(plain);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    fs.writeFilesystem(out);
                }
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** An .xls encrypted with this password (Excel uses VelvetSweatshop for one only write-protected). */
    public static Path encryptedXls(Path file, String password) {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return TestWorkbook.xls().sheet("Sheet1").row("序号", "改革任务", "牵头单位").row("1", "任务一", "市财政局")
                    .row("2", "任务二", "市税务局").save(file);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    public static Path protectedBook(Path file, String format) {
        return Corpus.book(format).sheet("Sheet1").row("序号", "改革任务", "牵头单位")
                .row("1", "任务一", "市财政局").row("2", "任务二", "市税务局").protect("mima123").save(file);
    }

    // ---- files dressed as workbooks ----

    /** Excel's "网页" save: HTML in GB2312 with Office's namespaces. */
    public static Path excelWebPage(Path file) {
        String html = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                + "xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
                + "<head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body>"
                + "<table><tr><td>序号</td><td>改革任务</td></tr></table></body></html>";
        return write(file, html.getBytes(Charset.forName("GBK")));
    }

    public static Path html5Page(Path file) {
        return write(file, "\uFEFF\n  <!DOCTYPE html><html><body><table><tr><td>序号</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
    }

    /** What web systems export as .xls: a bare table. */
    public static Path bareHtmlTable(Path file) {
        return write(file, "<meta charset=\"utf-8\"><table border=\"1\"><tr><th>序号</th><th>改革任务</th></tr></table>"
                .getBytes(StandardCharsets.UTF_8));
    }

    public static Path utf16WebPage(Path file) {
        return write(file, bom16("<html><body><table><tr><td>序号</td></tr></table></body></html>"));
    }

    public static Path xmlSpreadsheet(Path file) {
        String xml = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Sheet1\"><Table>"
                + "<Row><Cell><Data ss:Type=\"String\">序号</Data></Cell></Row></Table></Worksheet></Workbook>";
        return write(file, xml.getBytes(StandardCharsets.UTF_8));
    }

    public static final String CSV = "序号,改革任务,牵头单位,完成时限\r\n1,推进DRG支付方式改革,市医保局,2023年12月底前\r\n";

    public static Path csv(Path file, Charset charset, boolean byteOrderMark) {
        return write(file, ((byteOrderMark ? "\uFEFF" : "") + CSV).getBytes(charset));
    }

    /** Excel's "Unicode 文本": UTF-16LE with a byte order mark, tab-separated. */
    public static Path unicodeText(Path file) {
        return write(file, bom16(CSV.replace(',', '\t')));
    }

    public static byte[] bom16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    public static Path png(Path file) {
        return write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D',
            'R', 0, 0, 0, 1});
    }

    public static Path jpeg(Path file) {
        return write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F',
            0, 1, 1, 0});
    }

    public static Path empty(Path file) {
        return write(file, new byte[0]);
    }

    /** A printout sent back instead of the workbook: a PDF's first kilobytes are often plain text. */
    public static Path pdf(Path file) {
        String pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R]"
                + " /Count 1 >>\nendobj\n";
        return write(file, pdf.repeat(20).getBytes(StandardCharsets.US_ASCII));
    }

    /** A Word document (.docx): OOXML, but no workbook inside. */
    public static Path wordDocument(Path file) {
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
        return RawXlsx.write(file, parts);
    }

    /** An old Word document (.doc): OLE2, but no Workbook stream. */
    public static Path oldWordDocument(Path file) {
        return ole2(file, "WordDocument", new byte[4096]);
    }

    /** Excel 95 (BIFF5): a Book stream whose BOF says version 0x0500. */
    public static Path excel95(Path file) {
        ByteArrayOutputStream bof = new ByteArrayOutputStream();
        // BIFF5 BOF: record 0x0809, 8 bytes: version 0x0500, workbook globals 0x0005, build, year; then EOF.
        bof.writeBytes(new byte[] {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, (byte) 0xC1, 0x07});
        bof.writeBytes(new byte[] {0x0A, 0x00, 0x00, 0x00});
        return ole2(file, "Book", Arrays.copyOf(bof.toByteArray(), 4096));
    }

    /** The OLE2 signature followed by noise: no file system behind it. */
    public static Path ole2WithoutFileSystem(Path file) {
        byte[] head = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1}, 600);
        Arrays.fill(head, 8, 600, (byte) 0x7F);
        return write(file, head);
    }

    public static Path truncatedXls(Path file) {
        return halve(oneTask(TestWorkbook.xls()).save(file));
    }

    /**
     * A Workbook stream of noise, with a BIFF8 BOF record and a record claiming to be 60,000 bytes
     * long first, as a real stream starts ({@code withBof}), or noise from its first byte.
     */
    public static Path garbageWorkbookStream(Path file, boolean withBof) {
        Random random = new Random(7);
        byte[] garbage = new byte[64 * 1024];
        random.nextBytes(garbage);
        if (withBof) {
            byte[] start = {0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0x00, 0x00, (byte) 0xC1, 0x07, 0, 0, 0, 0, 0,
                0, 0, 0, 0x5C, 0x00, 0x60, (byte) 0xEA};
            System.arraycopy(start, 0, garbage, 0, start.length);
        } else {
            random.nextBytes(garbage);
        }
        return ole2(file, "Workbook", garbage);
    }

    public static Path xlsb(Path file) {
        return RawXlsx.workbook().workbookContentType("application/vnd.ms-excel.sheet.binary.macroEnabled.main")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks())).save(file);
    }

    public static Path headerlessXlsx(Path file) {
        return TestWorkbook.xlsx().sheet("Sheet1").row("这不是台账").row("1", "2", "3").save(file);
    }

    /** An .xls with no sheet at all (found by fuzzing: it failed with IndexOutOfBoundsException). */
    public static Path xlsWithoutSheets(Path file) {
        return TestWorkbook.xls().save(file);
    }

    public static Path emptySheetXls(Path file) {
        return TestWorkbook.xls().sheet("Sheet1").save(file);
    }

    // ---- helpers ----

    public static String[] longTable(int rows) {
        String[][] table = new String[rows][];
        table[0] = new String[] {"序号", "改革任务", "牵头单位"};
        for (int r = 1; r < rows; r++) {
            table[r] = new String[] {String.valueOf(r), "任务" + r, "单位" + (r * 7919 % 1000)};
        }
        return RawXlsx.table(table);
    }

    private static Path ole2(Path file, String stream, byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            fs.writeFilesystem(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path halve(Path file) {
        byte[] whole = read(file);
        return write(file, Arrays.copyOf(whole, whole.length / 2));
    }

    static int indexOf(byte[] bytes, byte[] wanted) {
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

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
