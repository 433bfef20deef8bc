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
 * An empty cell changes nothing: a department leaves blank what it does not report.
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

    public ImportPlan plan(SheetData data) {
        List<ImportPlan.Entry> entries = new ArrayList<>();
        List<RowError> errors = new ArrayList<>(data.errors());
        Map<Integer, Task> taskOfRow = new HashMap<>();
        Map<Integer, ImportRow> rowsByNumber = new HashMap<>();
        data.rows().forEach(r -> rowsByNumber.put(r.row(), r));
        Set<Long> matched = new HashSet<>();
        Map<Integer, Task> proposedOfRow = new HashMap<>();
        for (ImportRow row : data.rows()) {
            Match m = match(row, rowsByNumber, taskOfRow);
            if (m.task() != null && !matched.add(m.task().id())) {
                errors.add(new RowError(data.sheet().name(), row.row(), "", "", row.get(Column.TITLE),
                        new Message("import.sameTaskTwice", m.task().number().text(), m.task().title())));
                continue;
            }
            if (m.task() == null && !row.has(Column.TITLE)) {
                errors.add(new RowError(data.sheet().name(), row.row(), "", "", row.get(Column.NUMBER),
                        new Message(row.taskId() != null ? "import.unknownId" : "import.newWithoutTitle",
                                row.taskId() == null ? row.get(Column.NUMBER) : row.taskId())));
                continue;
            }
            taskOfRow.put(row.row(), m.task());
            ImportPlan.Entry entry = m.task() == null ? added(row, parentOf(row, taskOfRow, proposedOfRow)) : changed(row, m);
            proposedOfRow.put(row.row(), entry.proposed());
            entries.add(entry);
        }
        return new ImportPlan(data, entries, missing(data, matched), errors);
    }

    private record Match(Task task, String how) {
    }

    private Match match(ImportRow row, Map<Integer, ImportRow> rows, Map<Integer, Task> taskOfRow) {
        Long id = row.taskId();
        if (id != null) {
            return new Match(byId.get(id), "id");
        }
        UnitList units = UnitList.parse(row.get(Column.LEAD_UNITS));
        String parentPath = "";
        if (row.parentRow() != null) {
            Task parentTask = taskOfRow.get(row.parentRow());
            parentPath = parentTask != null ? path(parentTask)
                    : numberKey(rows.get(row.parentRow()) == null ? "" : rows.get(row.parentRow()).get(Column.NUMBER));
        }
        String key = (parentPath.isEmpty() ? "" : parentPath + "/") + numberKey(row.get(Column.NUMBER));
        Task best = null;
        double bestScore = -1;
        if (row.has(Column.NUMBER)) {
            for (Task t : byPath.getOrDefault(key, List.of())) {
                if (!units.isEmpty() && !sharesUnit(t, units)) {
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
        if (row.has(Column.TITLE)) {
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
    private static Task parentOf(ImportRow row, Map<Integer, Task> taskOfRow, Map<Integer, Task> proposedOfRow) {
        if (row.parentRow() == null) {
            return null;
        }
        Task matched = taskOfRow.get(row.parentRow());
        return matched != null ? matched : proposedOfRow.get(row.parentRow());
    }

    /** A new task from a row; a measure takes what its row leaves blank (领域, 年度) from its task. */
    private ImportPlan.Entry added(ImportRow row, Task parent) {
        Task.Builder b = write(Task.builder().year(ledgerYear).status(Status.NOT_STARTED), row);
        if (!row.has(Column.DOMAIN)) {
            b.domain(!row.domainHeading().isEmpty() || parent == null ? row.domainHeading() : parent.domain());
        }
        if (!row.has(Column.YEAR) && parent != null && parent.year() != 0) {
            b.year(parent.year());
        }
        // A new task's fields are the proposed task itself; they are not listed again as changes.
        return new ImportPlan.Entry(row, ImportPlan.Kind.NEW, null, b.build(), List.of(), List.of(), "");
    }

    private ImportPlan.Entry changed(ImportRow row, Match m) {
        Task now = m.task();
        Task proposed = write(now.toBuilder(), row).build();
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

    /** The row's non-empty values written over a task. */
    private static Task.Builder write(Task.Builder b, ImportRow row) {
        for (Map.Entry<Column, String> v : row.values().entrySet()) {
            TaskField field = v.getKey().field();
            if (field != null && !v.getValue().isEmpty()) {
                field.write(b, v.getValue());
            }
        }
        return b;
    }

    /**
     * The ledger's open tasks the workbook should hold but does not: those led by the workbook's
     * unit (from its 填报单位 line, else from the tasks its rows matched).
     */
    private List<Task> missing(SheetData data, Set<Long> matched) {
        Set<String> units = new HashSet<>();
        if (!data.layout().unit().isEmpty()) {
            units.add(data.layout().unit());
        } else {
            matched.forEach(id -> units.add(byId.get(id).leadUnits().primary()));
        }
        List<Task> out = new ArrayList<>();
        for (Task t : ledger) {
            boolean inScope = t.leadUnits().names().stream().anyMatch(units::contains);
            boolean open = t.status() != Status.CANCELLED && t.status() != Status.MERGED;
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
