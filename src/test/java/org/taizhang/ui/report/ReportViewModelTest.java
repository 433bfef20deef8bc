package org.taizhang.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.sample.SampleLedger;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.report.ReportViewModel.Slice;

/** The 报表 screen's logic without a toolkit, on the sample ledger counted at the end of 2023. */
class ReportViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2024, 1, 10);
    static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);
    @TempDir
    Path dir;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    MemoryPrefs prefs = new MemoryPrefs();
    record Shown(TaskFilter filter, LocalDate asOf) {
    }
    List<Shown> shown = new ArrayList<>();

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
    }

    private ReportViewModel vm(TaskFilter mainWindowFilter) {
        ReportViewModel vm = new ReportViewModel(ledger.service(), 2023, new ImmediateBackground(), SampleLedger.ZONE, TODAY,
                prefs, mainWindowFilter, (f, d) -> shown.add(new Shown(f, d)));
        vm.asOfProperty().set(YEAR_END);
        vm.fromProperty().set(LocalDate.of(2023, 10, 1));
        vm.toProperty().set(YEAR_END);
        return vm;
    }

    private static int count(List<Slice> slices, String label) {
        return slices.stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow().count();
    }

    @Test
    void startsAtTodayWithTheQuarterSoFarOrAtTheEndOfAPastYear() {
        LocalDate autumn = LocalDate.of(2023, 11, 20);
        ReportViewModel vm = new ReportViewModel(ledger.service(), 2023, new ImmediateBackground(), SampleLedger.ZONE, autumn,
                prefs, TaskFilter.NONE, (f, d) -> { });
        assertEquals(autumn, vm.asOfProperty().get());
        assertEquals(LocalDate.of(2023, 10, 1), vm.fromProperty().get());
        assertEquals(autumn, vm.toProperty().get());
        assertFalse(vm.hasShownFilter());

        ReportViewModel later = new ReportViewModel(ledger.service(), 2023, new ImmediateBackground(), SampleLedger.ZONE,
                TODAY, prefs, TaskFilter.NONE, (f, d) -> { });
        assertEquals(YEAR_END, later.asOfProperty().get(), "the 2023 ledger, opened in 2024, as it ended");
        assertEquals(LocalDate.of(2023, 10, 1), later.fromProperty().get());
    }

    @Test
    void theFiguresAndChartsOfTheYearEnd() {
        ReportViewModel vm = vm(TaskFilter.NONE);
        vm.refresh();
        assertEquals("", vm.messageProperty().get());
        // At the end of 31 December every unfinished 年底前 task is overdue (red), none is due soon.
        assertEquals(List.of("79", "37", "46.8%", "29.9%", "7", "30", "0"),
                vm.figures().stream().map(ReportViewModel.Figure::value).toList());
        assertEquals(List.of("在办任务", "已完成", "完成率", "按期完成率", "滞后", "逾期", "30日内到期"),
                vm.figures().stream().map(ReportViewModel.Figure::label).toList(), "滞后 beside 逾期");
        List<Slice> statuses = vm.statusSlices();
        assertEquals(37, count(statuses, "已完成"));
        assertEquals(28, count(statuses, "推进中"));
        assertEquals(7, count(statuses, "滞后"));
        assertEquals(79, statuses.stream().mapToInt(Slice::count).sum(), "the pie is the active tasks");
        assertEquals(List.of(49, 0, 30), vm.lightSlices().stream().map(Slice::count).toList());
        assertEquals(8, vm.domainBars().size());
        assertEquals(79, vm.domainBars().stream().flatMap(b -> b.parts().stream()).mapToInt(Slice::count).sum());
        assertEquals(79, vm.unitBars().stream().flatMap(b -> b.parts().stream()).mapToInt(Slice::count).sum());
        assertTrue(vm.overallText().startsWith("台账共有任务 83 项"), vm.overallText());
        assertEquals("北疆市2023年全面深化改革任务推进情况（截至2023-12-31）", vm.fileName());

        List<ReportViewModel.Rank> ranks = vm.ranking();
        assertEquals(30, ranks.size());
        assertEquals(1, ranks.get(0).byCompletion());
        assertEquals(1.0, ranks.get(0).completion());
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1).completion() >= ranks.get(i).completion(), "ranked by completion");
        }
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 30).boxed().collect(java.util.stream.Collectors.toSet()),
                ranks.stream().map(ReportViewModel.Rank::byOnTime).collect(java.util.stream.Collectors.toSet()),
                "every unit has one place by 按期完成率 too");

        assertEquals(List.of("四、逾期未完成任务（30 项）", "五、红灯任务（30 项）", "六、30日内到期任务（0 项）"),
                vm.lists().subList(0, 3).stream().map(t -> t.heading()).toList());
    }

    @Test
    void aClickShowsTheTasksBehindItOnTheReportsDate() {
        ReportViewModel vm = vm(TaskFilter.NONE);
        vm.refresh();
        Slice behind = vm.statusSlices().stream().filter(s -> s.label().equals("滞后")).findFirst().orElseThrow();
        vm.open(behind.filter());
        assertEquals(1, shown.size());
        assertEquals(Set.of(Status.BEHIND), shown.get(0).filter().statuses());
        assertEquals(YEAR_END, shown.get(0).asOf(), "the ledger as it stood on the report's date");

        ReportViewModel.Bar economy = vm.domainBars().get(0);
        vm.open(economy.parts().get(0).filter());
        assertEquals(Set.of(economy.name()), shown.get(1).filter().domains());
        assertEquals(Set.of(Status.DONE), shown.get(1).filter().statuses());

        vm.open(vm.lightSlices().get(1).filter());
        assertEquals(Set.of(Light.YELLOW), shown.get(2).filter().lights());

        ReportViewModel.Figure overdue = vm.figures().get(5);
        java.time.Instant end = YEAR_END.plusDays(1).atStartOfDay(SampleLedger.ZONE).toInstant();
        assertEquals(30, ledger.service().tasksAsOf(end).stream()
                .filter(t -> overdue.filter().matches(t, Light.NONE, t.title())).count(),
                "the overdue figure opens the 30 overdue tasks in the main window");
        assertEquals(null, vm.figures().get(3).filter(), "按期完成率 is a rate, not a set of tasks");

        ReportViewModel.Figure dueSoon = vm.figures().get(6);
        vm.open(dueSoon.filter());
        assertEquals(YEAR_END.plusDays(1), shown.get(3).filter().deadlineFrom(), "due after the report's date");
        assertEquals(LocalDate.of(2024, 1, 30), shown.get(3).filter().deadlineTo());
        assertFalse(shown.get(3).filter().statuses().contains(Status.DONE));

        vm.open(ReportViewModel.unitFilter("市民政局"));
        assertEquals(Set.of("市民政局"), shown.get(4).filter().leadUnits());
    }

    @Test
    void limitedToTheMainWindowsFilterItCountsOnlyThoseTasksAndSaysSo() {
        TaskFilter economy = TaskFilter.NONE.withDomains(Set.of("经济体制改革"));
        ReportViewModel vm = vm(economy);
        assertTrue(vm.hasShownFilter());
        vm.onlyShownProperty().set(true);
        vm.refresh();
        assertEquals(18, vm.summaryProperty().get().active());
        assertEquals(1, vm.domainBars().size());
        assertEquals("改革领域：经济体制改革", vm.summaryProperty().get().scope());
        vm.open(vm.statusSlices().get(0).filter());
        assertEquals(Set.of("经济体制改革"), shown.get(0).filter().domains(), "a click stays within the scope");
        assertEquals(Set.of(Status.DONE), shown.get(0).filter().statuses());
    }

    @Test
    void aBackwardsPeriodIsRefused() {
        ReportViewModel vm = vm(TaskFilter.NONE);
        vm.fromProperty().set(LocalDate.of(2024, 1, 1));
        assertTrue(vm.errors().of("dates").get().contains("晚于"), "said under the dates: " + vm.errors().of("dates").get());
        vm.refresh();
        assertNull(vm.summaryProperty().get());
    }

    @Test
    void thePagesAndThePdfAreTheSamePages() throws IOException {
        ReportViewModel vm = vm(TaskFilter.NONE);
        vm.refresh();
        List<Paper.Pages> laid = new ArrayList<>();
        vm.pages(laid::add);
        assertEquals(1, laid.size(), vm.messageProperty().get());
        assertTrue(laid.get(0).fontFamily().contains("WenQuanYi"), laid.get(0).fontFamily());
        Path pdf = dir.resolve("报表.pdf");
        List<Path> written = new ArrayList<>();
        vm.savePdf(pdf, written::add);
        assertEquals(List.of(pdf), written, vm.messageProperty().get());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(laid.get(0).report().pages().size(), doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains("一、总体情况"));
        }
        Path xlsx = dir.resolve("报表.xlsx");
        vm.saveWorkbook(xlsx, written::add);
        assertTrue(Files.size(xlsx) > 0);
    }

    @Test
    void anUnusableFontInTheSettingsIsNamedInTheMessage() {
        prefs.setPdfFont(dir.resolve("没有这个字体.ttf").toString());
        ReportViewModel vm = vm(TaskFilter.NONE);
        vm.refresh();
        Path pdf = dir.resolve("x.pdf");
        vm.savePdf(pdf, p -> { });
        assertTrue(vm.messageProperty().get().contains("没有这个字体.ttf"), vm.messageProperty().get());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void theBulletinIsWrittenWhereTheClerkSaysWithTheFiguresCounted() throws Exception {
        ReportViewModel vm = vm(TaskFilter.NONE);
        vm.refresh();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        vm.saveBulletin(dialogs);
        assertEquals(List.of("关于2023年全面深化改革任务推进情况的通报（截至2023-12-31）.docx"), dialogs.asked,
                "offered under the bulletin's title and date");
        assertTrue(dialogs.told.isEmpty(), "nothing written when the clerk cancels");

        Path docx = dir.resolve("通报.docx");
        dialogs.files.add(docx);
        vm.saveBulletin(dialogs);
        assertEquals(List.of("已导出到 " + docx), dialogs.told, vm.messageProperty().get());
        try (java.io.InputStream in = Files.newInputStream(docx);
                org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            List<String> text = doc.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            assertTrue(text.contains("截至2023年12月31日，" + vm.overallText().replace(" ", "")), "the figures on the screen");
            assertTrue(text.contains("（发文机关署名）"), "the office left to fill");
            assertTrue(text.contains("2024年1月10日"), "dated today");
        }
    }
}
