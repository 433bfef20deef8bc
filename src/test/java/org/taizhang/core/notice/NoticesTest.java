package org.taizhang.core.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.testing.TestLedger;

/** Issuing, numbering and answering 督办单, each an event on the chain. */
class NoticesTest {
    @RegisterExtension
    TestLedger ledger = TestLedger.empty("北疆市2023年全面深化改革任务台账", 2023).at("2023-03-01T02:00:00Z");
    LedgerService service;
    Notices notices;
    long late;
    long behind;
    long soon;

    @BeforeEach
    void tasks() {
        service = ledger.service();
        notices = new Notices(service);
        late = add("1.", "推进DRG/DIP支付方式改革", "市医保局", "2023年5月31日", Status.IN_PROGRESS);
        behind = add("2.", "开展长期护理保险试点", "市医保局", "年底前", Status.BEHIND);
        soon = add("3.", "制定数据要素市场化配置方案", "*市数据局、市发展改革委", "2023年6月15日", Status.IN_PROGRESS);
        add("4.", "已完成的任务", "市数据局", "2023年4月30日", Status.DONE);
    }

    private long add(String number, String title, String units, String deadline, Status status) {
        Task t = Task.builder().number(number).title(title).domain("经济体制改革").leadUnits(UnitList.parse(units))
                .deadline(deadline).status(status).build();
        return service.add(t, Note.by("赵静")).changes().get(0).taskId();
    }

    private void on(String day) {
        ledger.clock().set(LocalDate.parse(day).atTime(10, 0).atZone(service.clock().getZone()).toInstant());
    }

    @Test
    void aBatchIsOneNoticePerUnitAndLevelRedFirst() {
        List<Notices.Draft> plan = notices.plan(LocalDate.of(2023, 6, 1));
        assertEquals(3, plan.size(), plan.toString());
        assertEquals(NoticeLevel.RED, plan.get(0).level());
        assertEquals("市医保局", plan.get(0).unit());
        assertEquals(List.of(late), plan.get(0).tasks().stream().map(Task::id).toList());
        assertEquals(NoticeLevel.YELLOW, plan.get(1).level());
        assertEquals(NoticeLevel.BLUE, plan.get(2).level());
        assertEquals("市数据局", plan.get(2).unit()); // the starred main lead unit
        assertEquals(1, notices.plan(LocalDate.of(2023, 6, 1), EnumSet.of(NoticeLevel.BLUE), null).size());
        assertEquals(2, notices.plan(LocalDate.of(2023, 6, 1), EnumSet.allOf(NoticeLevel.class), "市医保局").size());
    }

    @Test
    void issuingRecordsEachNoticeOnTheChainNumberedInTheOfficesForm() {
        new NoticeSettings("北疆市委全面深化改革委员会办公室", "改革督", 5, "赵静 0477-8581234", 30).save(service);
        on("2023-06-02"); // a Friday
        List<Notice> issued = notices.issue(notices.plan(LocalDate.of(2023, 6, 1)), LocalDate.of(2023, 6, 1),
                Note.by("赵静"));
        assertEquals(List.of("改革督〔2023〕1号", "改革督〔2023〕2号", "改革督〔2023〕3号"),
                issued.stream().map(Notice::number).toList());
        Notice red = issued.get(0);
        assertEquals(LocalDate.of(2023, 6, 9), red.replyBy()); // 5 working days after Friday
        assertEquals("北疆市委全面深化改革委员会办公室", red.office());
        assertEquals("赵静 0477-8581234", red.contact());
        assertEquals(Notice.State.OPEN, red.state(LocalDate.of(2023, 6, 9)));
        assertEquals(Notice.State.OVERDUE, red.state(LocalDate.of(2023, 6, 10)));
        assertTrue(service.verify().ok());
        assertEquals(AdjustmentType.NOTICE, service.log().get(service.log().size() - 1).type());
        // they change no task, are not in the ledger's diff, and undo passes over them
        assertEquals(4, service.tasks().size());
        assertEquals(AdjustmentType.ADD, service.undoable().orElseThrow().type());
        assertEquals(Map.of(late, red), Map.of(late, Notices.openByTask(notices.all(), LocalDate.of(2023, 6, 5)).get(late)));
    }

    @Test
    void numbersRunOnThroughTheYearNeverReusedAfterAnUndoAndStartAgainInANewYear() {
        on("2023-06-02");
        notices.issue(notices.plan(LocalDate.of(2023, 6, 1), EnumSet.of(NoticeLevel.RED), null),
                LocalDate.of(2023, 6, 1), Note.by("赵静"));
        service.undoLast(Note.by("赵静", "误加", "")); // takes back the last task added, not the notice
        assertEquals(3, service.tasks().size());
        assertEquals(1, notices.all().size());
        on("2023-11-20");
        List<Notice> second = notices.issue(notices.plan(LocalDate.of(2023, 11, 20)), LocalDate.of(2023, 11, 20),
                Note.by("赵静"));
        assertEquals("改革督〔2023〕2号", second.get(0).number());
        on("2024-01-08");
        List<Notice> next = notices.issue(notices.plan(LocalDate.of(2024, 1, 8)), LocalDate.of(2024, 1, 8),
                Note.by("赵静"));
        assertEquals("改革督〔2024〕1号", next.get(0).number());
        assertEquals(2024, next.get(0).year());
    }

    @Test
    void aNoticeIsAnsweredOnceAndNotBeforeItWasIssued() {
        on("2023-06-02");
        Notice red = notices.issue(notices.plan(LocalDate.of(2023, 6, 1)), LocalDate.of(2023, 6, 1), Note.by("赵静"))
                .get(0);
        LedgerException early = assertThrows(LedgerException.class,
                () -> notices.answer(red.number(), LocalDate.of(2023, 6, 1), Note.by("赵静")));
        assertEquals("notice.answerBeforeIssued", early.key());
        on("2023-06-12");
        Notice answered = notices.answer(red.number(), LocalDate.of(2023, 6, 12),
                Note.by("赵静", "市医保局复函：7月底前完成", ""));
        assertEquals(Notice.State.ANSWERED, answered.state(LocalDate.of(2023, 6, 30)));
        // answered after its reply deadline: overdue until the answer came, answered from then on
        assertEquals(Notice.State.OVERDUE, answered.state(LocalDate.of(2023, 6, 11)));
        assertEquals("市医保局复函：7月底前完成", answered.answer());
        assertEquals("notice.alreadyAnswered", assertThrows(LedgerException.class,
                () -> notices.answer(red.number(), LocalDate.of(2023, 6, 12), Note.by("赵静"))).key());
        assertEquals("notice.notFound", assertThrows(LedgerException.class,
                () -> notices.answer("改革督〔2023〕99号", LocalDate.of(2023, 6, 12), Note.by("赵静"))).key());
        assertTrue(!Notices.openByTask(notices.all(), LocalDate.of(2023, 6, 12)).containsKey(late));
        // the task's timeline shows the notice and its answer; another task's does not
        List<AdjustmentType> timeline = service.historyOf(late).stream().map(a -> a.type()).toList();
        assertEquals(List.of(AdjustmentType.ADD, AdjustmentType.NOTICE, AdjustmentType.NOTICE_ANSWERED), timeline);
        assertEquals(List.of(AdjustmentType.ADD, AdjustmentType.NOTICE),
                service.historyOf(soon).stream().map(a -> a.type()).toList());
        assertTrue(Notices.describe(service.historyOf(late).get(1)).contains("改革督〔2023〕1号"));
        assertTrue(service.verify().ok());
    }

    @Test
    void nothingToIssueIsSaid() {
        assertEquals("notice.nothingToIssue", assertThrows(LedgerException.class,
                () -> notices.issue(List.of(), LocalDate.of(2023, 6, 1), Note.by("赵静"))).key());
    }
}
