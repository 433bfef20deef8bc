package org.taizhang.report.pdf;

import static org.taizhang.testing.Needs.need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.core.task.UnitList;
import org.taizhang.exchange.Progress;
import org.taizhang.report.Summary;
import org.taizhang.report.SummaryBuilder;
import org.taizhang.report.layout.Marks;
import org.taizhang.report.layout.SummaryLayout;
import org.taizhang.store.OpenLedger;

/** The committee's PDF, opened again with PDFBox and read as a clerk would search it. */
class SummaryPdfTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static ReportFont font;
    @TempDir
    Path dir;

    @BeforeAll
    static void font() {
        font = ReportFont.find(null); // .ci/run installs fonts-wqy-microhei
    }

    @AfterAll
    static void close() {
        font.close();
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    @Test
    void theSampleReportIsSearchableChineseWithEveryDomainAndTheFooter() throws IOException {
        Path pdf = dir.resolve("汇报.pdf");
        List<String> domains;
        Summary summary;
        String code;
        try (OpenLedger ledger = OpenLedger.createSample(dir.resolve("s.taizhang"),
                SettableClock.at("2024-01-10T02:00:00Z"))) {
            LedgerService service = ledger.service();
            summary = SummaryBuilder.build(service, SummaryBuilder.Request.of(LocalDate.of(2023, 12, 31),
                    LocalDate.of(2023, 10, 1)), ZONE, LocalDate.of(2024, 1, 10));
            domains = service.tasks().stream().map(Task::domain).distinct().toList();
            code = service.checkCode(LocalDate.of(2024, 1, 1).atStartOfDay(ZONE).toInstant()).text();
        }
        Marks.Report report = SummaryLayout.layout(summary, font);
        PdfPages.write(report, font, pdf, false, Progress.NONE);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertEquals(report.pages().size(), pages);
            assertTrue(pages >= 3, "figures, charts and nine sections do not fit two pages: " + pages);
            String all = text(doc, 1, pages);
            assertTrue(all.contains("北疆市2023年全面深化改革任务推进情况"), "the title, as text");
            assertTrue(all.contains("截至2023年12月31日"));
            assertEquals(8, domains.size(), "the sample's 领域");
            for (String domain : domains) {
                assertTrue(all.contains(domain), domain);
            }
            for (int p = 1; p <= pages; p++) {
                assertTrue(text(doc, p, p).contains("第 " + p + " 页 共 " + pages + " 页"), "footer on page " + p);
                assertTrue(text(doc, p, p).contains("校验码 " + code), "the check code as of 12-31 on page " + p);
            }
            assertTrue(all.contains("完成率 46.8%"), "37 of 79 done, said in the text");
            assertFalse(all.contains("?"), "every character is in the font");
            PDFont embedded = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(embedded.isEmbedded(), "the Chinese font travels with the PDF");
            assertEquals("北疆市2023年全面深化改革任务推进情况", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aLongOverdueListBreaksAcrossPagesWithItsHeaderOnEach() throws IOException {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            tasks.add(Task.builder().id(i).number(Integer.toString(i)).domain("经济体制改革").year(2023)
                    .title("第" + i + "项逾期任务：推进营商环境综合改革，完善市场准入负面清单管理")
                    .leadUnits(UnitList.parse("市发展改革委")).deadline("2023年6月底").status(Status.IN_PROGRESS)
                    .build());
        }
        Summary summary = SummaryBuilder.build(new LedgerInfo("u", "测试市2023年全面深化改革任务台账", 2023, Instant.EPOCH),
                tasks, List.of(), LightRule.DEFAULT,
                new SummaryBuilder.Request(LocalDate.of(2023, 9, 30), LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 30),
                        TaskFilter.NONE, ""), ZONE, 0);
        assertEquals(500, summary.overdue().size());
        Path pdf = dir.resolve("逾期.pdf");
        Marks.Report report = SummaryLayout.layout(summary, font);
        PdfPages.write(report, font, pdf, false, Progress.NONE);

        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // the overdue list runs from its heading (四) to the red list's (五); every task list repeats its header
            List<Integer> listPages = new ArrayList<>();
            boolean inOverdue = false;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String page = text(doc, p, p);
                inOverdue = (inOverdue || page.contains("四、逾期未完成任务（500 项）")) && !page.contains("五、红灯任务");
                if (page.contains("项逾期任务")) {
                    assertTrue(page.contains("牵头单位") && page.contains("完成时限"), "a task list's header on page " + p);
                }
                if (inOverdue) {
                    listPages.add(p);
                    assertTrue(page.contains("逾期天数"), "the overdue list's header repeats on page " + p);
                }
            }
            String all = text(doc, 1, doc.getNumberOfPages());
            for (int i = 1; i <= 500; i++) {
                assertTrue(all.contains("第" + i + "项逾期任务"), "row " + i + " is printed once at least");
            }
        }
    }

    @Test
    void aCffFontIsRefusedWithAMessageThatSaysWhy() throws IOException {
        Path otf = dir.resolve("NotoSansCJKsc-Regular.otf");
        Files.write(otf, new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
        LedgerException e = assertThrows(LedgerException.class, () -> ReportFont.open(otf));
        assertEquals("pdf.fontCff", e.key());
        assertTrue(e.getMessage().contains("NotoSansCJKsc-Regular.otf"), e.getMessage());
    }

    @Test
    void aFontWithoutChineseIsRefused() {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        need(Files.exists(dejavu), "the DejaVu font (fonts-dejavu-core)");
        LedgerException e = assertThrows(LedgerException.class, () -> ReportFont.open(dejavu));
        assertEquals("pdf.fontNoChinese", e.key());
    }

    @Test
    void aMissingNamedFontSaysWhereItLooked() {
        LedgerException e = assertThrows(LedgerException.class, () -> ReportFont.find(dir.resolve("simsun.ttc")));
        assertEquals("pdf.fontMissing", e.key());
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksNotBoxes() {
        assertEquals("台账?", font.printable("台账\uD83D\uDE00"));
        assertEquals("完成率", font.printable("完成率"));
    }
}
