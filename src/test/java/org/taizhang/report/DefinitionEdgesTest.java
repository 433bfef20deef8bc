package org.taizhang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/**
 * Each definition of the report (docs/guide.md, 报表的口径) at its edges, on a small real ledger:
 * due on D and the day after, completed on the deadline and the day after, recurring, undated,
 * cancelled, 滞后 that is not late, due soon at N days and N+1, and the past year's default date.
 */
class DefinitionEdgesTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate D = LocalDate.of(2023, 6, 30);
    @RegisterExtension
    TestLedger empty = TestLedger.empty("北疆市2023年改革任务台账", 2023).at("2023-01-05T02:00:00Z");
    SettableClock clock;
    OpenLedger ledger;
    LedgerService service;
    final Map<String, Long> ids = new LinkedHashMap<>();

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2023, month, day, hour, minute).atZone(ZONE).toInstant();
    }

    private void add(String name, String deadline, Status status) {
        Task t = Task.builder().title(name).deadline(deadline).status(status).leadUnits(
                org.taizhang.core.task.UnitList.parse("市发展改革委")).domain("经济体制改革").build();
        long id = service.add(t, Note.by("赵静")).changes().get(0).taskId();
        ids.put(name, id);
    }

    private void complete(String name, Instant when) {
        clock.set(when);
        Task t = service.task(ids.get(name)).orElseThrow();
        service.edit(t.toBuilder().status(Status.DONE).progress("已完成").build(), Note.by("刘洋"));
    }

    @BeforeEach
    void ledger() {
        ledger = empty.ledger();
        clock = empty.clock();
        service = ledger.service();
        add("dueOnD", "2023年6月30日", Status.IN_PROGRESS);
        add("dueAfterD", "2023年7月1日", Status.IN_PROGRESS);
        add("doneOnDeadline", "6月底前", Status.IN_PROGRESS);
        add("doneDayAfter", "2023年6月30日前", Status.IN_PROGRESS);
        add("doneEarly", "2023年6月30日", Status.IN_PROGRESS);
        add("quarterly", "每季度", Status.IN_PROGRESS);
        add("byOrders", "根据上级部署", Status.IN_PROGRESS);
        add("cancelled", "2023年6月30日", Status.IN_PROGRESS);
        add("behindNotLate", "年底前", Status.BEHIND);
        add("dueInThirty", "2023年7月30日", Status.IN_PROGRESS);
        add("dueInThirtyOne", "2023年7月31日", Status.IN_PROGRESS);
        complete("doneEarly", at(5, 10, 9, 0));
        clock.set(at(6, 1, 9, 0));
        service.cancel(ids.get("cancelled"), Note.by("陈晓", "并入上级部署", ""));
        complete("doneOnDeadline", at(6, 30, 23, 30)); // late in the evening of the deadline: still on time
        complete("doneDayAfter", at(7, 1, 0, 10)); // ten past midnight: a day late
    }

    private Summary asOf(LocalDate day, LocalDate today) {
        return SummaryBuilder.build(service, new SummaryBuilder.Request(day, day.withDayOfMonth(1), day, TaskFilter.NONE,
                ""), ZONE, today);
    }

    private Set<String> names(List<Summary.Late> late) {
        Set<Long> wanted = late.stream().map(l -> l.task().id()).collect(Collectors.toSet());
        return ids.entrySet().stream().filter(e -> wanted.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Test
    void atTheEndOfTheDeadlineDay() {
        Summary s = asOf(D, LocalDate.of(2023, 7, 15));
        assertEquals(Set.of("dueOnD", "doneDayAfter"), names(s.overdue()),
                "due on D and not done by its end is overdue; done the next day was not done at D");
        assertEquals(Set.of("dueAfterD", "dueInThirty"), names(s.dueSoon()),
                "due the day after D to D+30 is due soon; D+31 is not; 每季度 is next due 09-30");
        // due by D, not cancelled: dueOnD, doneOnDeadline, doneDayAfter, doneEarly
        assertEquals(4, s.due());
        assertEquals(2, s.onTime(), "done early and done late on the deadline day");
        assertEquals(0.5, s.onTimeRate());
        assertEquals(1, s.recurring());
        assertEquals(1, s.undated());
        assertEquals(10, s.active(), "the cancelled task is not counted");
        assertEquals(s.overdue().size(), s.count(Light.RED), "red as soon as overdue, by default");
        assertEquals(1, s.count(Status.BEHIND), "滞后 is counted as reported, beside 逾期");
        assertTrue(names(s.overdue()).stream().noneMatch(n -> n.equals("behindNotLate")), "滞后 is not 逾期");
        assertEquals(1, s.later(), "the completion ten minutes after D ended is left out, and said so");
    }

    @Test
    void theDayAfter() {
        Summary s = asOf(D.plusDays(1), LocalDate.of(2023, 7, 15));
        assertEquals(Set.of("dueOnD", "dueAfterD"), names(s.overdue()), "done the day after is no longer overdue");
        assertEquals(5, s.due());
        assertEquals(2, s.onTime(), "done the day after its deadline is done, not on time");
        assertEquals(Set.of("dueInThirty", "dueInThirtyOne"), names(s.dueSoon()));
    }

    @Test
    void aPastYearCountsToItsLastAdjustmentAndSaysWhatItLeavesOut() {
        assertEquals(LocalDate.of(2023, 7, 15), SummaryBuilder.defaultAsOf(service, ZONE, LocalDate.of(2023, 7, 15)),
                "this year: today");
        assertEquals(LocalDate.of(2023, 12, 31), SummaryBuilder.defaultAsOf(service, ZONE, LocalDate.of(2024, 3, 1)),
                "a past year with nothing after its end: its last day");
        clock.set(LocalDateTime.of(2024, 1, 12, 10, 0).atZone(ZONE).toInstant());
        service.edit(service.task(ids.get("behindNotLate")).orElseThrow().toBuilder().status(Status.DONE).build(),
                Note.by("刘洋"));
        LocalDate chosen = SummaryBuilder.defaultAsOf(service, ZONE, LocalDate.of(2024, 3, 1));
        assertEquals(LocalDate.of(2024, 1, 12), chosen, "the year-end return imported in January is counted");
        Summary s = asOf(chosen, LocalDate.of(2024, 3, 1));
        assertEquals(0, s.later());
        assertTrue(SummaryTables.overallText(s).contains("台账年度已于2023年12月31日结束"), SummaryTables.overallText(s));
        Summary yearEnd = asOf(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 3, 1));
        assertEquals(1, yearEnd.later());
        assertTrue(SummaryTables.overallText(yearEnd).contains("截至日之后另有 1 次调整，未计入本报表"));
    }
}
