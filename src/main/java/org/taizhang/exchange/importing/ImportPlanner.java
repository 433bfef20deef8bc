package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.taizhang.core.Message;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.Replay;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;

/**
 * Matches a workbook's rows to the ledger and says what importing it would change. A row carrying
 * the hidden id of a Taizhang export matches that task; any other row matches by 序号 (under the
 * same parent) and title within the same lead unit, or failing that by a title nearly the same.
 * An empty cell changes nothing: a department leaves blank what it does not report; "无" in
 * 存在问题, 下一步 or 备注 clears it (the row carries it as an empty value).
 */
public final class ImportPlanner {
    /** Titles at least this alike (bigram Dice) match when the 序号 agrees. */
    static final double SAME_NUMBER_TITLE = 0.5;
    /** Titles at least this alike match without a 序号. */
    static final double TITLE_ONLY = 0.85;

    private final List<Task> ledger;
    private final LongFunction<List<Adjustment>> historyOf;
    private final int ledgerYear;
    private final Map<Long, Task> byId = new HashMap<>();
    private final Map<String, List<Task>> byPath = new HashMap<>();
    private final Map<String, List<Task>> byUnit = new HashMap<>();

    /**
     * @param ledger    the ledger's current tasks
     * @param historyOf a task's timeline, to know what it held when a workbook was exported
     */
    public ImportPlanner(List<Task> ledger, LongFunction<List<Adjustment>> historyOf, int ledgerYear) {
        this.ledger = ledger;
        this.historyOf = historyOf;
        this.ledgerYear = ledgerYear;
        ledger.forEach(t -> byId.put(t.id(), t));
        for (Task t : ledger) {
            byPath.computeIfAbsent(path(t), k -> new ArrayList<>()).add(t);
            for (String unit : t.leadUnits().names()) {
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(t);
            }
        }
    }

    public ImportPlan plan(WorkbookData data) {
        List<ImportPlan.Entry> entries = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(data.errors());
        Map<RowRef, Task> taskOfRow = new HashMap<>();
        Map<RowRef, ImportRow> rowsByRef = new HashMap<>();
        data.rows().forEach(r -> rowsByRef.put(r.ref(), r));
        Map<Long, ImportRow> matched = new HashMap<>();
        Map<RowRef, Task> proposedOfRow = new HashMap<>();
        for (ImportRow row : data.rows()) {
            Match m = match(row, rowsByRef, taskOfRow);
            if (m.task() != null && matched.containsKey(m.task().id())) {
                ImportRow earlier = matched.get(m.task().id());
                lose(errors, row, new Message("import.sameTaskTwice", m.task().number().text(), m.task().title(),
                        earlier.sheet(), earlier.row()));
                continue;
            }
            if (m.task() == null && !row.has(Column.TITLE)) {
                lose(errors, row, new Message(row.taskId() != null ? "import.unknownId" : "import.newWithoutTitle",
                        row.taskId() == null ? row.get(Column.NUMBER) : row.taskId()));
                continue;
            }
            if (m.task() != null) {
                matched.put(m.task().id(), row);
            }
            taskOfRow.put(row.ref(), m.task());
            ImportPlan.Entry entry = m.task() == null ? added(row, parentOf(row, taskOfRow, proposedOfRow))
                    : changed(row, m);
            proposedOfRow.put(row.ref(), entry.proposed());
            entries.add(entry);
        }
        errors.sort(java.util.Comparator.comparing((RowError e) -> sheetIndex(data, e.sheet()))
                .thenComparingInt(RowError::row));
        return new ImportPlan(data, entries, missing(data, matched.keySet()), errors);
    }

    private static int sheetIndex(WorkbookData data, String sheet) {
        for (int i = 0; i < data.sheets().size(); i++) {
            if (data.sheets().get(i).name().equals(sheet)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A row the plan cannot take: its reason, and its unreadable cells, each now costing the row. */
    private static void lose(List<RowError> errors, ImportRow row, Message why) {
        errors.replaceAll(e -> e.sheet().equals(row.sheet()) && e.row() == row.row() ? e.costingRow() : e);
        String shown = row.has(Column.TITLE) ? row.get(Column.TITLE) : row.get(Column.NUMBER);
        errors.add(new RowError(row.sheet(), row.row(), "", "", shown.length() > 60 ? shown.substring(0, 60) + "…"
                : shown, why, RowError.Cost.ROW));
    }

    private record Match(Task task, String how) {
    }

    private Match match(ImportRow row, Map<RowRef, ImportRow> rows, Map<RowRef, Task> taskOfRow) {
        Long id = row.taskId();
        if (id != null) {
            return new Match(byId.get(id), "id");
        }
        UnitList units = UnitList.parse(row.get(Column.LEAD_UNITS));
        if (units.isEmpty() && !row.unit().isEmpty() && byUnit.containsKey(row.unit())) {
            units = UnitList.of(row.unit()); // the sheet's 填报单位 (or its name) when the row names none
        }
        String parentPath = "";
        if (row.parent() != null) {
            Task parentTask = taskOfRow.get(row.parent());
            ImportRow parentRow = rows.get(row.parent());
            parentPath = parentTask != null ? path(parentTask)
                    : "new:" + (parentRow == null ? "" : parentRow.ref()); // under a new task: nothing to match
        }
        String key = (parentPath.isEmpty() ? "" : parentPath + "/") + numberKey(row.get(Column.NUMBER));
        Task best = null;
        double bestScore = -1;
        if (row.has(Column.NUMBER) || row.parent() != null) {
            for (Task t : byPath.getOrDefault(key, List.of())) {
                if (!units.isEmpty() && !sharesUnit(t, units) && row.parent() == null) {
                    continue;
                }
                double score = row.has(Column.TITLE) ? similarity(t.title(), row.get(Column.TITLE)) : 1;
                if (score >= SAME_NUMBER_TITLE && score > bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
            if (best != null) {
                return new Match(best, "number");
            }
        }
        if (row.has(Column.TITLE) && !parentPath.startsWith("new:")) {
            Collection<Task> among = units.isEmpty() ? ledger : tasksOf(units);
            for (Task t : among) {
                double score = similarity(t.title(), row.get(Column.TITLE));
                if (score >= TITLE_ONLY && score > bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
        }
        return new Match(best, best == null ? "" : "title");
    }

    private Collection<Task> tasksOf(UnitList units) {
        Map<Long, Task> out = new LinkedHashMap<>();
        for (String unit : units.names()) {
            byUnit.getOrDefault(unit, List.of()).forEach(t -> out.put(t.id(), t));
        }
        return out.values();
    }

    private static boolean sharesUnit(Task t, UnitList units) {
        return units.names().stream().anyMatch(t.leadUnits()::contains);
    }

    /** The task a row's measure stands under: a ledger task it matched, or the new one its row proposes. */
    private static Task parentOf(ImportRow row, Map<RowRef, Task> taskOfRow, Map<RowRef, Task> proposedOfRow) {
        if (row.parent() == null) {
            return null;
        }
        Task matched = taskOfRow.get(row.parent());
        return matched != null ? matched : proposedOfRow.get(row.parent());
    }

    /**
     * A new task from a row. What its row leaves blank it takes from where it stands: a measure
     * from its task (领域, 年度, 牵头单位), a task from the sheet (the 领域 heading or sheet name
     * over it, the unit of the 填报单位 line or sheet name).
     */
    private ImportPlan.Entry added(ImportRow row, Task parent) {
        Task.Builder b = write(Task.builder().year(ledgerYear).status(Status.NOT_STARTED), row, null);
        if (!row.has(Column.DOMAIN)) {
            b.domain(!row.domain().isEmpty() || parent == null ? row.domain() : parent.domain());
        }
        if (!row.has(Column.YEAR) && parent != null && parent.year() != 0) {
            b.year(parent.year());
        }
        if (!row.has(Column.LEAD_UNITS)) {
            b.leadUnits(parent != null ? parent.leadUnits() : UnitList.parse(row.unit()));
        }
        // A new task's fields are the proposed task itself; they are not listed again as changes.
        return new ImportPlan.Entry(row, ImportPlan.Kind.NEW, null, b.build(), List.of(), List.of(), "");
    }

    private ImportPlan.Entry changed(ImportRow row, Match m) {
        Task now = m.task();
        Task proposed = write(now.toBuilder(), row, now).build();
        List<FieldChange> changes = TaskChange.between(now, proposed).fields();
        Integer exportedAt = row.revision();
        if (changes.isEmpty() || exportedAt == null || now.revision() <= exportedAt) {
            return new ImportPlan.Entry(row, changes.isEmpty() ? ImportPlan.Kind.UNCHANGED : ImportPlan.Kind.CHANGED,
                    now, proposed, changes, List.of(), m.how());
        }
        // The ledger moved on since the export: a field the workbook left as exported is no change of
        // the department's; a field both changed is a conflict.
        Task exported = stateAt(now.id(), exportedAt);
        Task.Builder kept = proposed.toBuilder();
        List<ImportPlan.Conflict> conflicts = new ArrayList<>();
        for (FieldChange f : changes) {
            String then = exported == null ? "" : f.field().read(exported);
            if (f.after().equals(then)) {
                f.field().write(kept, f.before());
            } else if (!f.before().equals(then)) {
                conflicts.add(new ImportPlan.Conflict(f.field(), then, f.before(), f.after()));
            }
        }
        Task resolved = kept.build();
        List<FieldChange> left = TaskChange.between(now, resolved).fields();
        ImportPlan.Kind kind = !conflicts.isEmpty() ? ImportPlan.Kind.CONFLICT
                : left.isEmpty() ? ImportPlan.Kind.UNCHANGED : ImportPlan.Kind.CHANGED;
        return new ImportPlan.Entry(row, kind, now, resolved, left, conflicts, m.how());
    }

    /** The task as it stood at a revision, rebuilt from its own timeline. */
    private Task stateAt(long id, int revision) {
        Map<Long, Task> one = new HashMap<>();
        for (Adjustment a : historyOf.apply(id)) {
            for (TaskChange c : a.changes()) {
                if (c.taskId() == id) {
                    Replay.apply(one, c);
                }
            }
            Task t = one.get(id);
            if (t != null && t.revision() >= revision) {
                return t;
            }
        }
        return one.get(id);
    }

    /** The row's values written over a task ({@code now}: the task as the ledger has it, or null). */
    private static Task.Builder write(Task.Builder b, ImportRow row, Task now) {
        for (Map.Entry<Column, String> v : row.values().entrySet()) {
            TaskField field = v.getKey().field();
            if (field != null && (!v.getValue().isEmpty() || v.getKey().clearedByNothing())) { // 存在问题：无
                field.write(b, v.getValue());
            }
        }
        if (!row.has(Column.STATUS) && row.completion() != null) {
            b.status(status(row.completion(), now == null ? null : now.status(), row.has(Column.PROGRESS)));
        }
        return b;
    }

    /**
     * What 是/否 or a percentage says of a task's status, given its status now (null for a new task):
     * 是 and 100 % are 已完成; 否 and a part done leave an open task's status as it is (滞后 stays
     * 滞后) and reopen a finished one as 推进中; a new task is 推进中 when it has progress or a part
     * done, else 未启动.
     */
    static Status status(Completion said, Status now, boolean hasProgress) {
        if (said == Completion.DONE) {
            return Status.DONE;
        }
        if (now == null) {
            return said == Completion.STARTED || said == Completion.NOT_DONE && hasProgress ? Status.IN_PROGRESS
                    : Status.NOT_STARTED;
        }
        if (now == Status.DONE) {
            return said == Completion.NOT_STARTED ? Status.NOT_STARTED : Status.IN_PROGRESS;
        }
        return said == Completion.STARTED && now == Status.NOT_STARTED ? Status.IN_PROGRESS : now;
    }

    /**
     * The ledger's open tasks the workbook should hold but does not: those led by the workbook's
     * units (from its 填报单位 lines or sheet names, else from the tasks its rows matched).
     */
    private List<Task> missing(WorkbookData data, Set<Long> matched) {
        Set<String> units = new HashSet<>(data.units());
        if (units.isEmpty()) {
            matched.forEach(id -> units.add(byId.get(id).leadUnits().primary()));
        }
        List<Task> out = new ArrayList<>();
        for (Task t : ledger) {
            boolean inScope = t.leadUnits().names().stream().anyMatch(units::contains);
            boolean open = !t.status().isWithdrawn();
            if (inScope && open && !matched.contains(t.id())) {
                out.add(t);
            }
        }
        return out;
    }

    /** A task's place in the outline: its parent's path and its own 序号, as numbers. */
    private String path(Task t) {
        String own = numberKey(t.number().text());
        Task parent = t.parentId() == null ? null : byId.get(t.parentId());
        return parent == null ? own : path(parent) + "/" + own;
    }

    private static String numberKey(String number) {
        org.taizhang.core.task.OutlineNumber n = org.taizhang.core.task.OutlineNumber.of(number);
        return n.parts().isEmpty() ? n.text() : n.style() + n.parts().toString();
    }

    /** How alike two titles are: the Dice coefficient of their character pairs, punctuation aside. */
    static double similarity(String a, String b) {
        String x = a.replaceAll("[\\p{P}\\s]", "");
        String y = b.replaceAll("[\\p{P}\\s]", "");
        if (x.equals(y)) {
            return 1;
        }
        if (x.length() < 2 || y.length() < 2) {
            return 0;
        }
        Map<String, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < x.length(); i++) {
            pairs.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        int common = 0;
        for (int i = 0; i + 1 < y.length(); i++) {
            String p = y.substring(i, i + 2);
            Integer n = pairs.get(p);
            if (n != null && n > 0) {
                common++;
                pairs.put(p, n - 1);
            }
        }
        return 2.0 * common / (x.length() - 1 + y.length() - 1);
    }
}
