package org.taizhang.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.core.task.UnitList;
import org.taizhang.exchange.Progress;
import org.taizhang.report.LedgerPrint;
import org.taizhang.report.layout.LedgerLayout;
import org.taizhang.report.layout.Marks;
import org.taizhang.store.OpenLedger;

/**
 * The printed ledger (打印台账) written as a PDF and read back with PDFBox, page by page: landscape
 * A4, the header on every page, the right page count in every footer, only the columns chosen, the
 * filter applied, measures indented, and a cell longer than a page carried over, never cut.
 */
class LedgerPrintPdfTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2024, 1, 10);
    static ReportFont font;
    @TempDir
    static Path shared;
    static List<Task> tasks;
    static LedgerService service;
    static OpenLedger ledger;
    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        font = ReportFont.find(null); // .ci/run installs fonts-wqy-microhei
        ledger = OpenLedger.createSample(shared.resolve("示例.taizhang"), SettableClock.at("2024-01-10T02:00:00Z"));
        service = ledger.service();
        tasks = service.tasks();
    }

    @AfterAll
    static void close() {
        ledger.close();
        font.close();
    }

    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    /** A page's text with the line breaks inside wrapped cells taken out. */
    private static String joined(PDDocument doc, int page) throws IOException {
        return text(doc, page, page).replace("\r", "").replace("\n", "");
    }

    private Marks.Report print(LedgerPrint.Sheet sheet, Path pdf) {
        Marks.Report report = LedgerLayout.layout(sheet, font);
        PdfPages.write(report, font, pdf, false, Progress.NONE);
        return report;
    }

    private static LedgerPrint.Sheet sheet(TaskFilter filter, List<String> columns) {
        return LedgerPrint.of(service, null, null, TODAY, filter, LedgerPrint.columns(columns),
                LedgerPrint.lines(tasks, filter, service.lightRule(), TODAY));
    }

    @Test
    void theWholeLedgerPrintsOnLandscapePagesWithItsHeaderAndPageCountOnEvery() throws IOException {
        Path pdf = dir.resolve("台账.pdf");
        Marks.Report report = print(sheet(TaskFilter.NONE, LedgerPrint.DEFAULT_COLUMNS), pdf);
        String code = service.checkCode().text();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertEquals(report.pages().size(), pages);
            assertTrue(pages >= 5, "83 tasks with their progress do not fit four pages: " + pages);
            for (int p = 1; p <= pages; p++) {
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                assertEquals(841.89f, box.getWidth(), 0.5f, "A4 landscape, page " + p);
                assertEquals(595.28f, box.getHeight(), 0.5f, "A4 landscape, page " + p);
                String page = text(doc, p, p);
                for (String header : List.of("序号", "改革任务", "牵头单位", "完成时限", "序时", "状态", "进展情况")) {
                    assertTrue(page.contains(header), header + " heads page " + p);
                }
                assertTrue(page.contains("第 " + p + " 页 共 " + pages + " 页"), "footer on page " + p);
                assertTrue(page.contains("校验码 " + code), "check code on page " + p);
            }
            String first = text(doc, 1, 1);
            assertTrue(first.contains("北疆市2023年全面深化改革任务台账"), first);
            assertTrue(first.contains("制表单位：" + org.taizhang.core.notice.NoticeSettings.of(service).office()), first);
            assertTrue(first.contains("共 " + tasks.size() + " 项") && first.contains("制表日期：2024年1月10日"), first);
            assertTrue(first.contains("经济体制改革（"), "the first 领域's heading");
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                all.append(joined(doc, p));
            }
            for (Task t : tasks) {
                assertTrue(all.indexOf(t.title()) >= 0, "task " + t.number().text() + " " + t.title());
            }
            assertFalse(all.toString().contains("?"), "every character is in the font");
            assertEquals("北疆市2023年全面深化改革任务台账", doc.getDocumentInformation().getTitle());
        }
        // a measure is indented under its task in the 序号 column
        Map<String, Float> numberX = new HashMap<>();
        Marks.Page page1 = report.pages().get(0);
        for (Marks.Mark m : page1.marks()) {
            if (m instanceof Marks.Text t && (t.text().equals("1.") || t.text().equals("(1)"))) {
                numberX.putIfAbsent(t.text(), t.x());
            }
        }
        assertTrue(numberX.get("(1)") > numberX.get("1."), "measure (1) sits right of task 1.: " + numberX);
    }

    @Test
    void onlyTheChosenColumnsPrintInTheirOrder() throws IOException {
        Path pdf = dir.resolve("三列.pdf");
        Marks.Report report = print(sheet(TaskFilter.NONE, List.of("status", "title", "number")), pdf);
        List<String> bold = new ArrayList<>();
        for (Marks.Mark m : report.pages().get(0).marks()) {
            if (m instanceof Marks.Text t && t.bold()) {
                bold.add(t.text());
            }
        }
        assertEquals(List.of("状态", "改革任务", "序号"), bold.subList(1, 4), "the header after the title: " + bold);
        Task withProgress = tasks.stream().filter(t -> t.progress().length() > 10).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String all = text(doc, 1, doc.getNumberOfPages());
            assertFalse(all.contains("牵头单位") || all.contains("进展情况") || all.contains("完成时限"), "no other column");
            assertFalse(all.replace("\n", "").contains(withProgress.progress().substring(0, 10)), "no progress text");
            int whole = LedgerLayout.layout(sheet(TaskFilter.NONE, LedgerPrint.DEFAULT_COLUMNS), font).pages().size();
            assertTrue(doc.getNumberOfPages() < whole, "without the progress the rows are shorter: fewer pages");
        }
    }

    @Test
    void theFilterPrintsWhatPassesWithTheirParentsInGrey() throws IOException {
        Path pdf = dir.resolve("滞后.pdf");
        TaskFilter behind = TaskFilter.NONE.withStatuses(Set.of(Status.BEHIND));
        LedgerPrint.Sheet sheet = sheet(behind, LedgerPrint.DEFAULT_COLUMNS);
        Marks.Report report = print(sheet, pdf);
        List<Task> hits = tasks.stream().filter(t -> t.status() == Status.BEHIND).toList();
        assertEquals(7, hits.size(), "the sample's 滞后 tasks");
        assertEquals(7, sheet.matched());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String first = text(doc, 1, 1);
            assertTrue(first.contains("筛选：状态：滞后"), first);
            assertTrue(first.contains("共 7 项"), first);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                all.append(joined(doc, p));
            }
            hits.forEach(t -> assertTrue(all.indexOf(t.title()) >= 0, t.title()));
            Set<Long> parents = new java.util.HashSet<>();
            hits.forEach(t -> parents.add(t.parentId()));
            Task done = tasks.stream().filter(t -> t.status() == Status.DONE && !parents.contains(t.id())
                    && t.parentId() == null).findFirst().orElseThrow();
            assertTrue(all.indexOf(done.title()) < 0, "a task that does not pass stays off: " + done.title());
        }
        LedgerPrint.Line context = sheet.lines().stream().filter(LedgerPrint.Line::context).findFirst().orElseThrow();
        boolean grey = report.pages().stream().flatMap(p -> p.marks().stream())
                .anyMatch(m -> m instanceof Marks.Text t && t.text().equals(context.task().number().text())
                        && t.color() != 0x222222);
        assertTrue(grey, "a parent shown for its measure prints grey: " + context.task().label());
    }

    @Test
    void aCellLongerThanAPageGoesOnOverTheNextUnderTheHeaderAgain() throws IOException {
        StringBuilder progress = new StringBuilder();
        for (int i = 1; i <= 90; i++) {
            progress.append(i == 1 ? "" : "\n").append(String.format("第%03d段进展", i));
        }
        List<Task> mine = List.of(
                Task.builder().id(1).number("1.").domain("经济体制改革").year(2023).title("推进国资国企改革")
                        .leadUnits(UnitList.parse("市国资委")).deadline("年底前").status(Status.IN_PROGRESS)
                        .progress(progress.toString()).build(),
                Task.builder().id(2).number("(1)").parentId(1L).domain("经济体制改革").year(2023)
                        .title("完善国有企业法人治理结构，推动董事会应建尽建、配齐配强，落实董事会职权，健全市场化经营机制")
                        .leadUnits(UnitList.parse("市国资委")).deadline("年底前").status(Status.IN_PROGRESS).build());
        LedgerPrint.Sheet sheet = new LedgerPrint.Sheet("测试市2023年全面深化改革任务台账", "", "测试市委改革办", null, TODAY,
                LedgerPrint.columns(List.of("number", "title", "progress", "status")),
                LedgerPrint.lines(mine, TaskFilter.NONE, LightRule.DEFAULT, TODAY), "2-ABCDEF012345");
        Path pdf = dir.resolve("长.pdf");
        print(sheet, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2, "ninety lines do not fit one page");
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                String page = text(doc, p, p);
                assertTrue(page.contains("序号") && page.contains("进展情况"), "the header on page " + p);
                assertTrue(page.contains("第 " + p + " 页 共 " + pages + " 页"), "footer on page " + p);
                all.append(page);
            }
            for (int i = 1; i <= 90; i++) {
                String part = String.format("第%03d段进展", i);
                int at = all.indexOf(part);
                assertTrue(at >= 0 && all.indexOf(part, at + 1) < 0, part + " printed once");
            }
            String last = joined(doc, pages);
            assertTrue(last.contains("完善国有企业法人治理结构，推动董事会应建尽建、配齐配强，落实董事会职权，健全市场化经营机制"),
                    "a long title wraps within its cell, whole");
        }
    }
}
