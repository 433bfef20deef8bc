package org.taizhang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/** The sample ledger counted for the committee, number by number, and counted again for past dates. */
class SummaryTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2024, 1, 10);
    SettableClock clock;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    LedgerService service;

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
        clock = sample.clock();
        service = ledger.service();
    }

    private Summary at(LocalDate asOf, LocalDate from) {
        return SummaryBuilder.build(service, new SummaryBuilder.Request(asOf, from, asOf, TaskFilter.NONE, ""), ZONE,
                TODAY);
    }

    @Test
    void theYearEndSummaryOfTheSample() {
        Summary s = at(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 10, 1));
        assertEquals(83, s.total());
        assertEquals(79, s.active(), "less 2 cancelled and 2 merged");
        assertEquals(Map.of(Status.NOT_STARTED, 1, Status.IN_PROGRESS, 28, Status.DONE, 37, Status.BEHIND, 7,
                Status.CANCELLED, 2, Status.MERGED, 2, Status.ONGOING, 6), s.byStatus());
        assertEquals(37.0 / 79, s.completion(), 1e-9);
        assertEquals(Map.of(Light.GREEN, 49, Light.RED, 30), s.lights(),
                "at the end of 31 December every 年底前 task not done is overdue, and with no grace days red");
        assertEquals(List.of("经济体制改革", "生态文明体制改革", "党的建设制度改革", "社会体制改革", "民主法制领域改革", "农业农村改革",
                "放管服改革", "文化体制改革"), s.byDomain().stream().map(Summary.Group::name).toList());
        Summary.Group economy = s.byDomain().get(0);
        assertEquals(new Summary.Group("经济体制改革", 18, 10, 6, 2, 0, 0, 5, 5, 0, 15, 6), economy);
        assertEquals(79, s.byDomain().stream().mapToInt(Summary.Group::active).sum());
        assertEquals(30, s.byUnit().size());
        assertEquals(30, s.overdue().size(), "滞后 7 of them, reported so; the others not done either");
        assertEquals(0, s.dueSoon().size(), "the year is over: nothing falls due after it in this ledger");
        assertEquals(s.overdue().size(), s.red().size());
        assertEquals(s.byDomain().stream().mapToInt(Summary.Group::due).sum(), s.due());
        assertEquals(s.byDomain().stream().mapToInt(Summary.Group::onTime).sum(), s.onTime());
        assertEquals(s.byUnit().stream().mapToInt(Summary.Group::overdue).sum(), s.overdue().size());
        assertEquals(s.active(), s.due() + s.recurring() + s.undated(), "on the year's last day every dated task was due");
        assertEquals(List.of(67, 20, 0, 12), List.of(s.due(), s.onTime(), s.recurring(), s.undated()),
                "67 due by 31 December (the 12 undated not), 20 of them done by their deadline; SampleReportCountTest counts it again from the command line");
        assertEquals(List.of(new Summary.Silence("市司法局", 3, 1)), s.silentUnits());
        assertEquals(Map.of(AdjustmentType.PROGRESS, 123, AdjustmentType.DEADLINE, 1, AdjustmentType.LEAD_UNITS, 2),
                s.adjustments(), "the fourth quarter's adjustments");
        Summary.Requests r = s.requests();
        assertEquals(List.of(3, 1, 0, 1, 0, 1), List.of(r.received(), r.approved(), r.partly(), r.refused(),
                r.withdrawn(), r.open()),
                "Q4: 市住建局, 市林草局 and 东风旗 asked; one approved and one refused at the fourth 深改委 meeting; "
                        + "东风旗's still open on 31 December");
        assertEquals(List.of(new Summary.Adjusted("50.", r.adjusted().get(0).title(), "调整时限", "持续推进", "市住建局",
                "市委深改委第四次会议（2023年11月28日）", LocalDate.of(2023, 12, 5))), r.adjusted(),
                "the one approval of the quarter, as the report lists it");
        assertTrue(SummaryTables.overallText(s).contains("期间收到调整申请 3 项，审议同意 1 项、部分同意 0 项、不同意 1 项"),
                SummaryTables.overallText(s));
        assertEquals(17, s.indicators().size());
    }

    @Test
    void theThirdQuarterSummaryShowsWhatWasLateThen() {
        Summary s = at(LocalDate.of(2023, 10, 5), LocalDate.of(2023, 7, 1));
        assertEquals(7, s.overdue().size(), "due by the end of September and not done in October");
        for (Summary.Late late : s.overdue()) {
            assertTrue(late.task().deadline().date().isBefore(LocalDate.of(2023, 10, 5)));
            assertTrue(late.task().status() != Status.DONE);
        }
        assertEquals(s.overdue().size(), s.count(Light.RED), "with no grace days, every overdue task is red");
        assertTrue(s.adjustments().containsKey(AdjustmentType.ADD), "tasks added in the third quarter");
        assertTrue(s.adjustments().containsKey(AdjustmentType.RESTORE));
    }

    @Test
    void aSummaryAsOfADateIsTheSummaryOfThatDaysLedger() throws ReflectiveOperationException {
        LocalDate june = LocalDate.of(2023, 6, 30);
        Summary before = at(june, LocalDate.of(2023, 4, 1));
        // The year goes on: later changes must not change what June looked like.
        clock.advance(Duration.ofDays(1));
        Task first = service.tasks().get(0);
        service.edit(first.toBuilder().progress("2024年一季度新进展").status(Status.DONE).build(), Note.by("赵静"));
        service.cancel(service.tasks().get(5).id(), Note.by("赵静", "撤并", ""));
        Summary after = at(june, LocalDate.of(2023, 4, 1));
        assertEquals(before.later() + 2, after.later(), "it says how many adjustments came after it");
        assertEquals(withoutLater(before), withoutLater(after));

        // And the summary from the rows as they are is the one rebuilt from the log for the same day.
        LocalDate day = clock.instant().atZone(ZONE).toLocalDate();
        Summary fromRows = SummaryBuilder.build(service.info(), service.tasks(), service.log(), service.lightRule(),
                SummaryBuilder.Request.of(day, LocalDate.of(2024, 1, 1)), ZONE, 0);
        Summary fromLog = SummaryBuilder.build(service.info(), service.tasksAsOf(org.taizhang.core.Days.endOf(day, ZONE)),
                service.log(), service.lightRule(), SummaryBuilder.Request.of(day, LocalDate.of(2024, 1, 1)), ZONE, 0);
        assertTrue(fromRows.equals(fromLog), "the same summary either way");
    }

    /** The summary's figures with its count of later adjustments left out. */
    private static Summary withoutLater(Summary s) throws ReflectiveOperationException {
        java.lang.reflect.RecordComponent[] parts = Summary.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = parts[i].getName().equals("later") ? 0 : parts[i].getAccessor().invoke(s);
        }
        return Summary.class.getDeclaredConstructor(types).newInstance(values);
    }

    @Test
    void aFilterCountsOnlyItsTasks() {
        TaskFilter health = TaskFilter.NONE.withText("医保");
        Summary s = SummaryBuilder.build(service, new SummaryBuilder.Request(LocalDate.of(2023, 12, 31),
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), health, "医保"), ZONE, TODAY);
        long mentioning = service.tasksAsOf(org.taizhang.core.Days.endOf(LocalDate.of(2023, 12, 31), ZONE)).stream()
                .filter(t -> org.taizhang.core.task.TaskSearch.matches(t, "医保")).count();
        assertEquals(mentioning, s.total());
        assertTrue(s.total() < 83);
        assertEquals("医保", s.scope());
        assertTrue(s.byDomain().stream().anyMatch(g -> g.name().equals("社会体制改革")), s.byDomain().toString());
    }

    @Test
    void noticesAreCountedByLevelAnsweredAndOverdueAndAreNoAdjustments() {
        Summary year = at(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 1, 1));
        assertEquals(new Summary.Notices(14, 7, 1, 21, 1, 0), year.notices());
        assertTrue(!year.adjustments().containsKey(org.taizhang.core.history.AdjustmentType.NOTICE)
                && !year.adjustments().containsKey(org.taizhang.core.history.AdjustmentType.NOTICE_ANSWERED));
        assertTrue(SummaryTables.overallText(year).contains("期间下发督办单 22 份（红色 14、黄色 7、蓝色 1），收到答复 21 份；"
                + "截至日逾期未答复 1 份，待答复 0 份。"), SummaryTables.overallText(year));
        // the fourth quarter: the October and December batches; at 12-05 the December ones await their reply
        Summary december = at(LocalDate.of(2023, 12, 5), LocalDate.of(2023, 10, 1));
        assertEquals(new Summary.Notices(6, 7, 1, 6, 0, 8), december.notices());
    }
}
