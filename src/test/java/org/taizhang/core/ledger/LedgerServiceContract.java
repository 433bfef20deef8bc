package org.taizhang.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.Source;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;

/**
 * The service over a real store: every adjustment type, validation, undo. One suite, run against
 * each store behind {@link LedgerStore} (a ledger file: {@link LedgerServiceOnSqliteTest}; a
 * ledger on PostgreSQL: {@link LedgerServiceOnPostgresTest}), so that both keep one contract.
 */
abstract class LedgerServiceContract {
    SettableClock clock;
    LedgerStore store;
    LedgerService service;

    /** A new, empty ledger in the store under test, made on {@code clock}. */
    abstract LedgerStore emptyLedger(String title, int year, SettableClock clock);

    /** Closes the ledger and removes it. */
    abstract void remove(LedgerStore store);

    @BeforeEach
    void open() {
        clock = SettableClock.at("2023-03-20T01:00:00Z");
        store = emptyLedger("测试台账", 2023, clock);
        service = new LedgerService(store, clock);
    }

    @AfterEach
    void close() {
        if (store != null) {
            remove(store);
        }
    }

    static Task.Builder task(String number, String title, String lead) {
        return Task.builder().number(number).title(title).domain("经济体制改革").leadUnits(UnitList.parse(lead))
                .deadline("年底前").status(Status.NOT_STARTED);
    }

    long add(Task.Builder b) {
        clock.advance(Duration.ofMinutes(1));
        return service.add(b.build(), Note.by("赵静")).changes().get(0).taskId();
    }

    Adjustment edit(long id, java.util.function.UnaryOperator<Task.Builder> change, Note note) {
        clock.advance(Duration.ofMinutes(1));
        return service.edit(change.apply(service.task(id).orElseThrow().toBuilder()).build(), note);
    }

    static Map<TaskField, FieldChange> fields(Adjustment a) {
        return a.changes().get(0).fields().stream().collect(Collectors.toMap(FieldChange::field, f -> f));
    }

    @Test
    void addRecordsEveryFilledFieldAsNew() {
        long id = add(task("1.", "深化“一网通办”改革", "*市政务服务局、市大数据中心").target("90").valueUnit("%"));
        Adjustment a = service.log().get(0);
        assertEquals(AdjustmentType.ADD, a.type());
        assertEquals("赵静", a.operator());
        assertEquals(TaskChange.Kind.CREATE, a.changes().get(0).kind());
        Map<TaskField, FieldChange> f = fields(a);
        assertEquals(new FieldChange(TaskField.TITLE, "", "深化“一网通办”改革"), f.get(TaskField.TITLE));
        assertEquals("*市政务服务局、市大数据中心", f.get(TaskField.LEAD_UNITS).after());
        assertEquals("2023", f.get(TaskField.YEAR).after(), "the ledger's year by default");
        Task t = service.task(id).orElseThrow();
        assertEquals(1, t.revision());
        assertEquals("2023-12-31", t.deadline().date().toString());
        assertTrue(store.units().stream().anyMatch(u -> u.name().equals("市大数据中心")),
                "units named by a task join the reference list");
    }

    @Test
    void progressNeedsNoReasonAndRecordsBeforeAndAfter() {
        long id = add(task("1.", "任务", "市财政局"));
        Adjustment a = edit(id, b -> b.progress("已完成方案起草").status(Status.IN_PROGRESS).actual("3"), Note.by("刘洋"));
        assertEquals(AdjustmentType.PROGRESS, a.type());
        assertEquals(new FieldChange(TaskField.STATUS, "未启动", "推进中"), fields(a).get(TaskField.STATUS));
        assertEquals(new FieldChange(TaskField.PROGRESS, "", "已完成方案起草"), fields(a).get(TaskField.PROGRESS));
        assertEquals(2, service.task(id).orElseThrow().revision());
    }

    @Test
    void otherRoutineFieldsAreAnEdit() {
        long id = add(task("1.", "任务", "市财政局"));
        assertEquals(AdjustmentType.EDIT, edit(id, b -> b.contact("王芳 8123456"), Note.by("刘洋")).type());
        assertEquals(AdjustmentType.PARTNER_UNITS,
                edit(id, b -> b.partnerUnits(UnitList.parse("市税务局")), Note.by("刘洋")).type());
    }

    @Test
    void structuralChangesNeedAReasonAndWriteNothingWithout() {
        long id = add(task("1.", "任务", "市财政局"));
        int before = service.log().size();
        for (java.util.function.UnaryOperator<Task.Builder> change : List.<java.util.function.UnaryOperator<Task.Builder>>of(
                b -> b.deadline("2024年6月底前"), b -> b.leadUnits(UnitList.parse("市税务局")),
                b -> b.title("新的表述"), b -> b.status(Status.CANCELLED))) {
            LedgerException e = assertThrows(LedgerException.class, () -> edit(id, change, Note.by("刘洋")));
            assertEquals("adjust.reasonRequired", e.key());
        }
        assertEquals(before, service.log().size());
        assertEquals("年底前", service.task(id).orElseThrow().deadline().text());
    }

    @Test
    void deadlineLeadUnitsAndWordingAreTheirOwnTypes() {
        long id = add(task("1.", "任务", "市财政局"));
        Note why = Note.by("陈晓", "机构改革职能划转", "北改办发〔2023〕8号");
        Adjustment d = edit(id, b -> b.deadline("2024年6月底前"), why);
        assertEquals(AdjustmentType.DEADLINE, d.type());
        assertEquals(new FieldChange(TaskField.DEADLINE, "年底前", "2024年6月底前"), fields(d).get(TaskField.DEADLINE));
        assertEquals("机构改革职能划转", d.reason());
        assertEquals("北改办发〔2023〕8号", d.basis());
        assertEquals(AdjustmentType.LEAD_UNITS, edit(id, b -> b.leadUnits(UnitList.parse("市税务局")), why).type());
        assertEquals(AdjustmentType.WORDING, edit(id, b -> b.title("深化财税体制改革"), why).type());
    }

    @Test
    void cancelKeepsTheTaskAndItsOpenMeasures() {
        long parent = add(task("1.", "任务", "市财政局"));
        long child = add(task("(1)", "举措", "市财政局").parentId(parent));
        long done = add(task("(2)", "举措二", "市财政局").parentId(parent).status(Status.DONE));
        assertThrows(LedgerException.class, () -> service.cancel(parent, Note.by("陈晓")));
        Adjustment a = service.cancel(parent, Note.by("陈晓", "上级政策调整", "市委深改委第二次会议"));
        assertEquals(AdjustmentType.CANCEL, a.type());
        assertEquals(2, a.changes().size(), "the task and its open measure, not the finished one");
        assertEquals(Status.CANCELLED, service.task(parent).orElseThrow().status());
        assertEquals(Status.CANCELLED, service.task(child).orElseThrow().status());
        assertEquals(Status.DONE, service.task(done).orElseThrow().status());
        assertEquals(3, service.tasks().size(), "cancelled tasks stay");
        assertEquals("cancel.already", assertThrows(LedgerException.class,
                () -> service.cancel(parent, Note.by("陈晓", "再取消", ""))).key());
    }

    @Test
    void mergeMarksTheAbsorbedTaskAndPointsToTheOther() {
        long a = add(task("1.", "社会信用体系建设", "市发展改革委"));
        long b = add(task("2.", "营商环境对标提升", "市发展改革委"));
        Adjustment m = service.merge(a, b, Note.by("陈晓", "内容重叠", "市委深改委第二次会议"));
        assertEquals(AdjustmentType.MERGE, m.type());
        Task absorbed = service.task(a).orElseThrow();
        assertEquals(Status.MERGED, absorbed.status());
        assertEquals(b, absorbed.mergedInto());
        assertEquals("merge.self", assertThrows(LedgerException.class,
                () -> service.merge(b, b, Note.by("x", "y", ""))).key());
        assertEquals("merge.intoClosed", assertThrows(LedgerException.class,
                () -> service.merge(b, a, Note.by("x", "y", ""))).key());
        assertEquals("edit.useMerge", assertThrows(LedgerException.class,
                () -> edit(b, t -> t.status(Status.MERGED), Note.by("x", "y", ""))).key());
    }

    @Test
    void splitCreatesPartsAsMeasuresOfTheTask() {
        long whole = add(task("5.", "综合行政执法改革", "市司法局"));
        Adjustment s = service.split(whole, List.of(
                task("(1)", "苏木乡镇综合执法", "市司法局").domain("").build(),
                task("(2)", "市级部门领域综合执法", "市司法局").build()), Note.by("陈晓", "分层推进", "北改办发〔2023〕9号"));
        assertEquals(AdjustmentType.SPLIT, s.type());
        assertEquals(2, s.changes().size());
        for (TaskChange c : s.changes()) {
            Task part = service.task(c.taskId()).orElseThrow();
            assertEquals(whole, part.parentId());
            assertEquals("经济体制改革", part.domain(), "a part without a domain takes the task's");
        }
        assertEquals("split.tooFew", assertThrows(LedgerException.class, () -> service.split(whole,
                List.of(task("(3)", "x", "y").build()), Note.by("x", "y", ""))).key());
    }

    @Test
    void aDoneTaskIsNotSplitAndAWithdrawnOneOnlyRestored() {
        long done = add(task("1.", "已办完", "市财政局").status(Status.DONE));
        long other = add(task("2.", "另一项", "市财政局"));
        List<Task> parts = List.of(task("(1)", "一", "市财政局").build(), task("(2)", "二", "市财政局").build());
        assertFalse(AdjustmentType.SPLIT.allowedFor(Status.DONE));
        assertEquals("adjust.notAllowed", assertThrows(LedgerException.class,
                () -> service.split(done, parts, Note.by("陈晓", "拆", ""))).key());
        service.merge(other, done, Note.by("陈晓", "重叠", ""));
        for (AdjustmentType refused : List.of(AdjustmentType.CANCEL, AdjustmentType.MERGE, AdjustmentType.SPLIT)) {
            assertFalse(refused.allowedFor(Status.MERGED), refused.label());
        }
        assertEquals("adjust.notAllowed", assertThrows(LedgerException.class,
                () -> service.cancel(other, Note.by("陈晓", "取消", ""))).key());
        assertTrue(AdjustmentType.RESTORE.allowedFor(Status.MERGED));
        assertFalse(AdjustmentType.RESTORE.allowedFor(Status.DONE));
    }

    @Test
    void restoreReopensACancelledOrMergedTask() {
        long a = add(task("1.", "任务", "市财政局"));
        long b = add(task("2.", "任务二", "市财政局"));
        service.merge(a, b, Note.by("陈晓", "重叠", ""));
        Adjustment r = service.restore(a, Status.IN_PROGRESS, Note.by("陈晓", "恢复单列", "市委深改委第三次会议"));
        assertEquals(AdjustmentType.RESTORE, r.type());
        Task back = service.task(a).orElseThrow();
        assertEquals(Status.IN_PROGRESS, back.status());
        assertNull(back.mergedInto());
        assertEquals("adjust.notAllowed", assertThrows(LedgerException.class,
                () -> service.restore(a, Status.IN_PROGRESS, Note.by("x", "y", ""))).key());
        service.cancel(b, Note.by("陈晓", "取消", ""));
        assertEquals(AdjustmentType.RESTORE,
                edit(b, t -> t.status(Status.BEHIND), Note.by("陈晓", "恢复", "")).type());
    }

    @Test
    void importIsOneAdjustmentWithItsSourceFile() {
        long a = add(task("1.", "任务", "市财政局"));
        long b = add(task("2.", "任务二", "市税务局"));
        Source file = Source.file("市财政局-2023年第三季度.xlsx", "ab".repeat(32));
        Adjustment imp = service.commit(AdjustmentType.IMPORT, Note.by("赵静").from(file), List.of(
                service.task(a).orElseThrow().toBuilder().progress("完成").status(Status.DONE).build(),
                service.task(b).orElseThrow().toBuilder().progress("推进").build(),
                task("3.", "新增任务", "市财政局").build()));
        assertEquals(AdjustmentType.IMPORT, imp.type());
        assertEquals(file, imp.source());
        assertEquals(3, imp.changes().size());
        assertEquals(file, service.log().get(service.log().size() - 1).source(), "the source survives the file");
    }

    @Test
    void renameUnitChangesEveryTaskInOneAdjustment() {
        long a = add(task("1.", "任务", "*市体育局、市文旅局"));
        long b = add(task("2.", "任务二", "市财政局").partnerUnits(UnitList.parse("市体育局")));
        add(task("3.", "任务三", "市财政局"));
        Adjustment r = service.renameUnit("市体育局", "市文体旅游局", Note.by("陈晓", "机构改革", "北编发〔2023〕3号"))
                .orElseThrow();
        assertEquals(AdjustmentType.RENAME_UNIT, r.type());
        assertEquals(2, r.changes().size());
        assertEquals("*市文体旅游局、市文旅局", service.task(a).orElseThrow().leadUnits().text());
        assertEquals("市文体旅游局", service.task(b).orElseThrow().partnerUnits().text());
        List<String> units = store.units().stream().map(u -> u.name()).toList();
        assertTrue(units.contains("市文体旅游局"));
        assertFalse(units.contains("市体育局"));
    }

    @Test
    void badInputIsRefusedWithoutWriting() {
        add(task("1.", "任务", "市财政局"));
        int before = service.log().size();
        assertEquals("task.titleRequired", assertThrows(LedgerException.class,
                () -> service.add(task("2.", " ", "x").build(), Note.by("x"))).key());
        assertEquals("deadline.unreadable", assertThrows(LedgerException.class,
                () -> service.add(task("2.", "t", "x").deadline("尽快").build(), Note.by("x"))).key());
        assertEquals("adjust.operatorRequired", assertThrows(LedgerException.class,
                () -> service.add(task("2.", "t", "x").build(), Note.by(" "))).key());
        assertEquals("task.parentNotFound", assertThrows(LedgerException.class,
                () -> service.add(task("2.", "t", "x").parentId(99L).build(), Note.by("x"))).key());
        long id = service.tasks().get(0).id();
        assertEquals("adjust.nothingChanged", assertThrows(LedgerException.class,
                () -> service.edit(service.task(id).orElseThrow(), Note.by("x"))).key());
        assertEquals("task.parentLoop", assertThrows(LedgerException.class,
                () -> service.edit(service.task(id).orElseThrow().toBuilder().parentId(id).build(), Note.by("x"))).key());
        assertEquals(before, service.log().size());
        assertEquals(1, service.tasks().size());
    }

    @Test
    void newTasksCanNameEachOtherAsParentsInOneAdjustment() {
        Adjustment a = service.commit(AdjustmentType.ADD, Note.by("赵静"), List.of(
                task("1.", "任务", "市财政局").build(),
                task("(1)", "举措", "市财政局").parentId(-1L).build()));
        long parent = a.changes().get(0).taskId();
        assertEquals(parent, service.task(a.changes().get(1).taskId()).orElseThrow().parentId());
    }

    @Test
    void undoTakesBackTheLatestAndWalksBackwards() {
        long id = add(task("1.", "任务", "市财政局"));
        edit(id, b -> b.progress("第一季度进展"), Note.by("刘洋"));
        edit(id, b -> b.progress("第二季度进展").status(Status.IN_PROGRESS), Note.by("刘洋"));
        assertEquals("adjust.reasonRequired", assertThrows(LedgerException.class,
                () -> service.undoLast(Note.by("陈晓"))).key());

        Adjustment u1 = service.undoLast(Note.by("陈晓", "录入错误", ""));
        assertEquals(AdjustmentType.UNDO, u1.type());
        assertEquals(3L, u1.undoes());
        Task t = service.task(id).orElseThrow();
        assertEquals("第一季度进展", t.progress());
        assertEquals(Status.NOT_STARTED, t.status());

        Adjustment u2 = service.undoLast(Note.by("陈晓", "再撤销", ""));
        assertEquals(2L, u2.undoes(), "an undo is not itself undone; the walk goes on backwards");
        assertEquals("", service.task(id).orElseThrow().progress());

        service.undoLast(Note.by("陈晓", "撤销新增", ""));
        assertTrue(service.task(id).isEmpty(), "undoing an addition removes the task");
        assertEquals("undo.nothing", assertThrows(LedgerException.class,
                () -> service.undoLast(Note.by("陈晓", "还要撤销", ""))).key());
        assertEquals(6, service.log().size(), "undos are adjustments too; nothing is erased");

        long next = add(task("1.", "新任务", "市财政局"));
        assertTrue(next > id, "an id is never given out twice");
        assertTrue(service.verify().ok());
    }

    @Test
    void asOfRebuildsEveryStateThatWasCurrent() {
        List<java.time.Instant> moments = new ArrayList<>();
        List<List<Task>> states = new ArrayList<>();
        Runnable snapshot = () -> {
            moments.add(clock.instant());
            states.add(service.tasks());
            clock.advance(Duration.ofSeconds(1)); // the next change comes after the moment looked at
        };
        long a = add(task("1.", "任务", "市财政局"));
        snapshot.run();
        long b = add(task("2.", "任务二", "市税务局"));
        snapshot.run();
        edit(a, t -> t.progress("进展").status(Status.IN_PROGRESS), Note.by("刘洋"));
        snapshot.run();
        service.merge(b, a, Note.by("陈晓", "合并", ""));
        snapshot.run();
        clock.advance(Duration.ofDays(30));
        service.split(a, List.of(task("(1)", "一", "市财政局").build(), task("(2)", "二", "市财政局").build()),
                Note.by("陈晓", "拆分", ""));
        snapshot.run();
        clock.advance(Duration.ofMinutes(1));
        service.undoLast(Note.by("陈晓", "撤销拆分", ""));
        snapshot.run();
        clock.advance(Duration.ofMinutes(1));
        service.renameUnit("市财政局", "市财政厅", Note.by("陈晓", "更名", ""));
        snapshot.run();
        for (int i = 0; i < moments.size(); i++) {
            assertEquals(states.get(i), service.tasksAsOf(moments.get(i)), "state " + i);
        }
        assertEquals(List.of(), service.tasksAsOf(java.time.Instant.parse("2023-01-01T00:00:00Z")));
    }

    @Test
    void diffNamesWhatWasAddedCancelledMergedAndChanged() {
        long a = add(task("1.", "任务", "市财政局"));
        long b = add(task("2.", "任务二", "市税务局"));
        long c = add(task("3.", "任务三", "市税务局"));
        java.time.Instant from = clock.advance(Duration.ofDays(1));
        edit(a, t -> t.deadline("2024年6月底前"), Note.by("陈晓", "延期", ""));
        service.cancel(b, Note.by("陈晓", "取消", ""));
        service.merge(c, a, Note.by("陈晓", "合并", ""));
        long d = add(task("4.", "新增", "市财政局"));
        var diff = service.diff(from, clock.advance(Duration.ofDays(1)));
        assertEquals(List.of(d), ids(diff.of(org.taizhang.core.history.LedgerDiff.Kind.ADDED)));
        assertEquals(List.of(b), ids(diff.of(org.taizhang.core.history.LedgerDiff.Kind.CANCELLED)));
        assertEquals(List.of(c), ids(diff.of(org.taizhang.core.history.LedgerDiff.Kind.MERGED)));
        assertEquals(List.of(a), ids(diff.of(org.taizhang.core.history.LedgerDiff.Kind.CHANGED)));
        assertEquals(4, diff.adjustments().size());
        assertTrue(service.diff(clock.instant(), clock.instant()).isEmpty());
    }

    private static List<Long> ids(List<org.taizhang.core.history.LedgerDiff.Entry> entries) {
        return entries.stream().map(e -> e.task().id()).toList();
    }

    @Test
    void theLogKeepsTimeOrderEvenIfTheClockGoesBack() {
        add(task("1.", "任务", "市财政局"));
        clock.advance(Duration.ofHours(-5));
        add(task("2.", "任务二", "市财政局"));
        List<Adjustment> log = service.log();
        assertFalse(log.get(1).time().isBefore(log.get(0).time()));
    }

    // ---- conflicts: a change made from a task that was saved since is refused, never a lost update ----

    @Test
    void anEditFromATaskSavedSinceIsAConflictAndWritesNothing() {
        long id = add(task("1.", "深化“一网通办”改革", "市政务服务局"));
        Task seen = service.task(id).orElseThrow(); // the clerk opens the form
        edit(id, t -> t.progress("已上线").actual("80"), Note.by("刘洋")); // another PC saves first
        int logSize = service.log().size();
        TaskConflictException e = assertThrows(TaskConflictException.class,
                () -> service.edit(seen.toBuilder().progress("我的进展").build(), Note.by("赵静")));
        assertEquals("conflict.task", e.key());
        assertEquals(id, e.taskId());
        assertEquals("已上线", e.current().progress(), "the task as it is now");
        assertEquals(1, e.since().size(), "the adjustment that changed it since");
        assertEquals("刘洋", e.last().operator());
        assertEquals(java.util.Set.of(TaskField.PROGRESS, TaskField.ACTUAL), e.fieldsChanged());
        assertTrue(e.getMessage().contains("刘洋") && e.getMessage().contains("进展情况"), e.getMessage());
        assertEquals(logSize, service.log().size(), "nothing written");
        assertEquals("已上线", service.task(id).orElseThrow().progress(), "the other PC's value stands");

        // started again from the task as it is now, the clerk's change is saved on top of the other's
        Adjustment again = service.edit(e.current().toBuilder().progress("我的进展").build(), Note.by("赵静"));
        assertEquals("已上线", again.changes().get(0).fields().get(0).before());
        assertEquals("80", service.task(id).orElseThrow().actual());
        assertTrue(service.verify().ok());
    }

    @Test
    void aStatusChangeOrBatchFromAStaleTaskIsAConflictToo() {
        long a = add(task("1.", "任务一", "市财政局"));
        long b = add(task("2.", "任务二", "市财政局"));
        Task seenA = service.task(a).orElseThrow();
        Task seenB = service.task(b).orElseThrow();
        edit(b, t -> t.status(Status.IN_PROGRESS), Note.by("刘洋"));
        int logSize = service.log().size();
        TaskConflictException e = assertThrows(TaskConflictException.class, () -> service.editMany(
                List.of(seenA.toBuilder().status(Status.DONE).build(), seenB.toBuilder().status(Status.DONE).build()),
                Note.by("赵静")));
        assertEquals(b, e.taskId());
        assertEquals(logSize, service.log().size());
        assertEquals(Status.NOT_STARTED, service.task(a).orElseThrow().status(), "all or nothing");
    }

    @Test
    void anImportWhoseRowsTasksChangedMeanwhileIsRefusedAsAWhole() {
        long a = add(task("1.", "任务一", "市财政局"));
        long b = add(task("2.", "任务二", "市税务局"));
        long c = add(task("3.", "任务三", "市税务局"));
        List<Task> planned = List.of(service.task(a).orElseThrow().toBuilder().progress("一").build(),
                service.task(b).orElseThrow().toBuilder().progress("二").build(),
                service.task(c).orElseThrow().toBuilder().progress("三").build(),
                task("4.", "新任务", "市财政局").build());
        edit(b, t -> t.progress("别处改的"), Note.by("刘洋"));
        edit(c, t -> t.deadline("9月底前"), Note.by("刘洋", "延期", "会议"));
        long before = service.log().size();
        TaskConflictException e = assertThrows(TaskConflictException.class,
                () -> service.commit(AdjustmentType.IMPORT, Note.by("赵静").from(Source.file("a.xlsx", "00")), planned));
        assertEquals("conflict.tasks", e.key(), "several rows: said once, with their number");
        assertEquals(before, service.log().size());
        assertEquals("", service.task(a).orElseThrow().progress(), "not even the row that was still fresh");
        assertEquals(3, service.tasks().size(), "nor the new one");
    }

    @Test
    void anUndoOfAnAdjustmentNoLongerTheNewestIsRefused() {
        long a = add(task("1.", "任务一", "市财政局"));
        Adjustment shown = edit(a, t -> t.progress("一"), Note.by("刘洋")); // the clerk is asked to undo this
        Adjustment later = edit(a, t -> t.progress("二"), Note.by("王芳")); // meanwhile, elsewhere
        TaskConflictException e = assertThrows(TaskConflictException.class,
                () -> service.undo(shown.id(), Note.by("赵静", "录错了", "")));
        assertEquals("conflict.undo", e.key());
        assertEquals(later.id(), e.last().id());
        assertEquals("二", service.task(a).orElseThrow().progress(), "nothing undone");
        assertEquals(later.id(), service.undo(later.id(), Note.by("赵静", "录错了", "")).undoes());
    }
}
