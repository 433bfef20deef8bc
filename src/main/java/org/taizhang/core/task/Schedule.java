package org.taizhang.core.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The ledger's one definition of a task's time, as of a day D: 截至 D means the end of day D. Every
 * figure that speaks of it (the report, the 序时 lights, the main window's counts, the workbook and
 * the PDF) asks here.
 * <ul>
 * <li><b>逾期</b> (overdue): a dated deadline on or before D, and the task not closed at D (neither
 * 已完成, 已取消, 已合并 nor 已结转: a carried task's time runs on in next year's ledger);</li>
 * <li><b>即将到期</b> (due soon): not done, due within N days after D (a recurring task by its next
 * due date after D);</li>
 * <li>a <b>recurring</b> deadline (每季度) is never overdue: it is due next after D; an
 * <b>undated</b> one (长期坚持, 根据上级部署, none) is neither overdue nor due;</li>
 * <li>滞后 is the status a unit reported: shown beside 逾期, never instead of it.</li>
 * </ul>
 */
public final class Schedule {
    private Schedule() {
    }

    /** Counts in the ledger's figures: neither cancelled nor merged (已完成 counts). */
    public static boolean isActive(Task t) {
        return !t.status().isWithdrawn();
    }

    /** A deadline with a date of its own: a day, a month's, quarter's, half year's or year's end. */
    public static boolean isDated(Task t) {
        return t.deadline().date() != null;
    }

    public static boolean isRecurring(Task t) {
        return t.deadline().kind() == DeadlineKind.RECURRING;
    }

    /** No date to be late by: 长期坚持, 2023年起, 根据上级部署, none written. */
    public static boolean isUndated(Task t) {
        return !isDated(t) && !isRecurring(t);
    }

    /** When the task is due as of D: its date, or a recurring task's next due date after D; null when undated. */
    public static LocalDate due(Task t, LocalDate asOf) {
        return t.deadline().dueAfter(asOf);
    }

    /** 逾期 at the end of D. */
    public static boolean isOverdue(Task t, LocalDate asOf) {
        return !t.status().isClosed() && isDated(t) && !t.deadline().date().isAfter(asOf);
    }

    /** Days an overdue task is late at the end of D: 0 when it was due on D. */
    public static int daysLate(Task t, LocalDate asOf) {
        return (int) ChronoUnit.DAYS.between(t.deadline().date(), asOf);
    }

    /** 即将到期: not closed, due after D and no later than {@code days} after it. */
    public static boolean isDueSoon(Task t, LocalDate asOf, int days) {
        if (t.status().isClosed()) {
            return false;
        }
        LocalDate due = due(t, asOf);
        return due != null && due.isAfter(asOf) && !due.isAfter(asOf.plusDays(days));
    }

    /** Days from D to the task's due date (positive: still to come). */
    public static int daysLeft(Task t, LocalDate asOf) {
        LocalDate due = due(t, asOf);
        return due == null ? Integer.MAX_VALUE : (int) ChronoUnit.DAYS.between(asOf, due);
    }

    /**
     * Counts toward 按期完成率 as of D: active and due on or before D (a dated deadline). It was
     * completed on time when it is 已完成 at D and the adjustment that set 已完成 fell on or before
     * its deadline ({@code completed}: that day, or null).
     */
    public static boolean countsForOnTime(Task t, LocalDate asOf) {
        return isActive(t) && isDated(t) && !t.deadline().date().isAfter(asOf);
    }

    public static boolean completedOnTime(Task t, LocalDate completed) {
        return t.status() == Status.DONE && completed != null && !completed.isAfter(t.deadline().date());
    }
}
