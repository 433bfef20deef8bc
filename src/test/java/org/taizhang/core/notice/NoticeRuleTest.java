package org.taizhang.core.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;

/** Which task lands at which level as of a day: the edges of {@link NoticeRule}. */
class NoticeRuleTest {
    private static final LocalDate D = LocalDate.of(2023, 6, 30);

    private static Task task(String deadline, Status status) {
        return Task.builder().id(1).number("1.").title("任务").year(2023).leadUnits(UnitList.parse("市发展改革委"))
                .deadline(deadline).status(status).build();
    }

    private static Optional<NoticeLevel> level(String deadline, Status status) {
        return NoticeRule.of(task(deadline, status), D, 10);
    }

    @Test
    void dueOnTheDayAndNotDoneAtItsEndIsRed() {
        assertEquals(Optional.of(NoticeLevel.RED), level("2023年6月30日", Status.IN_PROGRESS));
        assertEquals(Optional.of(NoticeLevel.RED), level("6月底前", Status.NOT_STARTED));
    }

    @Test
    void oneDayLateIsRedAndReportedBehindDoesNotLowerIt() {
        assertEquals(Optional.of(NoticeLevel.RED), level("2023年6月29日", Status.IN_PROGRESS));
        assertEquals(Optional.of(NoticeLevel.RED), level("2023年6月29日", Status.BEHIND));
    }

    @Test
    void reportedBehindAndNotYetDueIsYellowEvenWhenDueSoon() {
        assertEquals(Optional.of(NoticeLevel.YELLOW), level("2023年7月5日", Status.BEHIND));
        assertEquals(Optional.of(NoticeLevel.YELLOW), level("年底前", Status.BEHIND));
    }

    @Test
    void dueTheNextDayUpToNDaysIsBlueAndOneDayMoreIsNothing() {
        assertEquals(Optional.of(NoticeLevel.BLUE), level("2023年7月1日", Status.IN_PROGRESS));
        assertEquals(Optional.of(NoticeLevel.BLUE), level("2023年7月10日", Status.IN_PROGRESS));
        assertEquals(Optional.empty(), level("2023年7月11日", Status.IN_PROGRESS));
    }

    @Test
    void aRecurringDeadlineIsNeverRedAndBlueByItsNextDueDate() {
        // 每季度: next due after 6-30 is 9-30, beyond 10 days
        assertEquals(Optional.empty(), level("每季度", Status.IN_PROGRESS));
        assertEquals(Optional.of(NoticeLevel.BLUE), NoticeRule.of(task("每季度", Status.IN_PROGRESS),
                LocalDate.of(2023, 9, 25), 10));
        assertEquals(Optional.of(NoticeLevel.YELLOW), level("每季度", Status.BEHIND));
    }

    @Test
    void anUndatedDeadlineIsOnlyEverYellowWhenReportedBehind() {
        assertEquals(Optional.empty(), level("长期坚持", Status.IN_PROGRESS));
        assertEquals(Optional.empty(), level("根据上级部署", Status.NOT_STARTED));
        assertEquals(Optional.of(NoticeLevel.YELLOW), level("根据上级部署", Status.BEHIND));
    }

    @Test
    void closedTasksCallForNone() {
        for (Status s : new Status[] {Status.DONE, Status.CANCELLED, Status.MERGED, Status.CARRIED_OVER}) {
            assertEquals(Optional.empty(), level("2023年3月31日", s), s.label());
        }
    }

    @Test
    void workingDaysSkipTheWeekend() {
        // Friday 2023-06-30 + 5 working days = Friday 2023-07-07; Thursday + 2 = Monday
        assertEquals(LocalDate.of(2023, 7, 7), WorkingDays.after(LocalDate.of(2023, 6, 30), 5));
        assertEquals(LocalDate.of(2023, 7, 3), WorkingDays.after(LocalDate.of(2023, 6, 29), 2));
        assertEquals(LocalDate.of(2023, 7, 3), WorkingDays.after(LocalDate.of(2023, 7, 1), 1));
    }
}
