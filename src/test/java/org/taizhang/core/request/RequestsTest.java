package org.taizhang.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.Source;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/** A request's way through the office, each step an event on the chain, and every refusal on the way. */
class RequestsTest {
    @RegisterExtension
    TestLedger ledger = TestLedger.empty("北疆市2023年全面深化改革任务台账", 2023).at("2023-03-01T02:00:00Z");
    LedgerService service;
    Requests requests;
    long drg;
    long pilot;

    @BeforeEach
    void tasks() {
        service = ledger.service();
        requests = new Requests(service);
        drg = add("1.", "推进DRG/DIP支付方式改革", "6月底前");
        pilot = add("2.", "开展长期护理保险试点", "年底前");
    }

    private long add(String number, String title, String deadline) {
        Task t = Task.builder().number(number).title(title).domain("医疗卫生体制改革")
                .leadUnits(UnitList.parse("市医保局")).deadline(deadline).status(Status.IN_PROGRESS).build();
        return service.add(t, Note.by("赵静")).changes().get(0).taskId();
    }

    private long askForSeptember() {
        return requests.receive(drg, "市医保局", RequestType.DEADLINE, Map.of(TaskField.DEADLINE, "9月底前"),
                new Note("赵静", "国家试点方案延后下发", "", Source.file("市医保局-第二季度.xlsx", "ab12"))).id();
    }

    private static Note office(String note) {
        return Note.by("赵静", note, "");
    }

    private static Note meeting() {
        return Note.by("赵静", "", "市委深改委第五次会议");
    }

    @Test
    void anApprovedRequestIsAppliedAsItsAdjustmentLinkedBothWays() {
        long id = askForSeptember();
        assertEquals(Request.State.RECEIVED, requests.get(id).orElseThrow().state());
        assertEquals("6月底前", service.task(drg).orElseThrow().deadline().text(), "a request changes nothing yet");

        requests.opinion(List.of(id), true, office("理由充分，拟同意"));
        requests.list(List.of(id), "市委深改委第五次会议", Note.by("赵静"));
        List<Adjustment> written = requests.decide(List.of(id), Request.Result.APPROVED, Map.of(),
                LocalDate.of(2023, 6, 20), meeting());

        Adjustment applied = written.get(0);
        assertEquals(AdjustmentType.DEADLINE, applied.type());
        assertEquals("市委深改委第五次会议", applied.basis(), "the decision is the adjustment's basis");
        assertEquals("国家试点方案延后下发", applied.reason());
        assertEquals(Map.of("request", Long.toString(id)), Detail.decode(applied.detail()));
        assertEquals("9月底前", service.task(drg).orElseThrow().deadline().text());

        Request r = requests.get(id).orElseThrow();
        assertEquals(Request.State.DECIDED, r.state());
        assertEquals(Request.Result.APPROVED, r.decision().result());
        assertEquals(applied.id(), r.adjustmentId());
        assertEquals("市委深改委第五次会议", r.list());
        assertEquals(new Request.Opinion(true, "理由充分，拟同意"), r.opinion());
        assertEquals("市医保局-第二季度.xlsx", r.source().fileName());
        assertTrue(service.verify().ok(), "requests and decisions are on the chain like every record");
    }

    @Test
    void undoingAnAppliedDecisionTakesBackItsAdjustmentAndOpensTheRequestAgain() {
        long id = askForSeptember();
        requests.opinion(List.of(id), true, office(""));
        requests.list(List.of(id), "市委深改委第五次会议", Note.by("赵静"));
        Adjustment applied = requests.decide(List.of(id), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 20),
                meeting()).get(0);

        Adjustment undo = service.undoLast(Note.by("赵静", "决定录错了会议", ""));
        assertEquals(applied.id(), undo.undoes(), "the decision's adjustment is what undo takes back");
        assertEquals("6月底前", service.task(drg).orElseThrow().deadline().text());
        assertEquals(Map.of("request", Long.toString(id)), Detail.decode(undo.detail()), "the undo names the request");
        Request r = requests.get(id).orElseThrow();
        assertEquals(Request.State.LISTED, r.state(), "back on its list, to be decided again");
        assertNull(r.decision());
        assertTrue(service.historyOf(drg).stream().filter(a -> a.id() == undo.id()).count() == 1,
                "the undo is once on the task's timeline");
        assertTrue(service.verify().ok());

        requests.decide(List.of(id), Request.Result.PARTLY, Map.of(id, Map.of(TaskField.DEADLINE, "8月底前")),
                LocalDate.of(2023, 6, 21), Note.by("赵静", "", "市委深改委第五次会议纪要"));
        assertEquals("8月底前", service.task(drg).orElseThrow().deadline().text());
        assertEquals(Request.State.DECIDED, requests.get(id).orElseThrow().state());
    }

    @Test
    void anApprovedSplitMakesItsPartsMeasuresOfTheTask() {
        long id = requests.receive(pilot, "市医保局", RequestType.SPLIT,
                Map.of(TaskField.MEASURES, "制定护理需求评估标准；（2）遴选定点护理服务机构"),
                Note.by("赵静", "试点内容较多，分项推进", "")).id();
        assertEquals(Map.of(TaskField.MEASURES, "(1)制定护理需求评估标准\n（2）遴选定点护理服务机构"),
                requests.get(id).orElseThrow().proposed(), "the parts as the ledger will number them");
        assertThrows(LedgerException.class, () -> requests.receive(pilot, "市医保局", RequestType.SPLIT,
                Map.of(TaskField.MEASURES, "只有一项"), Note.by("赵静", "分项", "")), "a split needs two parts");
        requests.opinion(List.of(id), true, office(""));
        Adjustment applied = requests.decide(List.of(id), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 20),
                meeting()).get(0);
        assertEquals(AdjustmentType.SPLIT, applied.type());
        assertEquals(List.of("制定护理需求评估标准", "遴选定点护理服务机构"), service.tasks().stream()
                .filter(t -> Long.valueOf(pilot).equals(t.parentId())).map(Task::title).toList());
    }

    @Test
    void aRefusedRequestLeavesTheLedgerUnchangedAndStaysOnRecord() {
        long id = askForSeptember();
        requests.opinion(List.of(id), false, office("年内可完成，不宜延期"));
        int before = service.log().size();
        List<Adjustment> written = requests.decide(List.of(id), Request.Result.REFUSED, Map.of(),
                LocalDate.of(2023, 6, 20), meeting());
        assertEquals(1, written.size(), "only the decision");
        assertEquals(before + 1, service.log().size());
        assertEquals("6月底前", service.task(drg).orElseThrow().deadline().text());
        Request r = requests.get(id).orElseThrow();
        assertEquals(Request.Result.REFUSED, r.decision().result());
        assertNull(r.adjustmentId());
    }

    @Test
    void partlyApprovedAppliesTheValuesApproved() {
        long id = askForSeptember();
        requests.opinion(List.of(id), true, office(""));
        requests.decide(List.of(id), Request.Result.PARTLY, Map.of(id, Map.of(TaskField.DEADLINE, "8月底前")),
                LocalDate.of(2023, 6, 20), meeting());
        assertEquals("8月底前", service.task(drg).orElseThrow().deadline().text());
        assertEquals(Map.of(TaskField.DEADLINE, "8月底前"), requests.get(id).orElseThrow().decision().values());
    }

    @Test
    void eachStepRefusesWhatTheRulesDoNotAllow() {
        long id = askForSeptember();
        assertEquals("request.notReviewed", assertThrows(LedgerException.class, () -> requests.decide(List.of(id),
                Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 20), meeting())).key());
        assertEquals("request.notReviewed", assertThrows(LedgerException.class,
                () -> requests.list(List.of(id), "第五次会议", Note.by("赵静"))).key());
        requests.opinion(List.of(id), true, office(""));
        assertEquals("request.basisRequired", assertThrows(LedgerException.class, () -> requests.decide(List.of(id),
                Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 20), Note.by("赵静"))).key());
        requests.decide(List.of(id), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 20), meeting());
        assertEquals("request.alreadyDecided", assertThrows(LedgerException.class, () -> requests.decide(List.of(id),
                Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 21), meeting())).key());
        assertEquals("request.notOpenForOpinion", assertThrows(LedgerException.class,
                () -> requests.opinion(List.of(id), false, office(""))).key());
        assertEquals("request.notOpen", assertThrows(LedgerException.class,
                () -> requests.withdraw(id, Note.by("赵静"))).key());

        assertEquals("deadline.noDay", assertThrows(LedgerException.class, () -> requests.receive(drg, "市医保局",
                RequestType.DEADLINE, Map.of(TaskField.DEADLINE, "6月31日前"), office("延期"))).key(),
                "a proposed value is read as the ledger would read it");
        assertEquals("request.fieldNotOfType", assertThrows(LedgerException.class, () -> requests.receive(drg,
                "市医保局", RequestType.DEADLINE, Map.of(TaskField.TITLE, "别的"), office("改名"))).key());
        assertEquals("request.valueRequired", assertThrows(LedgerException.class, () -> requests.receive(drg,
                "市医保局", RequestType.DEADLINE, Map.of(), office("延期"))).key());
        assertEquals("adjust.reasonRequired", assertThrows(LedgerException.class, () -> requests.receive(drg,
                "市医保局", RequestType.CANCEL, Map.of(), Note.by("赵静"))).key(), "a unit says why");
    }

    @Test
    void aTaskWithdrawnMeanwhileRefusesTheDecisionAndNothingIsWritten() {
        long id = requests.receive(pilot, "市医保局", RequestType.DEADLINE, Map.of(TaskField.DEADLINE, "2024年6月底前"),
                office("试点范围扩大")).id();
        requests.opinion(List.of(id), true, office(""));
        service.cancel(pilot, Note.by("赵静", "国家统一部署，不再单列", "市委深改委第四次会议"));
        int before = service.log().size();
        assertEquals("request.taskNotAllowed", assertThrows(LedgerException.class, () -> requests.decide(List.of(id),
                Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 20), meeting())).key());
        assertEquals(before, service.log().size(), "all or nothing");
        assertEquals(Request.State.REVIEWED, requests.get(id).orElseThrow().state());
    }

    @Test
    void aMergedTaskTakesNoRequestAndAWithdrawnRequestNoDecision() {
        service.merge(pilot, drg, Note.by("赵静", "内容重叠", "市委深改委第三次会议"));
        assertEquals("request.taskNotAllowed", assertThrows(LedgerException.class, () -> requests.receive(pilot,
                "市医保局", RequestType.DEADLINE, Map.of(TaskField.DEADLINE, "9月底前"), office("延期"))).key());
        long id = askForSeptember();
        requests.withdraw(id, Note.by("赵静"));
        assertEquals(Request.State.WITHDRAWN, requests.get(id).orElseThrow().state());
        assertEquals("request.notOpenForOpinion", assertThrows(LedgerException.class,
                () -> requests.opinion(List.of(id), true, office(""))).key());
    }

    @Test
    void aNewTaskRequestedAndApprovedIsAdded() {
        long id = requests.receive(null, "市卫生健康委", RequestType.ADD, Map.of(TaskField.NUMBER, "3.",
                TaskField.TITLE, "推进紧密型县域医共体建设", TaskField.LEAD_UNITS, "市卫生健康委",
                TaskField.DEADLINE, "年底前", TaskField.DOMAIN, "医疗卫生体制改革"), office("自治区新增部署")).id();
        requests.opinion(List.of(id), true, office(""));
        Adjustment added = requests.decide(List.of(id), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 20),
                meeting()).get(0);
        assertEquals(AdjustmentType.ADD, added.type());
        Task t = service.task(added.changes().get(0).taskId()).orElseThrow();
        assertEquals("推进紧密型县域医共体建设", t.title());
        assertEquals("市卫生健康委", t.leadUnits().text());
    }

    @Test
    void requestEventsAreNotUndoneAndTheStateOfADayIsItsEventsSoFar() {
        Adjustment lastTaskChange = service.log().get(service.log().size() - 1);
        long id = askForSeptember();
        requests.opinion(List.of(id), true, office(""));
        assertEquals(lastTaskChange.id(), service.undoable().orElseThrow().id(), "undo skips a request's events");
        List<Adjustment> log = service.log();
        List<Request> then = Requests.replay(log.subList(0, log.size() - 1));
        assertEquals(Request.State.RECEIVED, then.get(0).state(), "before the opinion");
        assertEquals(Request.State.REVIEWED, requests.get(id).orElseThrow().state());
    }

    @Test
    void verifyFindsADecisionAlteredBehindTheProgramsBack() throws Exception {
        long id = askForSeptember();
        requests.opinion(List.of(id), false, office(""));
        long decision = requests.decide(List.of(id), Request.Result.REFUSED, Map.of(), LocalDate.of(2023, 6, 20),
                meeting()).get(0).id();
        Path file = ledger.file();
        ledger.ledger().close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET detail = replace(detail, 'REFUSED', 'APPROVED') WHERE id = " + decision);
        }
        try (OpenLedger reading = OpenLedger.openForReading(file, Clock.systemUTC())) {
            assertFalse(reading.service().verify().ok(), "the decision's seal no longer matches");
            assertEquals(Request.Result.APPROVED, new Requests(reading.service()).get(id).orElseThrow()
                    .decision().result(), "what the altered record now says, which verify refuses to trust");
        }
    }

    @Test
    void aTasksTimelineTellsItsRequestFromAskingToTheAdjustment() {
        long id = askForSeptember();
        requests.opinion(List.of(id), true, office("拟同意"));
        requests.list(List.of(id), "市委深改委第五次会议", Note.by("赵静"));
        requests.decide(List.of(id), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 6, 20), meeting());
        askAboutThePilot();
        List<Adjustment> timeline = service.historyOf(drg);
        assertEquals(List.of(AdjustmentType.ADD, AdjustmentType.REQUEST, AdjustmentType.REQUEST_OPINION,
                AdjustmentType.REQUEST_LISTED, AdjustmentType.DEADLINE, AdjustmentType.REQUEST_DECIDED),
                timeline.stream().map(Adjustment::type).toList(), "the other task's request is not in it");
        assertEquals("市医保局申请调整时限：9月底前", Requests.describe(timeline.get(1)));
        assertEquals("改革办意见：拟同意", Requests.describe(timeline.get(2)));
        assertEquals("列入市委深改委第五次会议动态调整清单", Requests.describe(timeline.get(3)));
        assertEquals("审议决定：同意，已按决定调整（第 " + timeline.get(4).id() + " 次调整）",
                Requests.describe(timeline.get(5)));
    }

    private void askAboutThePilot() {
        requests.receive(pilot, "市医保局", RequestType.CANCEL, Map.of(), office("国家统一部署"));
    }
}
