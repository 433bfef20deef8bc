package org.taizhang.core.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.NextYearLedger;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/**
 * 对账销号 and 结转 at year end: a 结转 decided like every request marks the task 已结转 in the old
 * ledger, and next year's ledger, started from it, holds exactly the carried tasks, each naming
 * its origin (old ledger, task, chain head) in a sealed detail.
 */
class CarryOverTest {
    @RegisterExtension
    TestLedger ledger = TestLedger.empty("北疆市2023年全面深化改革任务台账", 2023).named("2023.taizhang")
            .at("2023-11-20T02:00:00Z");
    LedgerService old;
    Requests requests;
    long drg;
    long drgMeasure;
    long drgDone;
    long pilot;
    long refused;
    long withdrawn;
    long done;

    @BeforeEach
    void year() {
        old = ledger.service();
        requests = new Requests(old);
        old.saveUnit(new Unit(0, "市医保局", "医保局", "市直", 3));
        drg = add("1.", null, "推进DRG/DIP支付方式改革", "年底前", Status.IN_PROGRESS);
        drgMeasure = add("(1)", drg, "完成全市定点医疗机构全覆盖", "年底前", Status.IN_PROGRESS);
        drgDone = add("(2)", drg, "出台付费实施细则", "6月底前", Status.DONE);
        pilot = add("2.", null, "开展长期护理保险试点", "10月底前", Status.BEHIND);
        refused = add("3.", null, "推进医保基金监管制度改革", "年底前", Status.IN_PROGRESS);
        withdrawn = add("4.", null, "推进医保经办服务下沉", "年底前", Status.IN_PROGRESS);
        done = add("5.", null, "建立医保待遇清单制度", "9月底前", Status.IN_PROGRESS);
    }

    private long add(String number, Long parent, String title, String deadline, Status status) {
        Task t = Task.builder().number(number).parentId(parent).title(title).domain("医疗卫生体制改革")
                .leadUnits(UnitList.parse("市医保局")).deadline(deadline).status(status).build();
        return old.add(t, Note.by("赵静")).changes().get(0).taskId();
    }

    private long ask(long task, Map<TaskField, String> to) {
        long id = requests.receive(task, "市医保局", RequestType.CARRY_OVER, to,
                Note.by("赵静", "国家方案调整，年内无法完成", "")).id();
        requests.opinion(List.of(id), true, Note.by("赵静", "拟同意结转", ""));
        return id;
    }

    private static Note meeting() {
        return Note.by("赵静", "", "市委深改委第八次会议");
    }

    /** The year end of the ledger above: two approved 结转, one refused, one withdrawn, one 销号. */
    private void yearEnd() {
        long a = ask(drg, Map.of(TaskField.DEADLINE, "6月底前", TaskField.DOMAIN, "医疗保障制度改革"));
        long b = ask(pilot, Map.of(TaskField.NUMBER, "9.", TaskField.DEADLINE, "2024年9月底前"));
        long c = ask(refused, Map.of());
        long d = requests.receive(withdrawn, "市医保局", RequestType.CARRY_OVER, Map.of(), Note.by("赵静", "进度滞后", ""))
                .id();
        requests.withdraw(d, Note.by("赵静"));
        requests.decide(List.of(a), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 12, 20), meeting());
        requests.decide(List.of(b), Request.Result.PARTLY, Map.of(b, Map.of(TaskField.NUMBER, "7.")),
                LocalDate.of(2023, 12, 20), meeting());
        requests.decide(List.of(c), Request.Result.REFUSED, Map.of(), LocalDate.of(2023, 12, 20), meeting());
        old.closeOut(done, "已印发《北疆市医疗保障待遇清单》（北医保发〔2023〕9号）", Note.by("赵静"));
    }

    @Test
    void theOldLedgerRecordsEachDecisionAndMarksTheCarriedTasks() {
        yearEnd();
        assertEquals(Status.CARRIED_OVER, old.task(drg).orElseThrow().status());
        assertEquals(Status.CARRIED_OVER, old.task(drgMeasure).orElseThrow().status(), "an open measure goes along");
        assertEquals(Status.DONE, old.task(drgDone).orElseThrow().status(), "a done measure stays done");
        assertEquals(Status.CARRIED_OVER, old.task(pilot).orElseThrow().status());
        assertEquals(Status.IN_PROGRESS, old.task(refused).orElseThrow().status());
        assertEquals(Status.IN_PROGRESS, old.task(withdrawn).orElseThrow().status());
        assertEquals("年底前", old.task(drg).orElseThrow().deadline().text(), "next year's values are next year's");

        List<Adjustment> carried = old.log().stream().filter(a -> a.type() == AdjustmentType.CARRY_OVER).toList();
        assertEquals(2, carried.size());
        assertEquals("市委深改委第八次会议", carried.get(0).basis(), "the decision is the 结转's basis");
        assertEquals(List.of(Request.Result.APPROVED, Request.Result.PARTLY, Request.Result.REFUSED),
                requests.all().stream().filter(r -> r.type() == RequestType.CARRY_OVER && r.decision() != null)
                        .map(r -> r.decision().result()).toList());
        assertEquals(Request.State.WITHDRAWN, requests.all().get(3).state());

        Task closed = old.task(done).orElseThrow();
        assertEquals(Status.DONE, closed.status());
        assertTrue(closed.progress().startsWith("已印发"), "销号 records the result");
        assertEquals(AdjustmentType.CLOSE_OUT, old.historyOf(done).get(1).type());
        assertTrue(old.verify().ok(), old.verify().problems().toString());
    }

    @Test
    void theYearEndReportCountsCarriedTasksAsActiveButNeitherOverdueNorLit() {
        yearEnd();
        LocalDate end = LocalDate.of(2023, 12, 31);
        org.taizhang.report.Summary s = org.taizhang.report.SummaryBuilder.build(old,
                org.taizhang.report.SummaryBuilder.Request.of(end, LocalDate.of(2023, 10, 1)),
                java.time.ZoneId.of("Asia/Shanghai"), end);
        assertEquals(3, s.count(Status.CARRIED_OVER), "the task and its measure, and the other");
        assertEquals(7, s.active(), "carried tasks are still the year's: not done, not withdrawn");
        assertTrue(s.overdue().stream().noneMatch(l -> l.task().status() == Status.CARRIED_OVER),
                "their time runs on in next year's ledger");
        assertEquals(2, s.overdue().size(), "the refused and the withdrawn carry-over are overdue at year end");
        assertEquals(Status.CARRIED_OVER, org.taizhang.report.SummaryTables.activeStatuses(s).get(5));
        assertEquals(org.taizhang.core.task.Light.NONE, old.lightRule().of(old.task(pilot).orElseThrow(), end));
    }

    @Test
    void nextYearHoldsExactlyTheCarriedTasksEachPointingToItsOrigin() {
        yearEnd();
        Path next = ledger.dir().resolve("2024.taizhang");
        var head = old.head();
        NextYearLedger.Started started = NextYearLedger.start(next, ledger.file(), null, null, Note.by("赵静"),
                ledger.clock());
        try (OpenLedger made = started.ledger()) {
            LedgerService now = made.service();
            assertEquals(2024, now.info().year());
            assertEquals("北疆市2024年全面深化改革任务台账", now.info().title());

            Map<Long, CarryOver.Origin> origins = CarryOver.origins(now.log());
            List<Task> tasks = now.tasks();
            assertEquals(3, tasks.size());
            assertEquals(List.of(drg, drgMeasure, pilot),
                    tasks.stream().map(t -> origins.get(t.id()).task()).sorted().toList(),
                    "exactly the carried tasks: not the refused, withdrawn, done or closed-out ones");
            for (CarryOver.Origin o : origins.values()) {
                assertEquals(old.info().uuid(), o.ledger());
                assertEquals(head.hash(), o.head());
                assertEquals(head.count(), o.count());
                assertEquals(2023, o.year());
                assertEquals("北疆市2023年全面深化改革任务台账", o.title());
            }

            Map<Long, Task> byOrigin = tasks.stream().collect(Collectors.toMap(t -> origins.get(t.id()).task(), t -> t));
            Task a = byOrigin.get(drg);
            assertEquals("1.", a.number().text());
            assertEquals("医疗保障制度改革", a.domain(), "the approved 领域");
            assertEquals(LocalDate.of(2024, 6, 30), a.deadline().date(), "6月底前 falls in the new year");
            assertEquals(Status.IN_PROGRESS, a.status());
            assertEquals(2024, a.year());
            Task measure = byOrigin.get(drgMeasure);
            assertEquals(a.id(), measure.parentId(), "the measure stays under its task");
            assertEquals("医疗保障制度改革", measure.domain(), "and follows its 领域");
            Task b = byOrigin.get(pilot);
            assertEquals("7.", b.number().text(), "部分同意: the number the meeting approved");
            assertEquals("10月底前", b.deadline().text(), "the deadline it did not approve stays as it was");
            assertEquals(Status.IN_PROGRESS, b.status(), "滞后 last year starts the year 推进中");
            assertNull(b.parentId());

            assertTrue(now.log().stream().allMatch(x -> x.type() == AdjustmentType.CARRY_IN));
            assertEquals(origins.get(a.id()).request(), requests.all().get(0).id());
            assertEquals("2023.taizhang", now.log().get(0).source().fileName());
            assertEquals(List.of("医疗卫生体制改革", "医疗保障制度改革"), now.domainNames());
            assertEquals("市直", now.units().get(0).level(), "the units come along with their levels");
            assertTrue(now.verify().ok(), now.verify().problems().toString());
            assertTrue(started.result().unsettled().stream().anyMatch(t -> t.id() == refused));
            assertEquals(0, started.result().pending().size());
        }
        assertTrue(old.verify().ok(), "the old ledger was only read");
    }

    @Test
    void aCarryOverUndoneIsNotCarriedAndNothingLeavesNothingBehind() {
        long a = ask(drg, Map.of());
        requests.decide(List.of(a), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 12, 20), meeting());
        old.undoLast(Note.by("赵静", "误操作", ""));
        assertEquals(Status.IN_PROGRESS, old.task(drg).orElseThrow().status());
        Path next = ledger.dir().resolve("2024.taizhang");
        LedgerException e = assertThrows(LedgerException.class,
                () -> NextYearLedger.start(next, ledger.file(), null, null, Note.by("赵静"), ledger.clock()));
        assertEquals("carryOver.nothing", e.key());
        assertFalse(Files.exists(next), "no file left behind");
    }

    @Test
    void aCarryOverIsNotFlaggedForGoingPastTheYear() {
        long carry = ask(pilot, Map.of(TaskField.DEADLINE, "2024年9月底前"));
        long postpone = requests.receive(refused, "市医保局", RequestType.DEADLINE,
                Map.of(TaskField.DEADLINE, "2024年9月底前"), Note.by("赵静", "延期", "")).id();
        var flags = new org.taizhang.core.request.Flags(old).of(java.time.ZoneId.of("Asia/Shanghai"));
        assertTrue(flags.getOrDefault(carry, List.of()).stream()
                .noneMatch(f -> f.kind() == org.taizhang.core.request.Flags.Kind.PAST_YEAR));
        assertTrue(flags.get(postpone).stream().anyMatch(f -> f.kind() == org.taizhang.core.request.Flags.Kind.PAST_YEAR),
                "a postponement into next year still is");
    }

    @Test
    void startingNextYearRefusesWhatItCannotDo() throws Exception {
        yearEnd();
        Path next = ledger.dir().resolve("2024.taizhang");
        assertEquals("carryOver.yearNotAfter", assertThrows(LedgerException.class,
                () -> NextYearLedger.start(next, ledger.file(), 2023, null, Note.by("赵静"), ledger.clock())).key());
        assertEquals("adjust.operatorRequired", assertThrows(LedgerException.class,
                () -> NextYearLedger.start(next, ledger.file(), null, null, Note.by(""), ledger.clock())).key());
        assertFalse(Files.exists(next));
        Files.writeString(next, "别人的文件");
        assertEquals("ledger.exists", assertThrows(LedgerException.class,
                () -> NextYearLedger.start(next, ledger.file(), null, null, Note.by("赵静"), ledger.clock())).key());
        assertEquals("别人的文件", Files.readString(next));
    }

    @Test
    void onlyAnApprovedCarryOverSetsTheStatusAndACarriedTaskIsNotAdjustedHere() {
        Task t = old.task(refused).orElseThrow();
        assertEquals("carryOver.onlyByDecision", assertThrows(LedgerException.class,
                () -> old.edit(t.toBuilder().status(Status.CARRIED_OVER).build(), Note.by("赵静"))).key());
        long a = ask(drg, Map.of());
        requests.decide(List.of(a), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 12, 20), meeting());
        Task carried = old.task(drg).orElseThrow();
        assertEquals("carryOver.onlyByDecision", assertThrows(LedgerException.class,
                () -> old.edit(carried.toBuilder().status(Status.IN_PROGRESS).build(), Note.by("赵静"))).key());
        assertEquals("adjust.notAllowed", assertThrows(LedgerException.class,
                () -> old.edit(carried.toBuilder().deadline("2024年6月底前").build(), Note.by("赵静", "延期", ""))).key());
        assertEquals("adjust.notAllowed", assertThrows(LedgerException.class,
                () -> old.closeOut(drg, "完成", Note.by("赵静"))).key());
        assertEquals("request.taskNotAllowed", assertThrows(LedgerException.class,
                () -> ask(drg, Map.of())).key(), "carried once");
        assertEquals("request.taskNotAllowed", assertThrows(LedgerException.class,
                () -> ask(drgDone, Map.of())).key(), "a done task is not carried");
        assertEquals("deadline.noDay", assertThrows(LedgerException.class,
                () -> ask(pilot, Map.of(TaskField.DEADLINE, "2月30日前"))).key(), "read as next year's deadline");
        assertEquals("request.fieldNotOfType", assertThrows(LedgerException.class,
                () -> ask(pilot, Map.of(TaskField.TITLE, "改名"))).key());
    }

    @Test
    void closingOutNeedsTheResultAndClosesTheOpenMeasures() {
        assertEquals("closeOut.resultRequired", assertThrows(LedgerException.class,
                () -> old.closeOut(drg, " ", Note.by("赵静"))).key());
        Adjustment a = old.closeOut(drg, "全市定点医疗机构实现DRG/DIP付费全覆盖", Note.by("赵静", "", "年终对账"));
        assertEquals(AdjustmentType.CLOSE_OUT, a.type());
        assertEquals(List.of(drg, drgMeasure), a.changes().stream().map(c -> c.taskId()).toList(),
                "the done measure is not touched");
        assertEquals(Status.DONE, old.task(drgMeasure).orElseThrow().status());
        old.cancel(withdrawn, Note.by("赵静", "不再推进", "市委深改委第八次会议"));
        assertEquals("adjust.notAllowed", assertThrows(LedgerException.class,
                () -> old.closeOut(withdrawn, "完成", Note.by("赵静"))).key());
    }

    @Test
    void verifyCatchesAnAlteredCarryOverAndAnAlteredOrigin() throws Exception {
        yearEnd();
        Path next = ledger.dir().resolve("2024.taizhang");
        NextYearLedger.start(next, ledger.file(), null, null, Note.by("赵静"), ledger.clock()).ledger().close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + next); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET detail = replace(detail, '\"from.task\":\"" + pilot + "\"', "
                    + "'\"from.task\":\"" + refused + "\"') WHERE type = 'CARRY_IN'");
        }
        try (OpenLedger reading = OpenLedger.openForReading(next, ledger.clock())) {
            assertFalse(reading.service().verify().ok(), "the origin is sealed with the record");
        }

        Path file = ledger.file();
        ledger.ledger().close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET basis = '市委深改委第九次会议' WHERE type = 'CARRY_OVER'");
        }
        Path again = ledger.dir().resolve("2024b.taizhang");
        SuspectLedgerException e = assertThrows(SuspectLedgerException.class,
                () -> NextYearLedger.start(again, file, null, null, Note.by("赵静"), ledger.clock()));
        assertEquals("carryOver.suspect", e.key());
        assertFalse(Files.exists(again));
    }
}
