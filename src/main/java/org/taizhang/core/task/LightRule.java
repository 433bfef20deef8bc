package org.taizhang.core.task;

import java.time.LocalDate;
import org.taizhang.core.LedgerException;

/**
 * How 序时 lights are given, with the office's thresholds, on {@link Schedule}'s definitions: red
 * once a task is overdue (逾期) by {@code redGraceDays} days or more (0: as soon as it is overdue,
 * so the red lights are the overdue tasks); yellow when overdue within the grace, reported 滞后, or
 * due within {@code yellowDays} (即将到期, a recurring task by its next due date); green otherwise.
 * Done tasks are green; cancelled, merged and carried-over ones have none (a carried task's light
 * is next year's ledger's).
 */
public record LightRule(int yellowDays, int redGraceDays) {
    public static final LightRule DEFAULT = new LightRule(30, 0);

    public LightRule {
        if (yellowDays < 0 || yellowDays > 366 || redGraceDays < 0 || redGraceDays > 366) {
            throw new LedgerException("light.badThresholds");
        }
    }

    /** The light at the end of day {@code asOf}. */
    public Light of(Task task, LocalDate asOf) {
        if (!Schedule.isActive(task) || task.status() == Status.CARRIED_OVER) {
            return Light.NONE;
        }
        if (task.status() == Status.DONE) {
            return Light.GREEN;
        }
        if (Schedule.isOverdue(task, asOf)) {
            return Schedule.daysLate(task, asOf) >= redGraceDays ? Light.RED : Light.YELLOW;
        }
        if (task.status() == Status.BEHIND || Schedule.isDueSoon(task, asOf, yellowDays)) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }
}
