package org.taizhang.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;

/**
 * The figures the committee is shown: for the ledger (or the tasks a filter chose) as it stood at
 * the end of {@code asOf}, and for the period {@code from}..{@code to}. Tasks here are every row of
 * the ledger, measures included; "active" tasks are those neither cancelled nor merged. Time is
 * counted as {@link org.taizhang.core.task.Schedule} defines it: {@code due} tasks were due on or
 * before {@code asOf}, {@code onTime} of them completed by their deadline; recurring and undated
 * tasks are counted apart; {@code later} adjustments were made after {@code asOf} and are not in
 * these figures; due soon means within {@code dueSoonDays}. {@code code} is the ledger's check code
 * as of {@code asOf}, printed on every page.
 */
public record Summary(LedgerInfo info, String scope, LocalDate asOf, LocalDate from, LocalDate to,
        int total, int active, Map<Status, Integer> byStatus, double completion,
        Map<Light, Integer> lights, List<Group> byDomain, List<Group> byUnit,
        List<Late> overdue, List<Late> dueSoon, List<Task> red, List<Task> yellow,
        List<Task> notUpdated, List<Silence> silentUnits, Map<AdjustmentType, Integer> adjustments,
        List<Indicator> indicators, Map<Long, String> fullNumbers, int due, int onTime, int recurring,
        int undated, int later, int dueSoonDays, CheckCode code, Requests requests, Notices notices) {

    /**
     * 督办单 in the period: issued, by level; answered (by the answer's day); and at the report's
     * date, those past their reply deadline without an answer ({@code overdue}, whenever issued) and
     * those still within it ({@code open}).
     */
    public record Notices(int red, int yellow, int blue, int answered, int overdue, int open) {
        public static final Notices NONE = new Notices(0, 0, 0, 0, 0, 0);

        public int issued() {
            return red + yellow + blue;
        }
    }

    /**
     * Adjustment requests in the period: received, and decided (同意, 部分同意, 不同意) or withdrawn;
     * {@code open}: received by the report's date and not yet decided nor withdrawn then;
     * {@code adjusted}: the adjustments the period's approvals made, in the order decided.
     */
    public record Requests(int received, int approved, int partly, int refused, int withdrawn, int open,
            List<Adjusted> adjusted) {
        public static final Requests NONE = new Requests(0, 0, 0, 0, 0, 0, List.of());

        public Requests {
            adjusted = List.copyOf(adjusted);
        }
    }

    /**
     * An adjustment made because the committee approved a request: the task (序号 and title as of the
     * report's date; for 新增 as proposed), the type, what it was adjusted to, the unit that asked,
     * the decision's basis and date.
     */
    public record Adjusted(String number, String title, String type, String to, String unit, String basis,
            LocalDate decided) {
    }

    /**
     * Counts for one 领域 or one lead unit: active tasks by status, red lights, overdue and due soon,
     * and of those due by the report's date, how many were completed on time.
     */
    public record Group(String name, int active, int done, int inProgress, int behind, int notStarted, int ongoing,
            int red, int overdue, int dueSoon, int due, int onTime) {
        /** Done of active, 0..1. */
        public double completion() {
            return active == 0 ? 0 : (double) done / active;
        }

        /** 按期完成率: completed on time of those due, 0..1; null when none was due yet. */
        public Double onTimeRate() {
            return due == 0 ? null : (double) onTime / due;
        }
    }

    /** A task overdue (days &gt;= 0: days past its deadline, 0 when due on the report's date) or due soon (days &lt; 0: days left, negated). */
    public record Late(Task task, int days) {
    }

    /** 按期完成率: of the tasks due by the report's date, the share completed by their deadline; null when none was due. */
    public Double onTimeRate() {
        return due == 0 ? null : (double) onTime / due;
    }

    /** A unit that sent no progress in the period for these of its open tasks. */
    public record Silence(String unit, int openTasks, int notUpdated) {
    }

    /** An indicator: target, actual, unit of measure, and actual as a share of target when both are numbers. */
    public record Indicator(Task task, String target, String actual, String unit, Double percent) {
    }

    /** The task's number with its parents' before it, as "2.(3)". */
    public String number(Task task) {
        return fullNumbers.getOrDefault(task.id(), task.number().text());
    }

    public int count(Status status) {
        return byStatus.getOrDefault(status, 0);
    }

    public int count(Light light) {
        return lights.getOrDefault(light, 0);
    }
}
