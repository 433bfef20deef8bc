package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Message;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.Replay;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.OutlineNumber;
import org.taizhang.core.task.SplitParts;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.exchange.read.CellRef;

/**
 * Matches a workbook's rows to the ledger and says what importing it would change. A row carrying
 * the hidden id of a Taizhang export matches that task; any other row matches by 序号 (under the
 * same parent) and title within the same lead unit, or failing that by a title nearly the same.
 * An empty cell changes nothing: a department leaves blank what it does not report; "无" in
 * 存在问题, 下一步 or 备注 clears it (the row carries it as an empty value).
 *
 * <p>A structural field (改革任务, 具体举措, 牵头单位, 配合单位, 完成时限, a status of 已取消) is what
 * the committee approved: a unit's new value for it is never imported but asked for, as a request of
 * its type, and so is what the row's 申请调整类型 / 调整为 / 理由 columns ask.
 */
public final class ImportPlanner {
    /** Titles at least this alike (bigram Dice) match when the 序号 agrees. */
    static final double SAME_NUMBER_TITLE = 0.5;
    /** Titles at least this alike match without a 序号. */
    static final double TITLE_ONLY = 0.85;

    /** A 备注 saying the task went into another: 并入第三条, 已合并至第3项, 建议并入（二）…. */
    private static final java.util.regex.Pattern MERGED_REMARK = java.util.regex.Pattern.compile(
            "(?s)\\s*(?:建议|申请|拟|已)?(?:并入|合并到|合并至|合并入|并到)\\s*(第?[^，。；,;、\\s]+?[项条]?)\\s*(?:[，。；,;].*)?");
    /** A 备注 saying the task was dropped: 已取消, 建议取消该项任务, 取消。…. */
    private static final java.util.regex.Pattern CANCELLED_REMARK = java.util.regex.Pattern.compile(
            "(?s)\\s*(?:建议|申请|拟|已)?取消(?:该项|此项|本项)?(?:任务)?\\s*(?:[，。；,;].*)?");

    /** The request a unit's new value of a structural field is received as. */
    private static final Map<TaskField, RequestType> ASKED_BY = new EnumMap<>(TaskField.class);

    static {
        for (RequestType t : List.of(RequestType.WORDING, RequestType.DEADLINE, RequestType.LEAD_UNITS,
                RequestType.PARTNER_UNITS)) {
            t.fields().forEach(f -> ASKED_BY.put(f, t));
        }
    }

    private final List<Task> ledger;
    private final LongFunction<List<Adjustment>> historyOf;
    private final int ledgerYear;
    private final List<Request> open;
    private final Map<Long, Task> byId = new HashMap<>();
    private final Map<String, List<Task>> byPath = new HashMap<>();
    private final Map<String, List<Task>> byUnit = new HashMap<>();

    /**
     * @param ledger    the ledger's current tasks
     * @param historyOf a task's timeline, to know what it held when a workbook was exported
     */
    public ImportPlanner(List<Task> ledger, LongFunction<List<Adjustment>> historyOf, int ledgerYear) {
        this(ledger, historyOf, ledgerYear, List.of());
    }

    /** @param requests the ledger's requests: an ask an open one already makes is not received again */
    public ImportPlanner(List<Task> ledger, LongFunction<List<Adjustment>> historyOf, int ledgerYear,
            List<Request> requests) {
        this.open = requests.stream().filter(Request::isOpen).toList();
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
            Asking asking = new Asking(data, row, errors);
            if (m.task() == null && asking.typed != null && asking.typed != RequestType.ADD) {
                lose(errors, row, new Message("import.request.noTask", asking.typed.label()));
                continue;
            }
            if (m.task() != null) {
                matched.put(m.task().id(), row);
            }
            taskOfRow.put(row.ref(), m.task());
            ImportPlan.Entry entry = m.task() == null ? added(row, parentOf(row, taskOfRow, proposedOfRow), asking)
                    : changed(row, m, asking);
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
    private ImportPlan.Entry added(ImportRow row, Task parent, Asking asking) {
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
        Task draft = b.build();
        if (asking.typed == RequestType.ADD) { // a unit proposes a task: the committee decides whether it is one
            String unit = row.unit().isEmpty() ? draft.leadUnits().primary() : row.unit();
            List<ImportPlan.Ask> asks = List.of(ask(RequestType.ADD, null, RequestType.ADD.proposedOf(draft),
                    asking.reason, unit, false));
            return new ImportPlan.Entry(row, ImportPlan.Kind.ASKS, null, draft, List.of(), List.of(), "", asks);
        }
        asking.nothingAsked();
        // A new task's fields are the proposed task itself; they are not listed again as changes.
        return new ImportPlan.Entry(row, ImportPlan.Kind.NEW, null, draft, List.of(), List.of(), "", List.of());
    }

    private ImportPlan.Entry changed(ImportRow row, Match m, Asking asking) {
        Task now = m.task();
        Task proposed = write(now.toBuilder(), row, now).build();
        Integer exportedAt = row.revision();
        // The ledger moved on since the export: a field the workbook left as exported is no change of the unit's.
        Task exported = exportedAt != null && now.revision() > exportedAt ? stateAt(now.id(), exportedAt) : null;
        Task.Builder kept = proposed.toBuilder();
        Map<TaskField, String> changedInPlace = new EnumMap<>(TaskField.class);
        for (FieldChange f : TaskChange.between(now, proposed).fields()) {
            if (f.field() == TaskField.STATUS
                    && (proposed.status() == Status.CARRIED_OVER || now.status() == Status.CARRIED_OVER)) {
                f.field().write(kept, f.before()); // only an approved 结转 moves a task into or out of 已结转
                asking.error(Column.STATUS, f.after(), new Message("import.request.carryOverInPlace"));
                continue;
            }
            boolean cancelled = f.field() == TaskField.STATUS && proposed.status().isWithdrawn();
            if (!ASKED_BY.containsKey(f.field()) && !cancelled) {
                continue;
            }
            f.field().write(kept, f.before()); // the ledger's value stays: the committee decides
            String then = exported == null ? null : f.field().read(exported);
            if (f.after().equals(then)) {
                continue;
            }
            if (cancelled && proposed.status() != Status.CANCELLED) {
                asking.error(Column.STATUS, f.after(), new Message("import.request.mergeInPlace"));
            } else {
                changedInPlace.put(f.field(), f.after());
            }
        }
        proposed = kept.build();
        List<ImportPlan.Ask> asks = asking.asks(now, changedInPlace);
        List<FieldChange> changes = TaskChange.between(now, proposed).fields();
        List<ImportPlan.Conflict> conflicts = new ArrayList<>();
        if (exported != null && !changes.isEmpty()) {
            // a field both changed is a conflict; one the workbook left as exported keeps the ledger's value
            Task.Builder resolved = proposed.toBuilder();
            for (FieldChange f : changes) {
                String then = f.field().read(exported);
                if (f.after().equals(then)) {
                    f.field().write(resolved, f.before());
                } else if (!f.before().equals(then)) {
                    conflicts.add(new ImportPlan.Conflict(f.field(), then, f.before(), f.after()));
                }
            }
            proposed = resolved.build();
            changes = TaskChange.between(now, proposed).fields();
        }
        ImportPlan.Kind kind = !conflicts.isEmpty() ? ImportPlan.Kind.CONFLICT
                : !changes.isEmpty() ? ImportPlan.Kind.CHANGED
                : asks.isEmpty() ? ImportPlan.Kind.UNCHANGED : ImportPlan.Kind.ASKS;
        return new ImportPlan.Entry(row, kind, now, proposed, changes, conflicts, m.how(), asks);
    }

    /** An ask, with the open request that already asks the same (then nothing new is received). */
    private ImportPlan.Ask ask(RequestType type, Task task, Map<TaskField, String> values, String reason, String unit,
            boolean inPlace) {
        Long taskId = task == null ? null : task.id();
        Long existing = open.stream().filter(r -> java.util.Objects.equals(r.taskId(), taskId) && r.type() == type
                && r.proposed().equals(values)).map(Request::id).findFirst().orElse(null);
        return new ImportPlan.Ask(type, values, reason, unit, inPlace, existing);
    }

    /**
     * What one row asks for: its request columns (申请调整类型, 调整为, 理由) and its structural cells
     * changed in place. A request the row cannot make (a value that does not read, a task whose
     * status does not allow it) is a bad cell, said where it is; nothing is asked silently or lost.
     */
    private final class Asking {
        private final WorkbookData data;
        private final ImportRow row;
        private final List<RowError> errors;
        final RequestType typed;
        final String reason;

        Asking(WorkbookData data, ImportRow row, List<RowError> errors) {
            this.data = data;
            this.row = row;
            this.errors = errors;
            this.typed = row.has(Column.REQUEST_TYPE) ? RequestType.valueOf(row.get(Column.REQUEST_TYPE)) : null;
            this.reason = row.get(Column.REQUEST_REASON);
        }

        List<ImportPlan.Ask> asks(Task task, Map<TaskField, String> inPlace) {
            String unit = row.unit().isEmpty() ? task.leadUnits().primary() : row.unit();
            List<ImportPlan.Ask> out = new ArrayList<>();
            Map<RequestType, Map<TaskField, String>> byType = new java.util.LinkedHashMap<>();
            inPlace.forEach((f, v) -> byType.computeIfAbsent(f == TaskField.STATUS ? RequestType.CANCEL : ASKED_BY.get(f),
                    k -> new EnumMap<>(TaskField.class)).put(f, v));
            if (typed != null) {
                Map<TaskField, String> values = typedValues(task, byType.remove(typed));
                if (values != null && allowed(typed, task)) {
                    out.add(ask(typed, task, values, reason, unit, false));
                }
            } else if (row.has(Column.REQUEST_TO)) {
                error(Column.REQUEST_TO, row.get(Column.REQUEST_TO), new Message("import.request.toWithoutType"));
            }
            byType.forEach((type, values) -> {
                values.remove(TaskField.STATUS); // 已取消 asks to cancel: no value to propose
                if (allowed(type, task)) {
                    out.add(ask(type, task, values, reason, unit, true));
                }
            });
            if (typed == null && out.stream().noneMatch(a -> a.type() == RequestType.CANCEL
                    || a.type() == RequestType.MERGE)) {
                remarked(task, unit).ifPresent(out::add);
            }
            if (out.isEmpty() && !reason.isEmpty() && typed == null) {
                error(Column.REQUEST_REASON, reason, new Message("import.request.reasonAlone"));
            }
            return out;
        }

        /**
         * A 备注, new in this return, that says the task was merged or cancelled ("并入第三条",
         * "已取消"): the unit's word for a structural change, asked for with the remark as its
         * reason, never made.
         */
        private java.util.Optional<ImportPlan.Ask> remarked(Task task, String unit) {
            String remark = row.get(Column.REMARKS);
            if (remark.isEmpty() || remark.equals(task.remarks()) || task.status().isWithdrawn()) {
                // only what the unit writes now asks: a remark the ledger holds already asked before
                return java.util.Optional.empty();
            }
            String why = reason.isEmpty() ? remark : reason;
            java.util.regex.Matcher merged = MERGED_REMARK.matcher(remark);
            if (merged.matches()) {
                try {
                    Task into = mergeTarget(merged.group(1), task);
                    return java.util.Optional.of(ask(RequestType.MERGE, task,
                            Map.of(TaskField.MERGED_INTO, Long.toString(into.id())), why, unit, false));
                } catch (LedgerException e) {
                    error(Column.REMARKS, remark, e.message());
                    return java.util.Optional.empty();
                }
            }
            return CANCELLED_REMARK.matcher(remark).matches()
                    ? java.util.Optional.of(ask(RequestType.CANCEL, task, Map.of(), why, unit, false))
                    : java.util.Optional.empty();
        }

        /** A row that asks for nothing (a new task the office imports): its request cells must be empty. */
        void nothingAsked() {
            if (row.has(Column.REQUEST_TO)) {
                error(Column.REQUEST_TO, row.get(Column.REQUEST_TO), new Message("import.request.toWithoutType"));
            }
            if (!reason.isEmpty()) {
                error(Column.REQUEST_REASON, reason, new Message("import.request.reasonAlone"));
            }
        }

        /** The values the request columns ask for, with the row's cells changed in place of the same type; null when bad. */
        private Map<TaskField, String> typedValues(Task task, Map<TaskField, String> inPlace) {
            Map<TaskField, String> values = new EnumMap<>(TaskField.class);
            if (inPlace != null) {
                values.putAll(inPlace);
            }
            String to = row.get(Column.REQUEST_TO).strip();
            try {
                switch (typed) {
                    case ADD -> throw new LedgerException("import.request.addOnTask", task.number().text());
                    case CANCEL -> values.clear();
                    case MERGE -> values.put(TaskField.MERGED_INTO, Long.toString(mergeTarget(to, task).id()));
                    case WORDING -> {
                        if (!to.isEmpty()) {
                            values.put(TaskField.TITLE, to);
                        }
                    }
                    case SPLIT -> {
                        if (SplitParts.parse(to, task).size() < 2) {
                            throw new LedgerException("split.tooFew");
                        }
                        values.put(TaskField.MEASURES, to);
                    }
                    case CARRY_OVER -> { // 调整为: next year's deadline, when the unit names one
                        if (!to.isEmpty()) {
                            values.put(TaskField.DEADLINE, Deadline.parse(to, ledgerYear + 1).text());
                        }
                    }
                    default -> {
                        TaskField field = typed.fields().get(0);
                        if (!to.isEmpty()) {
                            values.put(field, field == TaskField.DEADLINE ? Deadline.parse(to, ledgerYear).text()
                                    : UnitList.parse(to).text());
                        }
                    }
                }
                if (typed != RequestType.CANCEL && typed != RequestType.CARRY_OVER && values.isEmpty()) {
                    throw new LedgerException("request.valueRequired", typed.label());
                }
                return values;
            } catch (LedgerException e) {
                error(row.has(Column.REQUEST_TO) ? Column.REQUEST_TO : Column.REQUEST_TYPE,
                        row.has(Column.REQUEST_TO) ? to : typed.label(), e.message());
                return null;
            }
        }

        private boolean allowed(RequestType type, Task task) {
            if (type.adjustment().allowedFor(task.status())) {
                return true;
            }
            error(Column.REQUEST_TYPE, type.label(), new Message("request.taskNotAllowed", task.label(),
                    task.status().label(), type.label()));
            return false;
        }

        /** The task a 合并 joins: its 序号 (3, 三, 第三项, 并入第3项) or its title. */
        private Task mergeTarget(String to, Task task) {
            String bare = to.replaceAll("^(并入|合并到|合并至|合并入|并到)", "").replaceAll("^第|[项条]$", "").strip();
            if (bare.isEmpty()) {
                throw new LedgerException("request.valueRequired", RequestType.MERGE.label());
            }
            List<Integer> parts = OutlineNumber.of(bare).parts();
            List<Task> found = ledger.stream().filter(t -> t.id() != task.id() && t.parentId() == null
                    && !t.status().isWithdrawn() && (!parts.isEmpty() && t.number().parts().equals(parts)
                            || t.number().text().equals(bare))).toList();
            if (found.isEmpty()) {
                found = ledger.stream().filter(t -> t.id() != task.id() && !t.status().isWithdrawn()
                        && similarity(t.title(), bare) >= TITLE_ONLY).toList();
            }
            if (found.size() != 1) {
                throw new LedgerException(found.isEmpty() ? "import.request.noMergeTarget"
                        : "import.request.mergeTargetUnclear", to);
            }
            return found.get(0);
        }

        void error(Column column, String value, Message why) {
            SheetTable table = data.table(row.sheet());
            int at = table == null ? -1 : table.layout().columnOf(column);
            String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
            errors.add(new RowError(row.sheet(), row.row(), at < 0 ? "" : CellRef.column(at),
                    at < 0 ? "" : table.layout().headers().getOrDefault(at, ""), shown, why, RowError.Cost.CELL));
        }
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
