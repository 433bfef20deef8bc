package org.taizhang.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.task.DeadlineKind;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/** The sample a newcomer sees first must be a living ledger: rich, consistent, and with a real history. */
class SampleLedgerTest {
    @RegisterExtension
    static TestLedger sample = TestLedger.sample().at("2026-01-01T00:00:00Z");
    static OpenLedger ledger;
    static List<Task> tasks;
    static List<Adjustment> log;

    @BeforeAll
    static void build() {
        ledger = sample.ledger();
        tasks = ledger.service().tasks();
        log = ledger.service().log();
    }

    @Test
    void hasAtLeastSixtyTasksOverSixDomainsWithMeasures() {
        assertTrue(tasks.size() >= 60, "tasks: " + tasks.size());
        Set<String> domains = tasks.stream().map(Task::domain).collect(Collectors.toSet());
        assertTrue(domains.size() >= 6, "domains: " + domains);
        assertTrue(tasks.stream().filter(t -> t.parentId() != null).count() >= 10, "measures under tasks");
        assertTrue(domains.containsAll(ledger.service().domainNames().subList(0, 6)));
    }

    @Test
    void showsEveryStatusAndMixedDeadlines() {
        Set<Status> statuses = tasks.stream().map(Task::status).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Status.class)));
        // 已结转 comes with the year-end carry-over, after the sample's year
        assertEquals(EnumSet.complementOf(EnumSet.of(Status.CARRIED_OVER)), statuses);
        Set<DeadlineKind> kinds = tasks.stream().map(t -> t.deadline().kind()).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of(DeadlineKind.DATE, DeadlineKind.MONTH_END, DeadlineKind.QUARTER_END,
                DeadlineKind.HALF_YEAR_END, DeadlineKind.YEAR_END, DeadlineKind.ONGOING)), kinds.toString());
        assertTrue(tasks.stream().filter(t -> !t.target().isEmpty()).count() >= 10, "indicators");
    }

    @Test
    void itsHistoryHoldsEveryKindOfAdjustmentAndVerifies() {
        Set<AdjustmentType> types = log.stream().map(Adjustment::type).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of(AdjustmentType.ADD, AdjustmentType.PROGRESS, AdjustmentType.DEADLINE,
                AdjustmentType.LEAD_UNITS, AdjustmentType.PARTNER_UNITS, AdjustmentType.WORDING, AdjustmentType.CANCEL,
                AdjustmentType.MERGE, AdjustmentType.SPLIT, AdjustmentType.RESTORE)), types.toString());
        assertTrue(log.stream().filter(a -> a.type().needsReason()).allMatch(a -> !a.reason().isEmpty()));
        assertTrue(ledger.service().verify().ok());
        assertTrue(tasks.stream().filter(t -> t.status() == Status.MERGED).allMatch(t -> t.mergedInto() != null));
    }

    @Test
    void theBaselineIsTheLedgerAsApprovedInMarch() {
        var baseline = ledger.service().tasksAsOf(java.time.Instant.parse("2023-03-21T00:00:00Z"));
        assertTrue(baseline.size() < tasks.size(), "tasks were added later in the year");
        assertTrue(baseline.stream().allMatch(t -> t.progress().isEmpty()), "no progress yet in March");
        assertEquals(1, log.stream().filter(a -> a.time().isBefore(java.time.Instant.parse("2023-03-21T00:00:00Z")))
                .count());
    }

    @Test
    void carriesAYearOfRequestsDecidedAtTwoMeetings() {
        List<org.taizhang.core.request.Request> all = org.taizhang.core.request.Requests.replay(log);
        assertEquals(9, all.size());
        java.util.Map<String, Long> byList = new java.util.TreeMap<>();
        all.stream().filter(r -> r.decision() != null)
                .forEach(r -> byList.merge(r.decision().basis(), 1L, Long::sum));
        assertEquals(2, byList.size(), "two 深改委 meetings decided: " + byList);
        assertEquals(6, all.stream().filter(r -> r.decision() != null
                && r.decision().result() == org.taizhang.core.request.Request.Result.APPROVED).count());
        assertEquals(1, all.stream().filter(r -> r.decision() != null
                && r.decision().result() == org.taizhang.core.request.Request.Result.REFUSED).count());
        assertEquals(1, all.stream().filter(r -> r.state() == org.taizhang.core.request.Request.State.WITHDRAWN)
                .count());
        assertEquals(1, all.stream().filter(org.taizhang.core.request.Request::isOpen).count());
        for (org.taizhang.core.request.Request r : all) {
            if (r.adjustmentId() != null) {
                Adjustment applied = log.stream().filter(a -> a.id() == r.adjustmentId()).findFirst().orElseThrow();
                assertEquals(r.type().adjustment(), applied.type(), "an approved request is applied as its type");
                assertEquals(r.decision().basis(), applied.basis());
            }
        }
        assertTrue(ledger.service().verify().ok());
    }

    @Test
    void carriesAYearOfNoticesSomeAnsweredOneLateAndOneOverdue() {
        var notices = new org.taizhang.core.notice.Notices(ledger.service()).all();
        java.time.LocalDate end = java.time.LocalDate.of(2023, 12, 31);
        assertEquals(22, notices.size());
        assertEquals("改革督〔2023〕1号", notices.get(0).number());
        assertEquals("改革督〔2023〕22号", notices.get(notices.size() - 1).number());
        assertEquals(EnumSet.allOf(org.taizhang.core.notice.NoticeLevel.class),
                notices.stream().map(org.taizhang.core.notice.Notice::level).collect(Collectors.toSet()));
        var overdue = notices.stream().filter(n -> n.state(end) == org.taizhang.core.notice.Notice.State.OVERDUE).toList();
        assertEquals(1, overdue.size());
        assertEquals("市文旅广电局", overdue.get(0).unit());
        assertEquals(1, notices.stream().filter(n -> n.answered() != null && n.answered().isAfter(n.replyBy())).count(),
                "one answered after its reply deadline");
        assertEquals("中共北疆市委全面深化改革委员会办公室", notices.get(0).office());
        assertTrue(ledger.service().verify().ok());
    }
}
