package org.taizhang.core.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.taizhang.core.LedgerException;

/**
 * How 序时 lights are given, with the office's thresholds: red once a task is overdue by more
 * than {@code redGraceDays}; yellow when overdue within the grace, reported 滞后, or due within
 * {@code yellowDays}; green otherwise. Done tasks are green; cancelled and merged have none.
 */
public record LightRule(int yellowDays, int redGraceDays) {
    public static final LightRule DEFAULT = new LightRule(30, 0);

    public LightRule {
        if (yellowDays < 0 || yellowDays > 366 || redGraceDays < 0 || redGraceDays > 366) {
            throw new LedgerException("light.badThresholds");
        }
    }

    public Light of(Task task, LocalDate today) {
        Status status = task.status();
        if (status == Status.CANCELLED || status == Status.MERGED) {
            return Light.NONE;
        }
        if (status == Status.DONE) {
            return Light.GREEN;
        }
        LocalDate due = task.deadline().date();
        if (due == null) {
            return status == Status.BEHIND ? Light.YELLOW : Light.GREEN;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        if (daysLeft < -redGraceDays) {
            return Light.RED;
        }
        if (daysLeft < 0 || status == Status.BEHIND || daysLeft <= yellowDays) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }
}
