package org.taizhang.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.testing.Needs.need;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.request.RequestList;
import org.taizhang.testing.MeetingRequests;
import org.taizhang.testing.TestLedger;

/**
 * The committee's 动态调整清单, written from a real ledger the week before its meeting and read back:
 * the workbook's cells and paper, the Word document's paragraphs, table, fonts, page and footer,
 * and the document as LibreOffice lays it out.
 */
class RequestListExportTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 4, 25);

    @RegisterExtension
    TestLedger ledger = TestLedger.empty("北疆市2024年全面深化改革任务台账", 2024).at("2024-03-01T02:00:00Z");
    LedgerService service;
    MeetingRequests meeting;

    @BeforeEach
    void meeting() {
        service = ledger.service();
        meeting = MeetingRequests.in(ledger);
    }

    private RequestListContent newest() {
        return RequestListContent.of(service, RequestList.of(service.requestEvents(), null), TODAY);
    }

    /** Every row of the list: its eight cells. */
    private static List<List<String>> rows(RequestListContent c) {
        return c.sections().stream().flatMap(s -> s.rows().stream()).map(RequestListContent.Row::cells).toList();
    }

    private static List<String> rowOf(RequestListContent c, String task) {
        return rows(c).stream().filter(r -> r.get(1).contains(task)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + task));
    }

    @Test
    void theNewestListHoldsItsRequestsGroupedByTypeInTheOfficesWords() {
        RequestListContent c = newest();
        assertEquals(MeetingRequests.FOURTH, c.meeting(), "the newest list awaiting its meeting");
        assertEquals("改革任务动态调整清单", c.title());
        assertEquals(8, c.count(), "the withdrawn request is off the list, the unlisted one not on it");
        assertEquals(List.of("一、申请调整时限的任务（2项）", "二、申请调整牵头单位的任务（1项）", "三、申请调整表述的任务（1项）",
                "四、申请取消的任务（1项）", "五、申请合并的任务（1项）", "六、申请拆分的任务（1项）",
                "七、申请新增的任务（1项）"),
                c.sections().stream().map(RequestListContent.Section::heading).toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), rows(c).stream().map(r -> r.get(0)).toList(),
                "one 序号 through the whole list");
        assertEquals("1. 深化国有企业改革，完成市属国有企业战略性重组", rows(c).get(0).get(1), "the ledger's order within a type");

        List<String> drg = rowOf(c, "DRG");
        assertEquals(List.of("2", "6. 推进DRG/DIP支付方式改革全覆盖", "市医保局", "调整时限", "6月底前", "9月底前"), drg.subList(0, 6));
        assertTrue(drg.get(6).startsWith("国家医保局DRG/DIP 2.0版分组方案"), drg.get(6));
        assertEquals("拟同意\n理由属实，国家分组方案调整属客观原因，拟同意延至9月底前", drg.get(7));
        assertTrue(rowOf(c, "国有企业").get(7).startsWith("拟不同意\n"));

        List<String> gep = rowOf(c, "GEP");
        assertEquals("市发展改革委", gep.get(4));
        assertEquals("东风旗、市发展改革委", gep.get(5));
        assertTrue(gep.get(6).startsWith("东风旗提出："), "a unit that does not lead the task is named: " + gep.get(6));

        List<String> wording = rowOf(c, "信用修复");
        assertEquals("改革任务：建立企业信用修复“一网通办”机制\n具体举措：无", wording.get(4));
        assertEquals("改革任务：建立企业信用修复“一网通办、一次办好”机制\n具体举措：实现信用修复申请、审核、结果共享全流程网上办理",
                wording.get(5));
        assertEquals("拟同意", wording.get(7), "an opinion that only says 拟同意 is not said twice");

        List<String> cancel = rowOf(c, "融资担保");
        assertEquals("状态：推进中", cancel.get(4));
        assertEquals("取消该项任务", cancel.get(5));
        assertEquals("并入第4项 开展营商环境对标提升行动", rowOf(c, "社会信用体系").get(5));

        assertEquals("拆分为以下2项：\n(1)推进政务服务事项标准化\n(2)推行“一件事一次办”", rowOf(c, "放管服").get(5));

        List<String> add = rowOf(c, "公共数据授权运营");
        assertEquals(List.of("8", "11. 推进公共数据授权运营试点", "市数据局", "新增", "—"), add.subList(0, 5));
        assertEquals("新增该项任务\n改革领域：经济体制改革\n具体举措：制定公共数据授权运营管理办法，选取交通、医疗2个领域开展授权运营\n"
                + "配合单位：市网信办、市发展改革委\n完成时限：11月底前\n成果形式：管理办法、试点方案", add.get(5));

        assertEquals("台账：北疆市2024年全面深化改革任务台账　　共 8 项　　2024年4月25日", c.line());
        assertEquals("校验码 " + service.checkCode().text(), c.checkCode());
    }

    @Test
    void aDecidedListReadsAsTheCommitteeReadItBeforeTheLedgerChanged() {
        RequestListContent c = RequestListContent.of(service, RequestList.of(service.requestEvents(), "第三次"), TODAY);
        assertEquals(MeetingRequests.THIRD, c.meeting(), "a part of the name that only one list has");
        assertEquals("年底前", service.task(meeting.tasks.get("2.")).orElseThrow().deadline().text(), "applied");
        assertEquals(List.of("1", "2. 推进要素市场化配置综合改革试点", "市发展改革委", "调整时限", "6月底前", "年底前"),
                rows(c).get(0).subList(0, 6), "原内容 as it was before the decision applied it");
    }

    @Test
    void allOpenRequestsIncludeTheReviewedOnesOnNoList() {
        RequestListContent c = RequestListContent.of(service, RequestList.open(service.requestEvents()), TODAY);
        assertEquals(9, c.count());
        assertEquals("各单位调整申请（待审议）", c.meeting());
        assertEquals("市医保局、市民政局", rowOf(c, "长期护理").get(2));
    }

    @Test
    void nothingToListIsRefusedInWords() {
        var events = service.requestEvents();
        LedgerException unknown = assertThrows(LedgerException.class, () -> RequestList.of(events, "第九次会议"));
        assertEquals("requestList.noSuchList", unknown.key());
        assertTrue(unknown.getMessage().contains(MeetingRequests.FOURTH), unknown.getMessage());
        assertEquals("requestList.ambiguous", assertThrows(LedgerException.class,
                () -> RequestList.of(events, "全面深化改革委员会")).key());
        assertEquals("requestList.nothingListed", assertThrows(LedgerException.class,
                () -> RequestList.newest(events.subList(0, 4))).key(), "the third meeting's list decided, no other yet");
        assertEquals("requestList.nothingOpen", assertThrows(LedgerException.class,
                () -> RequestList.open(List.of())).key());
        assertEquals("requestList.badFormat", assertThrows(LedgerException.class,
                () -> newest().write(ledger.dir().resolve("清单.pdf"), false)).key());
        assertFalse(Files.exists(ledger.dir().resolve("清单.pdf")));
        LedgerException english = assertThrows(LedgerException.class, () -> RequestList.open(List.of()));
        assertTrue(english.getMessage(java.util.Locale.ENGLISH).startsWith("No request awaits review"));
    }

    private static String text(Row row, int column) {
        Cell c = row == null ? null : row.getCell(column);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    @Test
    void theWorkbookIsTheOfficesTable() throws Exception {
        for (String name : List.of("清单.xlsx", "清单.xls")) {
            Path file = ledger.dir().resolve(name);
            newest().write(file, false);
            try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
                Sheet sheet = wb.getSheet("动态调整清单");
                assertEquals(MeetingRequests.FOURTH + "　改革任务动态调整清单", text(sheet.getRow(0), 0), name);
                assertTrue(text(sheet.getRow(1), 0).startsWith("台账：北疆市2024年全面深化改革任务台账"));
                List<String> header = new ArrayList<>();
                sheet.getRow(2).forEach(c -> header.add(c.getStringCellValue()));
                assertEquals(List.of("序号", "改革任务", "牵头单位", "调整类型", "原内容", "拟调整为", "申请理由", "改革办意见"), header);
                assertEquals("一、申请调整时限的任务（2项）", text(sheet.getRow(3), 0));
                assertEquals("6. 推进DRG/DIP支付方式改革全覆盖", text(sheet.getRow(5), 1));
                assertEquals("9月底前", text(sheet.getRow(5), 5));
                assertEquals(8 + 7 + 3, sheet.getLastRowNum() + 1, "title, line, header, seven groups, eight requests");
                assertTrue(sheet.getPrintSetup().getLandscape());
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                assertEquals("3:3", sheet.getRepeatingRows().formatAsString().replace("$", ""));
                assertEquals("第 &P 页 共 &N 页", sheet.getFooter().getCenter());
                assertEquals("北疆市2024年全面深化改革任务台账　校验码 " + service.checkCode().text(), sheet.getFooter().getLeft());
            }
        }
    }

    private XWPFDocument document(Path file) throws Exception {
        newest().write(file, false);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String eastAsia(XWPFRun r) {
        return r.getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }

    @Test
    void theDocumentIsAnA4LandscapeTableInTheOfficialFonts() throws Exception {
        try (XWPFDocument doc = document(ledger.dir().resolve("清单.docx"))) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertEquals(MeetingRequests.FOURTH + "\n改革任务动态调整清单", title.getText());
            assertTrue(title.getRuns().stream().allMatch(r -> "方正小标宋简体".equals(eastAsia(r))
                    && r.getFontSizeAsDouble() == 22.0), "二号小标宋");
            assertTrue(doc.getParagraphs().get(1).getText().startsWith("台账：北疆市2024年全面深化改革任务台账"));
            assertEquals("楷体_GB2312", eastAsia(doc.getParagraphs().get(1).getRuns().get(0)));

            XWPFTable table = doc.getTables().get(0);
            assertEquals(1 + 7 + 8, table.getNumberOfRows(), "header, seven groups, eight requests");
            XWPFTableRow header = table.getRow(0);
            assertTrue(header.isRepeatHeader(), "the header repeats on each page");
            assertEquals(List.of("序号", "改革任务", "牵头单位", "调整类型", "原内容", "拟调整为", "申请理由", "改革办意见"),
                    header.getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals("黑体", eastAsia(header.getCell(0).getParagraphs().get(0).getRuns().get(0)));
            assertEquals("一、申请调整时限的任务（2项）", table.getRow(1).getCell(0).getText());
            assertEquals(1, table.getRow(1).getTableCells().size(), "a group's heading spans the table");
            XWPFTableRow drg = table.getRow(3);
            assertEquals("6. 推进DRG/DIP支付方式改革全覆盖", drg.getCell(1).getText());
            assertEquals("9月底前", drg.getCell(5).getText());
            assertEquals(List.of("拟同意", "理由属实，国家分组方案调整属客观原因，拟同意延至9月底前"),
                    drg.getCell(7).getParagraphs().stream().map(XWPFParagraph::getText).toList(), "a line a paragraph");
            XWPFRun body = drg.getCell(6).getParagraphs().get(0).getRuns().get(0);
            assertEquals("宋体", eastAsia(body));
            assertEquals("Times New Roman", body.getFontFamily(XWPFRun.FontCharRange.ascii));
            assertEquals(10.5, body.getFontSizeAsDouble());

            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(List.of(16838L, 11906L), List.of(((java.math.BigInteger) size.getW()).longValue(),
                    ((java.math.BigInteger) size.getH()).longValue()), "A4 landscape, in twips");
            assertEquals(STPageOrientation.LANDSCAPE, size.getOrient());
            CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(List.of(1134L, 1134L, 1134L, 1134L), List.of(((java.math.BigInteger) mar.getTop()).longValue(),
                    ((java.math.BigInteger) mar.getRight()).longValue(), ((java.math.BigInteger) mar.getBottom()).longValue(),
                    ((java.math.BigInteger) mar.getLeft()).longValue()));

            String footer = doc.getFooterArray(0)._getHdrFtr().xmlText();
            assertTrue(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "), "page numbers are fields: " + footer);
            assertTrue(doc.getFooterArray(0).getText().contains("校验码 " + service.checkCode().text()));
            assertTrue(doc.getFooterArray(0).getText().contains("第 1 页 共 1 页"), doc.getFooterArray(0).getText());

            String fonts = new String(doc.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper
                    .createPartName("/word/fontTable.xml")).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(fonts.contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>"), "Word's fallback: " + fonts);
        }
    }

    /** A cell's runs with text, as "[-removed-]" (struck, red) and "{+added+}" (underlined, green). */
    private static String marked(org.apache.poi.xwpf.usermodel.XWPFTableCell cell) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (b.length() > 0) {
                b.append("\n");
            }
            for (XWPFRun r : p.getRuns()) {
                String t = r.text();
                if (t.isEmpty()) {
                    continue;
                }
                boolean struck = r.isStrikeThrough();
                boolean underlined = r.getUnderline() == org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE;
                if (struck) {
                    assertEquals(DiffLook.REMOVED_RGB, r.getColor(), t);
                    b.append("[-").append(t).append("-]");
                } else if (underlined) {
                    assertEquals(DiffLook.ADDED_RGB, r.getColor(), t);
                    b.append("{+").append(t).append("+}");
                } else {
                    assertEquals(null, r.getColor(), t);
                    b.append(t);
                }
            }
        }
        return b.toString();
    }

    @Test
    void theDocumentMarksWhatEachRequestWouldChange() throws Exception {
        try (XWPFDocument doc = document(ledger.dir().resolve("清单.docx"))) {
            XWPFTable table = doc.getTables().get(0);
            XWPFTableRow drg = table.getRow(3);
            assertEquals("[-6-]月底前", marked(drg.getCell(4)), "the month struck through in 原内容");
            assertEquals("{+9+}月底前", marked(drg.getCell(5)), "and the new one underlined in 拟调整为");
            XWPFTableRow gep = null;
            XWPFTableRow wording = null;
            XWPFTableRow cancel = null;
            for (XWPFTableRow row : table.getRows()) {
                String task = row.getCell(1) == null ? "" : row.getCell(1).getText();
                gep = task.contains("GEP") ? row : gep;
                wording = task.contains("信用修复") ? row : wording;
                cancel = task.contains("融资担保") ? row : cancel;
            }
            assertEquals("市发展改革委", marked(gep.getCell(4)), "a unit kept is not marked");
            assertEquals("{+东风旗+}、市发展改革委", marked(gep.getCell(5)), "units compare as a list");
            assertEquals("改革任务：建立企业信用修复“一网通办”机制\n具体举措：[-无-]", marked(wording.getCell(4)));
            assertEquals("改革任务：建立企业信用修复“一网通办{+、一次办好+}”机制\n具体举措：{+实现信用修复申请、审核、结果共享全流程网上办理+}",
                    marked(wording.getCell(5)), "a line a paragraph, the added words underlined");
            assertEquals("取消该项任务", marked(cancel.getCell(5)), "a cancellation is said, not compared");
            assertEquals("宋体", eastAsia(drg.getCell(5).getParagraphs().get(0).getRuns().stream()
                    .filter(r -> !r.text().isEmpty()).findFirst().orElseThrow()), "marked runs keep the table's face");
        }
    }

    @Test
    void theWorkbookMarksWhatEachRequestWouldChangeInRichText() throws Exception {
        for (String name : List.of("清单.xlsx", "清单.xls")) {
            Path file = ledger.dir().resolve(name);
            newest().write(file, false);
            try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
                Cell before = wb.getSheet("动态调整清单").getRow(5).getCell(4);
                Cell after = wb.getSheet("动态调整清单").getRow(5).getCell(5);
                assertEquals("6月底前", before.getStringCellValue(), name);
                assertEquals("[-6-]月底前", org.taizhang.testing.RichText.marks(wb, before.getRichStringCellValue()), name);
                assertEquals("{+9+}月底前", org.taizhang.testing.RichText.marks(wb, after.getRichStringCellValue()), name);
            }
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        Path file = ledger.dir().resolve("清单.docx");
        newest().write(file, false);
        assertEquals("export.exists", assertThrows(LedgerException.class, () -> newest().write(file, false)).key());
        newest().write(file, true);
    }

    /**
     * A fontconfig file that lets the Song and Kai faces Debian has (AR PL UMing, UKai; where
     * installed) stand in for 宋体, 小标宋, 楷体 and 仿宋, as the office's own faces would: without it
     * every face falls to one sans-serif, and the page looks nothing like the paper.
     */
    private Path songFaces() throws java.io.IOException {
        StringBuilder conf = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig><include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>");
        for (String[] alias : new String[][] {{"方正小标宋简体", "AR PL UMing CN"}, {"宋体", "AR PL UMing CN"},
                {"楷体_GB2312", "AR PL UKai CN"}, {"仿宋_GB2312", "AR PL UKai CN"}, {"黑体", "WenQuanYi Micro Hei"}}) {
            conf.append("<alias binding=\"same\"><family>").append(alias[0]).append("</family><prefer><family>")
                    .append(alias[1]).append("</family></prefer></alias>");
        }
        return Files.writeString(ledger.dir().resolve("fonts.conf"), conf.append("</fontconfig>\n"));
    }

    /**
     * LibreOffice lays the document out as Word would: every request on paper, the header on each
     * page, "第 X 页 共 Y 页" counted. The PDF and its first page as a PNG stay in
     * target/request-list for a person to look at.
     */
    @Test
    void libreOfficeLaysItOutWithEveryRowAndThePageNumbers() throws Exception {
        need(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice (soffice)");
        Path out = Files.createDirectories(Path.of("target", "request-list").toAbsolutePath());
        Path docx = out.resolve("request-list.docx");
        newest().write(docx, true);
        newest().write(out.resolve("request-list.xlsx"), true);
        Files.deleteIfExists(out.resolve("request-list.pdf"));
        ProcessBuilder convert = new ProcessBuilder("/usr/bin/soffice", "--headless",
                "-env:UserInstallation=file://" + ledger.dir().resolve("lo"), "--convert-to", "pdf", "--outdir",
                out.toString(), docx.toString()).redirectErrorStream(true);
        convert.environment().put("FONTCONFIG_FILE", songFaces().toString());
        Process p = convert.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), log);
        Path pdf = out.resolve("request-list.pdf");
        need(Files.exists(pdf), "LibreOffice Writer (libreoffice-writer-nogui): " + log);
        Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
        String pages = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.waitFor(60, TimeUnit.SECONDS));
        String flat = pages.replaceAll("\\s", "");
        int count = pages.split("\f", -1).length - 1;
        assertTrue(flat.contains("改革任务动态调整清单") && flat.contains(MeetingRequests.FOURTH), flat);
        for (String task : List.of("DRG/DIP", "取消该项任务", "并入第4项", "新增该项任务", "拟不同意")) {
            assertTrue(flat.contains(task), "on paper: " + task);
        }
        assertTrue(flat.contains("第1页共" + count + "页") && flat.contains("第" + count + "页共" + count + "页"),
                "the page numbers count the pages: " + count);
        assertTrue(flat.split("改革办意见", -1).length - 1 >= count, "the header on every page");
        assertTrue(flat.contains("校验码" + service.checkCode().text()));
        new ProcessBuilder("pdftoppm", "-png", "-r", "60", pdf.toString(), out.resolve("page").toString())
                .redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
    }
}
