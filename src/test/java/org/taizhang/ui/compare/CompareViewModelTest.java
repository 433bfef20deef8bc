package org.taizhang.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.history.LedgerDiff;
import org.taizhang.core.sample.SampleLedger;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.core.text.TextDiff.Mark;
import org.taizhang.core.text.TextDiff.Run;
import org.taizhang.ui.compare.CompareViewModel.Group;
import org.taizhang.ui.compare.CompareViewModel.Item;

/** Comparing the sample ledger on two dates, without a toolkit. */
class CompareViewModelTest {
    static final ZoneId ZONE = SampleLedger.ZONE;
    static final LocalDate JUNE_1 = LocalDate.of(2023, 6, 1);
    static final LocalDate JULY_1 = LocalDate.of(2023, 7, 1);

    @RegisterExtension
    static TestLedger sample = TestLedger.sample().at("2024-01-01T00:00:00Z");
    static OpenLedger ledger;

    @BeforeAll
    static void build() {
        ledger = sample.ledger();
    }

    private static CompareViewModel compared(LocalDate from, LocalDate to) {
        CompareViewModel vm = new CompareViewModel(ledger.service(), new ImmediateBackground(), ZONE, from, to);
        vm.compare();
        return vm;
    }

    private static String label(Task t) {
        return t.number().text() + " " + t.title();
    }

    @Test
    void juneSummaryAndGroupsAreTheServicesDiff() {
        CompareViewModel vm = compared(JUNE_1, JULY_1);
        LedgerDiff diff = ledger.service().diff(
                JUNE_1.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1),
                JULY_1.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1));

        assertEquals("", vm.messageProperty().get());
        assertEquals("2023-06-01 至 2023-07-01：新增 " + diff.of(LedgerDiff.Kind.ADDED).size() + " 项，取消 "
                + diff.of(LedgerDiff.Kind.CANCELLED).size() + " 项，合并 " + diff.of(LedgerDiff.Kind.MERGED).size()
                + " 项，恢复 0 项，变更 " + diff.of(LedgerDiff.Kind.CHANGED).size() + " 项；期间调整 "
                + diff.adjustments().size() + " 次", vm.summaryProperty().get());
        assertEquals("2023-06-01 至 2023-07-01：新增 2 项，取消 3 项，合并 2 项，恢复 0 项，变更 1 项；期间调整 7 次",
                vm.summaryProperty().get(), "the sample's June");

        List<LedgerDiff.Kind> kinds = List.of(LedgerDiff.Kind.values()).stream()
                .filter(k -> !diff.of(k).isEmpty()).toList();
        assertEquals(kinds, vm.groups().stream().map(Group::kind).toList(), "a group per kind that has tasks");
        for (Group g : vm.groups()) {
            List<LedgerDiff.Entry> entries = diff.of(g.kind());
            assertEquals(entries.stream().map(e -> label(e.task())).toList(),
                    g.items().stream().map(Item::task).toList(), g.title());
            for (int i = 0; i < entries.size(); i++) {
                int lines = g.kind() == LedgerDiff.Kind.ADDED ? 0 : entries.get(i).fields().size();
                assertEquals(lines, g.items().get(i).changes().size(), g.items().get(i).task());
            }
        }
        assertEquals("新增 2 项", vm.groups().get(0).title());
    }

    @Test
    void fieldChangesReadAsBeforeAndAfter() {
        CompareViewModel vm = compared(JUNE_1, JULY_1);
        Group changed = vm.groups().stream().filter(g -> g.kind() == LedgerDiff.Kind.CHANGED).findFirst().orElseThrow();
        assertEquals(List.of("58. 推进文化和旅游深度融合体制机制创新"), changed.items().stream().map(Item::task).toList());
        assertEquals(List.of("完成时限：上半年 → 下半年"), changed.items().get(0).changes());
        assertEquals(List.of(new Run("完成时限：", Mark.SAME), new Run("上", Mark.REMOVED), new Run("半年", Mark.SAME),
                new Run(" → ", Mark.SAME), new Run("下", Mark.ADDED), new Run("半年", Mark.SAME)),
                changed.items().get(0).lines().get(0).runs(), "the changed character marked on each side");

        Group merged = vm.groups().stream().filter(g -> g.kind() == LedgerDiff.Kind.MERGED).findFirst().orElseThrow();
        Item six = merged.items().get(0);
        assertEquals("6. 加快社会信用体系建设，健全守信激励和失信惩戒机制", six.task());
        Task absorbed = ledger.service().tasks().stream().filter(t -> t.number().text().equals("6.")).findFirst()
                .orElseThrow();
        Task into = ledger.service().task(absorbed.mergedInto()).orElseThrow();
        assertEquals(List.of("状态：推进中 → 已合并", "并入任务：（空） → " + label(into)), six.changes(),
                "the task merged into is named, not numbered by id");
    }

    @Test
    void eachDateMeansTheEndOfThatDay() {
        CompareViewModel vm = compared(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 6, 16));
        assertEquals(List.of(LedgerDiff.Kind.CHANGED), vm.groups().stream().map(Group::kind).toList(),
                "the postponement made on the 16th counts on the 16th");
        assertEquals("2023-06-15 至 2023-06-16：新增 0 项，取消 0 项，合并 0 项，恢复 0 项，变更 1 项；期间调整 1 次",
                vm.summaryProperty().get());

        CompareViewModel same = compared(LocalDate.of(2023, 6, 16), LocalDate.of(2023, 6, 16));
        assertEquals(List.of(), same.groups());
        assertEquals("两个日期的台账没有差别", same.messageProperty().get());
    }

    @Test
    void aBackwardsRangeIsAMessageNotAnError() {
        CompareViewModel vm = compared(JUNE_1, JULY_1);
        vm.fromProperty().set(JULY_1);
        vm.toProperty().set(JUNE_1);
        assertEquals("起始日期 2023-07-01 晚于截止日期 2023-06-01，请重新选择", vm.errors().of("dates").get(),
                "said under the dates as they are chosen");
        vm.compare();
        assertEquals(List.of(), vm.groups(), "the earlier result is not left standing");
        assertEquals("", vm.summaryProperty().get());
        assertEquals("", vm.messageProperty().get(), "and not said twice");

        vm.fromProperty().set(null);
        assertTrue(vm.errors().of("dates").get().contains("请选择"), vm.errors().of("dates").get());
        vm.fromProperty().set(JUNE_1);
        assertEquals("", vm.errors().of("dates").get());
    }
}
