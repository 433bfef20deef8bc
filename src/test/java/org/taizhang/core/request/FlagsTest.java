package org.taizhang.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.testing.TestLedger;

/**
 * The flags the office sets on requests, at their edges: asked on the deadline's day is not late,
 * the day after is; the N-th structural adjustment of the year flags the next request; a new
 * deadline on 31 December is not past the year, one on 1 January or 持续推进 is; a rule turned off
 * flags nothing; the rules are kept with the ledger.
 */
class FlagsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @RegisterExtension
    TestLedger ledger = TestLedger.empty("北疆市2023年全面深化改革任务台账", 2023).at("2023-03-01T02:00:00Z");
    LedgerService service;
    Requests requests;
    long task;

    @BeforeEach
    void task() {
        service = ledger.service();
        requests = new Requests(service);
        Task t = Task.builder().number("1.").title("推进DRG/DIP支付方式改革").domain("医疗卫生体制改革")
                .leadUnits(UnitList.parse("市医保局")).deadline("2023年6月30日").status(Status.IN_PROGRESS).build();
        task = service.add(t, Note.by("赵静")).changes().get(0).taskId();
    }

    private long ask(String on, String deadline) {
        ledger.clock().set(java.time.Instant.parse(on + "T02:00:00Z")); // 10:00 in Beijing
        return requests.receive(task, "市医保局", RequestType.DEADLINE, Map.of(TaskField.DEADLINE, deadline),
                Note.by("赵静", "国家方案延后", "")).id();
    }

    private List<Flags.Kind> flags(long request, Flags.Rule rule) {
        return Flags.of(service.log(), rule, 2023, ZONE).getOrDefault(request, List.of()).stream()
                .map(Flags.Flag::kind).toList();
    }

    @Test
    void askedOnTheDeadlinesDayIsNotLateTheDayAfterIs() {
        long onTheDay = ask("2023-06-30", "9月底前");
        long dayAfter = ask("2023-07-01", "9月底前");
        assertEquals(List.of(), flags(onTheDay, Flags.Rule.DEFAULT));
        assertEquals(List.of(Flags.Kind.LATE), flags(dayAfter, Flags.Rule.DEFAULT));
        assertEquals(List.of(), flags(dayAfter, new Flags.Rule(false, 2, true)), "turned off");
    }

    @Test
    void theNthAdjustmentOfTheYearFlagsTheNextRequest() {
        Note why = Note.by("赵静", "会议决定", "");
        Task t = service.task(task).orElseThrow();
        service.edit(t.toBuilder().deadline("2023年7月31日").build(), why);
        long afterOne = ask("2023-05-01", "8月底前");
        t = service.task(task).orElseThrow();
        service.edit(t.toBuilder().progress("已起草").build(), Note.by("赵静")); // progress is no adjustment of the task
        t = service.task(task).orElseThrow(); // as saved: an edit of the copy read before it would be a conflict
        service.edit(t.toBuilder().deadline("2023年8月31日").build(), why);
        long afterTwo = ask("2023-05-02", "9月底前");
        assertEquals(List.of(), flags(afterOne, Flags.Rule.DEFAULT));
        assertEquals(List.of(Flags.Kind.OFTEN), flags(afterTwo, Flags.Rule.DEFAULT));
        assertEquals(List.of(), flags(afterTwo, new Flags.Rule(true, 0, true)), "0: never");
        assertEquals(List.of(), flags(afterTwo, new Flags.Rule(true, 3, true)));
    }

    @Test
    void aPostponementPastTheYearsEndIsFlagged() {
        long lastDay = ask("2023-05-01", "2023年12月31日");
        long nextYear = ask("2023-05-02", "2024年1月1日");
        long noEnd = ask("2023-05-03", "持续推进");
        assertEquals(List.of(), flags(lastDay, Flags.Rule.DEFAULT));
        assertEquals(List.of(Flags.Kind.PAST_YEAR), flags(nextYear, Flags.Rule.DEFAULT));
        assertEquals(List.of(Flags.Kind.PAST_YEAR), flags(noEnd, Flags.Rule.DEFAULT));
        assertEquals(List.of(), flags(nextYear, new Flags.Rule(true, 2, false)));
    }

    @Test
    void theRulesAreKeptWithTheLedger() {
        Flags flags = new Flags(service);
        assertEquals(Flags.Rule.DEFAULT, flags.rule());
        flags.save(new Flags.Rule(false, 5, true));
        assertEquals(new Flags.Rule(false, 5, true), new Flags(service).rule());
        assertThrows(LedgerException.class, () -> new Flags.Rule(true, 100, true));
        long late = ask("2023-07-01", "2024年3月底前");
        assertEquals(List.of(Flags.Kind.PAST_YEAR), new Flags(service).of(ZONE).get(late).stream()
                .map(Flags.Flag::kind).toList(), "LATE is off in the ledger's rules");
    }
}
