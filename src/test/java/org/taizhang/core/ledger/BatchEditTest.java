package org.taizhang.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.testing.TestLedger;

/** 批量修改 over a real ledger file: the preview's lines, and one adjustment for them all. */
class BatchEditTest {
    @RegisterExtension
    TestLedger empty = TestLedger.empty("测试台账", 2023).at("2023-03-20T01:00:00Z");
    LedgerService service;
    long a;
    long b;
    long c;

    @BeforeEach
    void open() {
        service = empty.ledger().service();
        a = add("1.", "深化“一网通办”改革", "*市政务服务局、市大数据中心");
        b = add("2.", "推进医保支付方式改革", "市医保局");
        c = add("3.", "优化营商环境", "市发展改革委");
    }

    long add(String number, String title, String lead) {
        empty.clock().advance(Duration.ofMinutes(1));
        return service.add(Task.builder().number(number).title(title).domain("经济体制改革")
                .leadUnits(UnitList.parse(lead)).deadline("6月底前").status(Status.IN_PROGRESS).build(), Note.by("赵静"))
                .changes().get(0).taskId();
    }

    List<Task> tasks(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> service.task(id).orElseThrow()).toList();
    }

    @Test
    void oneDeadlineForThreeTasksIsOneAdjustmentWithOneReason() {
        BatchEdit edit = BatchEdit.of(TaskField.DEADLINE, BatchEdit.Way.REPLACE, tasks(a, b, c), List.of("9月底前"));
        assertEquals(3, edit.changed().size());
        assertEquals(AdjustmentType.DEADLINE, edit.type());
        assertThrows(LedgerException.class, () -> service.editMany(edit.changed(), Note.by("赵静")),
                "a structural batch needs its reason like one edit does");
        int before = service.log().size();
        Adjustment done = service.editMany(edit.changed(), Note.by("赵静", "市委深改委第4次会议同意", ""));
        assertEquals(before + 1, service.log().size());
        assertEquals(AdjustmentType.DEADLINE, done.type());
        assertEquals(3, done.changes().size());
        for (Task t : tasks(a, b, c)) {
            assertEquals("2023-09-30", t.deadline().date().toString());
        }
        assertTrue(service.verify().ok(), "the chain holds");
    }

    @Test
    void aPastedColumnGivesEachTaskItsOwnLine() {
        BatchEdit edit = BatchEdit.of(TaskField.PROGRESS, BatchEdit.Way.REPLACE, tasks(a, b, c),
                List.of("已完成系统上线", "", "  印发实施方案  "));
        assertEquals(List.of("已完成系统上线", "", "印发实施方案"), edit.lines().stream().map(l -> l.after().progress()).toList());
        assertEquals(2, edit.changed().size(), "an empty cell into an empty field changes nothing");
        assertEquals(AdjustmentType.PROGRESS, edit.type());
        Adjustment done = service.editMany(edit.changed(), Note.by("赵静"));
        assertEquals(AdjustmentType.PROGRESS, done.type());
        assertEquals("印发实施方案", service.task(c).orElseThrow().progress());
    }

    @Test
    void unitsAreAddedToOrTakenFromWithTheLeadKept() {
        BatchEdit added = BatchEdit.of(TaskField.LEAD_UNITS, BatchEdit.Way.ADD, tasks(a, b), List.of("市财政局、市医保局"));
        assertEquals("*市政务服务局、市大数据中心、市财政局、市医保局", added.lines().get(0).after().leadUnits().text());
        assertEquals("市医保局、市财政局", added.lines().get(1).after().leadUnits().text(), "a unit it names is not repeated");
        BatchEdit removed = BatchEdit.of(TaskField.LEAD_UNITS, BatchEdit.Way.REMOVE, tasks(a), List.of("市大数据中心"));
        assertEquals("市政务服务局", removed.lines().get(0).after().leadUnits().text());
        BatchEdit partners = BatchEdit.of(TaskField.PARTNER_UNITS, BatchEdit.Way.ADD, tasks(a, c), List.of("市司法局"));
        assertEquals(AdjustmentType.PARTNER_UNITS, partners.type());
    }

    @Test
    void aTaskThatCannotTakeTheChangeSaysWhyAndIsLeftOut() {
        empty.clock().advance(Duration.ofMinutes(1));
        service.cancel(b, Note.by("赵静", "并入其他任务", ""));
        BatchEdit edit = BatchEdit.of(TaskField.DEADLINE, BatchEdit.Way.REPLACE, tasks(a, b, c), List.of("三季度末"));
        BatchEdit.Line refused = edit.lines().get(1);
        assertNotNull(refused.problem());
        assertTrue(refused.problem().text().contains("已取消"), refused.problem().text());
        assertEquals(2, edit.changed().size());
        assertEquals(1, edit.problems());
        assertThrows(LedgerException.class, () -> service.editMany(tasks(a, b).stream()
                .map(t -> t.toBuilder().deadline("三季度末").build()).toList(), Note.by("赵静", "理由", "")),
                "the ledger refuses what the preview leaves out");
    }

    @Test
    void valuesThatCannotBeReadAreProblemsNotGuesses() {
        BatchEdit status = BatchEdit.of(TaskField.STATUS, BatchEdit.Way.REPLACE, tasks(a, b), List.of("差不多了"));
        assertTrue(status.lines().stream().allMatch(l -> l.problem() != null && l.problem().key().equals("status.unknown")));
        assertNull(status.type());
        BatchEdit merged = BatchEdit.of(TaskField.STATUS, BatchEdit.Way.REPLACE, tasks(a), List.of("已合并"));
        assertEquals("batch.statusByCommand", merged.lines().get(0).problem().key());
        BatchEdit deadline = BatchEdit.of(TaskField.DEADLINE, BatchEdit.Way.REPLACE, tasks(a), List.of("尽快"));
        assertEquals("deadline.unreadable", deadline.lines().get(0).problem().key());
        assertThrows(IllegalArgumentException.class, () -> BatchEdit.of(TaskField.PROGRESS, BatchEdit.Way.REPLACE,
                tasks(a, b, c), List.of("一", "二")), "two lines for three tasks is the caller's to refuse");
    }

    @Test
    void mixedEditsTakeTheMostConsequentialType() {
        empty.clock().advance(Duration.ofMinutes(1));
        service.cancel(c, Note.by("赵静", "不再实施", ""));
        empty.clock().advance(Duration.ofMinutes(1));
        service.edit(service.task(a).orElseThrow().toBuilder().progress("进展").build(), Note.by("赵静"));
        BatchEdit edit = BatchEdit.of(TaskField.STATUS, BatchEdit.Way.REPLACE, tasks(a, b, c), List.of("滞后"));
        assertEquals(AdjustmentType.RESTORE, edit.type(), "reopening a cancelled task is a 恢复, which needs a reason");
        Adjustment done = service.editMany(edit.changed(), Note.by("赵静", "恢复实施", ""));
        assertEquals(AdjustmentType.RESTORE, done.type());
        assertEquals(Status.BEHIND, service.task(c).orElseThrow().status());
        assertEquals(3, done.changes().size());
        assertEquals(Status.BEHIND, service.task(a).orElseThrow().status());
    }
}
