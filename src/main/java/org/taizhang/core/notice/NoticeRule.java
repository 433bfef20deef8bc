package org.taizhang.core.notice;

import java.time.LocalDate;
import java.util.Optional;
import org.taizhang.core.task.Schedule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;

/**
 * Which 督办单 a task calls for as of a day D (the end of D), on {@link Schedule}'s one definition of
 * time; a task is on one level only, the highest:
 * <ul>
 * <li><b>红色</b>: 逾期 ({@link Schedule#isOverdue}): a dated deadline on or before D and the task
 * not closed, whatever the light's grace (a task due on D and not done at its end is red, 0 days
 * late);</li>
 * <li><b>黄色</b>: behind: the unit reported 滞后. (The 序时 light is yellow for three reasons:
 * overdue within its grace, which is red here; 滞后, which is this; due soon, which is blue.)</li>
 * <li><b>蓝色</b>: due soon ({@link Schedule#isDueSoon}): due after D and within {@code blueDays};
 * a recurring deadline (每季度) by its next due date.</li>
 * </ul>
 * A recurring deadline is never red; an undated one (长期坚持, 根据上级部署) only yellow, when
 * reported 滞后. Closed tasks (已完成, 已取消, 已合并, 已结转) call for none.
 */
public final class NoticeRule {
    private NoticeRule() {
    }

    public static Optional<NoticeLevel> of(Task task, LocalDate asOf, int blueDays) {
        if (task.status().isClosed()) {
            return Optional.empty();
        }
        if (Schedule.isOverdue(task, asOf)) {
            return Optional.of(NoticeLevel.RED);
        }
        if (task.status() == Status.BEHIND) {
            return Optional.of(NoticeLevel.YELLOW);
        }
        if (Schedule.isDueSoon(task, asOf, blueDays)) {
            return Optional.of(NoticeLevel.BLUE);
        }
        return Optional.empty();
    }
}
