package org.taizhang.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taizhang.core.I18n;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;

/**
 * The summary's tables, defined once for the printed pages and the workbook: by 领域, by lead
 * unit (ranked), overdue, red, due soon, units that did not report, adjustments, the adjustments
 * the committee approved, indicators.
 * Counts stay numbers so a workbook can sum them.
 */
public final class SummaryTables {
    private SummaryTables() {
    }

    /** A column: header, width in Chinese characters (on paper, its share of the page), centred or not. */
    public record Column(String header, int width, boolean centered) {
    }

    /** One table: the sheet's short name, the section heading, columns, rows, and what to say when empty. */
    public record Table(String name, String heading, List<Column> columns, List<List<Object>> rows, String empty) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** "北疆市2023年全面深化改革任务推进情况": the ledger's title, "…任务台账" read as "…任务". */
    public static String title(Summary s) {
        String ledger = s.info().title();
        return I18n.text("report.title", ledger.endsWith("台账") ? ledger.substring(0, ledger.length() - 2) : ledger);
    }

    /** What a headline figure counts; each screen colours it and links it to its tasks by this. */
    public enum Measure {
        ACTIVE, DONE, COMPLETION, ON_TIME, BEHIND, OVERDUE, DUE_SOON
    }

    /** A headline figure: what it counts, its value as printed and its words. */
    public record Figure(Measure measure, String value, String label) {
    }

    /**
     * The figures over the report, the same on screen and on paper: 滞后 (what units reported) beside
     * 逾期 (what the deadlines say), never one instead of the other.
     */
    public static List<Figure> figures(Summary s) {
        return List.of(new Figure(Measure.ACTIVE, Integer.toString(s.active()), I18n.text("report.figActive")),
                new Figure(Measure.DONE, Integer.toString(s.count(Status.DONE)), I18n.text("report.figDone")),
                new Figure(Measure.COMPLETION, percent(s.completion()), I18n.text("report.figCompletion")),
                new Figure(Measure.ON_TIME, percent(s.onTimeRate()), I18n.text("report.timeliness")),
                new Figure(Measure.BEHIND, Integer.toString(s.count(Status.BEHIND)), I18n.text("report.figBehind")),
                new Figure(Measure.OVERDUE, Integer.toString(s.overdue().size()), I18n.text("report.figOverdue")),
                new Figure(Measure.DUE_SOON, Integer.toString(s.dueSoon().size()),
                        I18n.text("report.figDueSoon", s.dueSoonDays())));
    }

    /** The line under the title: 截至, the period, and the filter when there is one. */
    public static String dates(Summary s) {
        String dates = I18n.text("report.dates", DAY.format(s.asOf()), DAY.format(s.from()), DAY.format(s.to()));
        return s.scope().isEmpty() ? dates : dates + I18n.text("report.scope", s.scope());
    }

    /**
     * The opening paragraph: how many tasks, how far done, how lit, how many late, how many done on
     * time; and, when so, that the report's date is after the ledger's year and how many
     * adjustments came after it.
     */
    public static String overallText(Summary s) {
        StringBuilder b = new StringBuilder(I18n.text("report.overallText", s.total(), s.count(Status.CANCELLED),
                s.count(Status.MERGED), s.active(), s.count(Status.DONE), percent(s.completion()),
                s.count(Status.IN_PROGRESS), s.count(Status.BEHIND), s.count(Status.NOT_STARTED), s.count(Status.ONGOING),
                s.count(Light.GREEN), s.count(Light.YELLOW), s.count(Light.RED), s.overdue().size(), s.dueSoon().size(),
                s.dueSoonDays(), s.due(), s.onTime(), percent(s.onTimeRate()), s.recurring(), s.undated()));
        if (s.asOf().isAfter(java.time.LocalDate.of(s.info().year(), 12, 31))) {
            b.append(I18n.text("report.afterYear", Integer.toString(s.info().year())));
        }
        Summary.Requests r = s.requests();
        if (r.received() + r.approved() + r.partly() + r.refused() + r.withdrawn() + r.open() > 0) {
            b.append(I18n.text("report.requests", r.received(), r.approved(), r.partly(), r.refused(), r.withdrawn(),
                    r.open()));
        }
        Summary.Notices n = s.notices();
        if (n.issued() + n.answered() + n.overdue() + n.open() > 0) {
            b.append(I18n.text("report.notices", n.issued(), n.red(), n.yellow(), n.blue(), n.answered(), n.overdue(),
                    n.open()));
        }
        if (s.later() > 0) {
            b.append(I18n.text("report.later", s.later()));
        }
        return b.toString();
    }

    public static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A share, or "—" when there is nothing to take it of (no task due yet). */
    public static String percent(Double share) {
        return share == null ? I18n.text("report.noneDue") : percent(share.doubleValue());
    }

    /**
     * The statuses the active tasks are counted by, in the charts and the overall table: 已结转 only
     * for a ledger that carried tasks over (at year end), so the other reports read as before.
     */
    public static List<Status> activeStatuses(Summary s) {
        List<Status> out = new ArrayList<>(List.of(Status.DONE, Status.IN_PROGRESS, Status.BEHIND, Status.NOT_STARTED,
                Status.ONGOING));
        if (s.count(Status.CARRIED_OVER) > 0) {
            out.add(Status.CARRIED_OVER);
        }
        return out;
    }

    /** The overall figures as a table (item, count, share of the active tasks), for the workbook's first sheet. */
    public static Table overall(Summary s) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(I18n.text("report.total"), s.total(), ""));
        rows.add(List.of(Status.CANCELLED.label(), s.count(Status.CANCELLED), ""));
        rows.add(List.of(Status.MERGED.label(), s.count(Status.MERGED), ""));
        rows.add(List.of(I18n.text("report.figActive"), s.active(), share(s, s.active())));
        for (Status st : activeStatuses(s)) {
            rows.add(List.of(st.label(), s.count(st), share(s, s.count(st))));
        }
        for (Light l : List.of(Light.GREEN, Light.YELLOW, Light.RED)) {
            rows.add(List.of(l.label(), s.count(l), share(s, s.count(l))));
        }
        rows.add(List.of(I18n.text("report.overdueCount"), s.overdue().size(), share(s, s.overdue().size())));
        rows.add(List.of(I18n.text("report.figDueSoon", s.dueSoonDays()), s.dueSoon().size(),
                share(s, s.dueSoon().size())));
        rows.add(List.of(I18n.text("report.onTimeRate"), s.onTime() + "/" + s.due(), percent(s.onTimeRate())));
        rows.add(List.of(I18n.text("report.recurring"), s.recurring(), share(s, s.recurring())));
        rows.add(List.of(I18n.text("report.undated"), s.undated(), share(s, s.undated())));
        return new Table(I18n.text("report.overallSheet"), I18n.text("report.overall"),
                List.of(new Column(I18n.text("report.item"), 14, false), new Column(I18n.text("report.value"), 8, true),
                        new Column(I18n.text("report.share"), 10, true)),
                rows, "");
    }

    private static String share(Summary s, int count) {
        return s.active() == 0 ? "" : percent((double) count / s.active());
    }

    public static List<Table> all(Summary s) {
        List<Table> out = new ArrayList<>();
        out.add(new Table(I18n.text("report.byDomainSheet"), I18n.text("report.byDomain"), groupColumns(false),
                groupRows(s.byDomain(), false), I18n.text("report.none")));
        out.add(new Table(I18n.text("report.byUnitSheet"), I18n.text("report.byUnit"), groupColumns(true),
                groupRows(s.byUnit(), true), I18n.text("report.none")));
        out.add(new Table(I18n.text("report.overdueSheet"), I18n.text("report.overdue", s.overdue().size()),
                lateColumns(I18n.text("report.daysOverdue")), lateRows(s, s.overdue(), false), I18n.text("report.noOverdue")));
        out.add(new Table(I18n.text("report.redSheet"), I18n.text("report.red", s.red().size()), taskColumns(),
                taskRows(s, s.red()), I18n.text("report.none")));
        out.add(new Table(I18n.text("report.dueSoonSheet"), I18n.text("report.dueSoon", s.dueSoon().size(),
                s.dueSoonDays()),
                lateColumns(I18n.text("report.daysLeft")), lateRows(s, s.dueSoon(), true), I18n.text("report.none")));

        List<List<Object>> silence = new ArrayList<>();
        for (Summary.Silence u : s.silentUnits()) {
            silence.add(List.of(u.unit(), u.openTasks(), u.notUpdated()));
        }
        out.add(new Table(I18n.text("report.silentSheet"), I18n.text("report.silent", s.silentUnits().size()),
                List.of(new Column(I18n.text("field.leadUnits"), 24, false),
                        new Column(I18n.text("report.openTasks"), 8, true),
                        new Column(I18n.text("report.notUpdated"), 8, true)),
                silence, I18n.text("report.allReported")));

        List<List<Object>> moves = new ArrayList<>();
        for (Map.Entry<AdjustmentType, Integer> e : s.adjustments().entrySet()) {
            moves.add(List.of(e.getKey().label(), e.getValue()));
        }
        out.add(new Table(I18n.text("report.adjustmentsSheet"), I18n.text("report.adjustments"),
                List.of(new Column(I18n.text("report.adjustmentType"), 16, false),
                        new Column(I18n.text("report.times"), 8, true)),
                moves, I18n.text("report.noAdjustments")));

        List<List<Object>> adjusted = new ArrayList<>();
        for (Summary.Adjusted a : s.requests().adjusted()) {
            adjusted.add(List.of(a.number(), a.title(), a.type(), a.to(), a.unit(), a.basis(), DAY.format(a.decided())));
        }
        out.add(new Table(I18n.text("report.adjustedSheet"), I18n.text("report.adjusted", adjusted.size()),
                List.of(new Column(I18n.text("field.number"), 4, true), new Column(I18n.text("field.title"), 18, false),
                        new Column(I18n.text("report.adjustmentType"), 6, true),
                        new Column(I18n.text("report.adjustedTo"), 12, false),
                        new Column(I18n.text("report.askedBy"), 7, false), new Column(I18n.text("report.basis"), 10, false),
                        new Column(I18n.text("report.decidedOn"), 7, true)),
                adjusted, I18n.text("report.noAdjusted")));

        List<List<Object>> indicators = Lists.mapped(s.indicators(), i -> List.of(s.number(i.task()), i.task().title(),
                i.target(), i.actual(), i.unit(), i.percent() == null ? "—" : percent(i.percent())));
        out.add(new Table(I18n.text("report.indicatorsSheet"), I18n.text("report.indicators", s.indicators().size()),
                List.of(new Column(I18n.text("field.number"), 4, true), new Column(I18n.text("field.title"), 30, false),
                        new Column(I18n.text("field.target"), 6, true), new Column(I18n.text("field.actual"), 6, true),
                        new Column(I18n.text("field.unit"), 5, true), new Column(I18n.text("report.reached"), 6, true)),
                indicators, I18n.text("report.none")));
        return out;
    }

    private static List<Column> groupColumns(boolean units) {
        List<Column> out = new ArrayList<>();
        if (units) {
            out.add(new Column(I18n.text("report.rank"), 3, true));
        }
        out.add(new Column(I18n.text(units ? "field.leadUnits" : "field.domain"), 13, false));
        out.add(new Column(I18n.text("report.active"), 4, true));
        for (Status st : List.of(Status.DONE, Status.IN_PROGRESS, Status.BEHIND, Status.NOT_STARTED)) {
            out.add(new Column(st.label(), 4, true));
        }
        out.add(new Column(Status.ONGOING.label(), 5, true));
        out.add(new Column(I18n.text("report.completion"), 5, true));
        out.add(new Column(I18n.text("report.timeliness"), 5, true));
        return out;
    }

    private static List<List<Object>> groupRows(List<Summary.Group> groups, boolean ranked) {
        List<List<Object>> out = new ArrayList<>();
        int rank = 0;
        for (Summary.Group g : groups) {
            List<Object> row = new ArrayList<>();
            if (ranked) {
                row.add(++rank);
            }
            row.addAll(List.of(g.name(), g.active(), g.done(), g.inProgress(), g.behind(), g.notStarted(), g.ongoing(),
                    percent(g.completion()), percent(g.onTimeRate())));
            out.add(row);
        }
        return out;
    }

    private static List<Column> taskColumns() {
        return List.of(new Column(I18n.text("field.number"), 5, true), new Column(I18n.text("field.title"), 27, false),
                new Column(I18n.text("field.leadUnits"), 11, false), new Column(I18n.text("field.deadline"), 7, true),
                new Column(I18n.text("field.status"), 5, true));
    }

    /** A row for each task, made when it is read (a list of a large ledger's tasks is written, not held twice). */
    private static List<List<Object>> taskRows(Summary s, List<Task> tasks) {
        return Lists.mapped(tasks, t -> List.of(s.number(t), t.title(), units(t), t.deadline().text(),
                t.status().label()));
    }

    /** The lead units as a reader writes them, without the ledger's "*" that marks the first. */
    private static String units(Task t) {
        return String.join("、", t.leadUnits().names());
    }

    private static List<Column> lateColumns(String days) {
        List<Column> out = new ArrayList<>(taskColumns());
        out.add(new Column(days, 6, true));
        return out;
    }

    private static List<List<Object>> lateRows(Summary s, List<Summary.Late> late, boolean left) {
        return Lists.mapped(late, l -> List.of(s.number(l.task()), l.task().title(), units(l.task()),
                l.task().deadline().text(), l.task().status().label(), left ? -l.days() : l.days()));
    }
}
