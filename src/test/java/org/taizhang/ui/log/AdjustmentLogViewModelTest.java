package org.taizhang.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.Source;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.sample.SampleLedger;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.core.text.TextDiff;
import org.taizhang.core.text.TextDiff.Mark;
import org.taizhang.core.text.TextDiff.Run;
import org.taizhang.ui.log.AdjustmentLogViewModel.ChangeRow;
import org.taizhang.ui.log.AdjustmentLogViewModel.Row;

/**
 * The adjustment log's logic on the sample ledger, without a toolkit. On top of the sample's year
 * come an import from a workbook, and a task added and then undone (so it is no longer there).
 */
class AdjustmentLogViewModelTest {
    static final ZoneId ZONE = SampleLedger.ZONE;
    static final String WORKBOOK = "2024年1月填报（市国资委）.xlsx";

    @RegisterExtension
    static TestLedger sample = TestLedger.sample().at("2024-01-08T02:00:00Z");
    static OpenLedger ledger;
    static List<Adjustment> log;
    static Adjustment imported;
    static Adjustment added;
    static Adjustment undo;

    AdjustmentLogViewModel vm;

    @BeforeAll
    static void build() {
        ledger = sample.ledger();
        SettableClock clock = sample.clock();
        LedgerService service = ledger.service();
        Task first = service.tasks().get(0);
        imported = service.commit(AdjustmentType.IMPORT,
                Note.by("王磊").from(Source.file(WORKBOOK, "0f3a")),
                List.of(first.toBuilder().progress("全年任务已完成。").build()));
        clock.set(java.time.Instant.parse("2024-01-09T02:00:00Z"));
        added = service.add(Task.builder().number("99.").domain("经济体制改革").title("临时增加的测试任务")
                .leadUnits(UnitList.parse("市发展改革委")).deadline("年底前").build(), Note.by("王磊"));
        undo = service.undoLast(Note.by("王磊", "误增任务", ""));
        log = service.log();
    }

    @BeforeEach
    void load() {
        vm = new AdjustmentLogViewModel(ledger.service(), new ImmediateBackground(), ZONE);
        vm.load();
        assertEquals("", vm.messageProperty().get());
    }

    /** The ids the log holds that pass {@code test}, newest first: what the table should show. */
    private static List<Long> expected(Predicate<Adjustment> test) {
        List<Long> ids = new ArrayList<>(log.stream().filter(test).map(Adjustment::id).toList());
        Collections.reverse(ids);
        return ids;
    }

    private List<Long> shown() {
        return vm.rows().stream().map(r -> r.adjustment().id()).toList();
    }

    private static LocalDate day(Adjustment a) {
        return a.time().atZone(ZONE).toLocalDate();
    }

    private Row row(long id) {
        return vm.rows().stream().filter(r -> r.adjustment().id() == id).findFirst().orElseThrow();
    }

    private static Adjustment only(AdjustmentType type, String taskNumber) {
        Task task = ledger.service().tasks().stream().filter(t -> t.number().text().equals(taskNumber)).findFirst()
                .orElseThrow();
        return log.stream().filter(a -> a.type() == type && a.touches(task.id())).findFirst().orElseThrow();
    }

    @Test
    void showsEveryAdjustmentNewestFirstInWords() {
        assertEquals(372, log.size(), "the sample's 369 and three of our own");
        assertEquals(expected(a -> true), shown());
        assertEquals("共 372 条调整（筛选后 372 条）", vm.countProperty().get());

        Row baseline = row(1);
        assertEquals("2023-03-20 09:30", baseline.time(), "local time in the office's zone");
        assertEquals("新增", baseline.type());
        assertEquals("赵静", baseline.operator());
        assertEquals("手工", baseline.source());
        assertEquals(log.get(0).changes().size(), baseline.tasks());
        assertTrue(baseline.basis().contains("市委深改委"));
        assertEquals(WORKBOOK, row(imported.id()).source());
        assertEquals("第 " + added.id() + " 次调整", row(undo.id()).undoes());
        assertEquals("", row(added.id()).undoes());
    }

    @Test
    void typeFilterGivesExactlyTheDeadlineAdjustments() {
        assertEquals("全部类型", vm.typeChoices().get(0));
        assertEquals(AdjustmentType.values().length + 1, vm.typeChoices().size());
        vm.typeProperty().set("调整时限");
        List<Long> deadlines = expected(a -> a.type() == AdjustmentType.DEADLINE);
        assertEquals(4, deadlines.size(), "the sample postpones four tasks");
        assertEquals(deadlines, shown());
        assertEquals("共 372 条调整（筛选后 4 条）", vm.countProperty().get());
    }

    @Test
    void operatorFilterOffersTheLogsOperators() {
        assertEquals("全部", vm.operatorChoices().get(0));
        assertEquals(List.of("陈晓", "刘洋", "王磊", "赵静"), vm.operatorChoices().subList(1, 5), "in pinyin order");
        vm.operatorProperty().set("刘洋");
        assertEquals(expected(a -> a.operator().equals("刘洋")), shown());
        assertEquals(100, shown().size());
    }

    @Test
    void dateRangeIsInclusiveLocalDays() {
        vm.fromProperty().set(LocalDate.of(2023, 6, 1));
        vm.toProperty().set(LocalDate.of(2023, 6, 30));
        List<Long> june = expected(a -> day(a).getMonthValue() == 6 && day(a).getYear() == 2023);
        assertTrue(june.size() >= 5, june.toString());
        assertEquals(june, shown());

        Adjustment postponed = only(AdjustmentType.DEADLINE, "58.");
        vm.fromProperty().set(day(postponed));
        vm.toProperty().set(day(postponed));
        assertTrue(shown().contains(postponed.id()), "both ends count");
        assertEquals(expected(a -> day(a).equals(day(postponed))), shown());

        vm.fromProperty().set(null);
        vm.toProperty().set(LocalDate.of(2023, 3, 20));
        assertEquals(List.of(1L), shown(), "only the baseline was made on or before 20 March");
    }

    @Test
    void sourceFilterMatchesPartOfTheFileName() {
        vm.sourceFileProperty().set("填报");
        assertEquals(List.of(imported.id()), shown());
        vm.sourceFileProperty().set("XLSX");
        assertEquals(List.of(imported.id()), shown(), "regardless of case");
        vm.sourceFileProperty().set("手工");
        assertEquals(List.of(), shown(), "manual adjustments have no file");
    }

    @Test
    void filtersCombineAndClearTogether() {
        vm.typeProperty().set("修改进展");
        vm.operatorProperty().set("刘洋");
        vm.fromProperty().set(LocalDate.of(2023, 7, 1));
        vm.toProperty().set(LocalDate.of(2023, 9, 30));
        List<Long> both = expected(a -> a.type() == AdjustmentType.PROGRESS && a.operator().equals("刘洋")
                && !day(a).isBefore(LocalDate.of(2023, 7, 1)) && !day(a).isAfter(LocalDate.of(2023, 9, 30)));
        assertTrue(!both.isEmpty() && both.size() < 100, both.toString());
        assertEquals(both, shown());
        assertEquals("共 372 条调整（筛选后 " + both.size() + " 条）", vm.countProperty().get());

        vm.clearFilters();
        assertEquals(372, shown().size());
        assertEquals("全部类型", vm.typeProperty().get());
        assertEquals("全部", vm.operatorProperty().get());
        assertEquals(null, vm.fromProperty().get());
        assertEquals("", vm.sourceFileProperty().get());
    }

    @Test
    void selectingAnAdjustmentShowsItsFieldChanges() {
        vm.select(row(only(AdjustmentType.DEADLINE, "58.").id()));
        TextDiff postponed = new TextDiff(List.of(new Run("上", Mark.REMOVED), new Run("半年", Mark.SAME)),
                List.of(new Run("下", Mark.ADDED), new Run("半年", Mark.SAME)));
        assertEquals(List.of(new ChangeRow("58. 推进文化和旅游深度融合体制机制创新", "完成时限", "上半年", "下半年", postponed)),
                vm.changes(), "the changed character marked");

        Adjustment merge = only(AdjustmentType.MERGE, "6.");
        Task into = ledger.service().task(ledger.service().task(merge.changes().get(0).taskId()).orElseThrow()
                .mergedInto()).orElseThrow();
        vm.select(row(merge.id()));
        assertEquals(List.of(
                new ChangeRow("6. 加快社会信用体系建设，健全守信激励和失信惩戒机制", "状态", "推进中", "已合并",
                        TextDiff.whole("推进中", "已合并")),
                new ChangeRow("6. 加快社会信用体系建设，健全守信激励和失信惩戒机制", "并入任务", "（空）",
                        into.number().text() + " " + into.title(),
                        new TextDiff(List.of(new Run("（空）", Mark.SAME)),
                                List.of(new Run(into.number().text() + " " + into.title(), Mark.ADDED))))), vm.changes(),
                "a status and a task named are marked whole; （空） is no text struck through");

        vm.select(null);
        assertEquals(List.of(), vm.changes());
    }

    @Test
    void aTaskNoLongerThereIsNamedAsItStoodThen() {
        assertTrue(ledger.service().task(added.changes().get(0).taskId()).isEmpty(), "the undo removed it");
        vm.select(row(added.id()));
        assertEquals(List.of(new ChangeRow("99. 临时增加的测试任务", "新增任务", "", "")), vm.changes());
        vm.select(row(undo.id()));
        assertEquals(List.of(new ChangeRow("99. 临时增加的测试任务", "移除任务", "", "")), vm.changes());
    }

    @Test
    void theImportShowsTheLongTextItChanged() {
        vm.select(row(imported.id()));
        assertEquals(1, vm.changes().size());
        ChangeRow change = vm.changes().get(0);
        assertEquals("进展情况", change.field());
        assertEquals("全年任务已完成。", change.after());
        assertTrue(change.before().length() > 40, "the whole old report, not a shortened one");
    }

    @Test
    void aRequestsStepSaysWhatItWasAndAboutWhichTask() {
        Row asked = vm.rows().stream().filter(r -> r.adjustment().type() == AdjustmentType.REQUEST
                && r.adjustment().detail().contains("东风旗")).findFirst().orElseThrow();
        vm.select(asked);
        assertEquals(1, vm.changes().size());
        assertTrue(vm.changes().get(0).task().startsWith("17. "), vm.changes().get(0).task());
        assertEquals("东风旗申请调整牵头单位：*东风旗、市发展改革委", vm.changes().get(0).after());
        Row decided = vm.rows().stream().filter(r -> r.adjustment().type() == AdjustmentType.REQUEST_DECIDED)
                .findFirst().orElseThrow();
        vm.select(decided);
        assertTrue(vm.changes().get(0).after().startsWith("审议决定："), vm.changes().get(0).after());
        assertFalse(vm.changes().get(0).task().isEmpty());
    }
}
