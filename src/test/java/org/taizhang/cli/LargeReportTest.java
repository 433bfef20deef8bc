package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.OpenLedger;

/**
 * The report and the printed ledger of 100,000 tasks, written as PDFs by the command line within
 * the heap an office PC may give the program: run in the hostile-corpus JVM under -Xmx256m (see the
 * pom), not in the quick unit tests. Each PDF is read back: its pages, its first figures, a task,
 * and the last page's "第 n 页 共 n 页" with n the number of pages.
 */
class LargeReportTest {
    private static final int TASKS = 100_000;
    private static final SettableClock CLOCK = SettableClock.at("2023-03-01T02:00:00Z");

    @TempDir
    static Path dir;
    static Path ledger;

    /** One import of 100,000 tasks, as the report's benchmark makes them: quick to make, large to report. */
    @BeforeAll
    static void makeALedgerOf100000Tasks() {
        ledger = dir.resolve("十万项.taizhang");
        String[] domains = {"经济体制改革", "生态文明体制改革", "社会体制改革", "放管服改革", "农业农村改革"};
        String[] deadlines = {"6月底前", "年底前", "三季度末", "2023年12月31日", "长期坚持"};
        List<Task> drafts = new ArrayList<>(TASKS);
        for (int i = 0; i < TASKS; i++) {
            drafts.add(Task.builder().number((i % 1000 + 1) + ".").domain(domains[i * 5 / TASKS]).year(2023)
                    .title("第" + (i + 1) + "项：深化重点领域和关键环节改革，推进制度创新")
                    .measures("1.制定实施方案；2.开展试点；3.总结推广经验做法。")
                    .leadUnits(UnitList.parse("*市单位" + (i % 60) + "、市财政局")).partnerUnits(UnitList.parse("各旗县市区"))
                    .deadline(deadlines[i % deadlines.length]).status(Status.values()[i % 5])
                    .progress("1.已完成实施方案起草并征求意见" + i + "条。2.召开专题推进会" + (i % 7) + "次，梳理问题清单。")
                    .target("100").actual(Integer.toString(i % 101)).valueUnit("%").build());
        }
        try (OpenLedger open = OpenLedger.create(ledger, "性能测试台账", 2023, CLOCK)) {
            open.service().commit(AdjustmentType.IMPORT, Note.by("测试"), drafts);
        }
        CLOCK.set(java.time.Instant.parse("2024-01-10T02:00:00Z"));
    }

    @Test
    void theReportOf100000TasksWritesItsPdf() throws Exception {
        Path pdf = dir.resolve("报表.pdf");
        CliRun run = CliRun.of(CLOCK, "report", ledger.toString(), "--pdf", pdf.toString());
        assertEquals(0, run.code(), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1000, "the lists of 60,000 overdue tasks and more take thousands of pages: " + pages);
            String first = text(doc, 1, 12);
            assertTrue(first.contains("台账共有任务 100000 项"), first);
            assertTrue(first.contains("四、逾期未完成任务（60000 项）"), first);
            assertTrue(first.contains("第1项：深化重点领域和关键环节改革"), "a task of the overdue list");
            assertTrue(text(doc, pages, pages).contains("第 " + pages + " 页 共 " + pages + " 页"), "the last page's number");
            assertTrue(run.out().contains("（" + pages + " 页"), run.out());
        }
    }

    @Test
    void thePrintedLedgerOf100000TasksWritesItsPdf() throws Exception {
        Path pdf = dir.resolve("台账.pdf");
        CliRun run = CliRun.of(CLOCK, "print", ledger.toString(), "--pdf", pdf.toString());
        assertEquals(0, run.code(), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1000, "100,000 rows take thousands of pages: " + pages);
            String first = text(doc, 1, 1);
            assertTrue(first.contains("性能测试台账") && first.contains("第1项：深化重点领域"), first);
            String last = text(doc, pages, pages);
            assertTrue(last.contains("第 " + pages + " 页 共 " + pages + " 页"), last);
            assertTrue(last.contains("项：深化重点领域和关键环节改革"), "tasks on the last page");
        }
    }

    /**
     * The 通报 of 100,000 tasks: the overdue and the behind tasks are listed by name up to
     * {@link org.taizhang.report.Bulletin#LISTED} each (the most overdue first), the rest counted and
     * sent to the report; every figure is still the whole ledger's. Read back with POI.
     */
    @Test
    void theBulletinOf100000TasksWritesItsDocx() throws Exception {
        Path docx = dir.resolve("通报.docx");
        CliRun run = CliRun.of(CLOCK, "report", ledger.toString(), "--docx", docx.toString());
        assertEquals(0, run.code(), run.err());
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(docx);
                org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> text = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            String overdue = text.stream().filter(t -> t.startsWith("（一）部分任务逾期未完成。")).findFirst().orElseThrow();
            assertTrue(overdue.contains("逾期未完成任务60000项"), overdue);
            int listed = org.taizhang.report.Bulletin.LISTED;
            assertTrue(text.stream().anyMatch(t -> t.startsWith(listed + ".第")), "the last task listed");
            assertTrue(text.stream().noneMatch(t -> t.startsWith((listed + 1) + ".第")), "none after it");
            assertTrue(text.contains("以上按逾期天数由多到少列出前" + listed + "项，另有" + (60000 - listed)
                    + "项未逐项列出，详见同期报表。"), "the rest counted and sent to the report");
            assertTrue(doc.getParagraphs().size() < 600, "a bulletin, not the ledger: " + doc.getParagraphs().size());
        }
    }

    private static String text(PDDocument doc, int from, int to) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }
}
