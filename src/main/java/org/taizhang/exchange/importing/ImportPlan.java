package org.taizhang.exchange.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/**
 * What importing a workbook would do, before anything is written: each row as a new task, a change
 * (field by field, old → new), no change, or a conflict (the ledger changed a field after the
 * workbook was exported, and the workbook changed it too), and the adjustments it asks for (a
 * structural field is never changed by an import: the unit's new value becomes a request, as does
 * what its 申请调整类型 column asks); the ledger's tasks the workbook should
 * hold but does not; the cells and rows that could not be read; and (in its data) every sheet and
 * row passed over.
 */
public record ImportPlan(WorkbookData data, List<Entry> entries, List<Task> missing, List<RowError> errors) {

    /** What a row does to the ledger's tasks: ASKS when it changes none and asks for adjustments. */
    public enum Kind {
        NEW, CHANGED, UNCHANGED, CONFLICT, ASKS
    }

    /**
     * An adjustment a row asks for, to be received as a request: its type, the values proposed, the
     * unit's reason (empty when it gave none), the unit asking, whether it came from a changed
     * cell rather than the request columns, and the open request that already asks the same (then
     * nothing new is received).
     */
    public record Ask(RequestType type, Map<TaskField, String> proposed, String reason, String unit,
            boolean changedInPlace, Long existing) {
        public Ask {
            proposed = Map.copyOf(proposed);
        }

        public boolean isNew() {
            return existing == null;
        }
    }

    /** A field both sides changed: as exported, as the ledger has it now, as the workbook says. */
    public record Conflict(TaskField field, String exported, String ledger, String workbook) {
    }

    /**
     * One row's part in the import. {@code task} is the ledger task it matched (null for a new
     * one); {@code proposed} the task as the import would leave it (the workbook's values win);
     * {@code changes} the fields it changes in a matched task (a new task is all in {@code proposed});
     * {@code matchedBy} says how it was matched ("id", "number", "title"); {@code asks} the
     * adjustments it asks for.
     */
    public record Entry(ImportRow row, Kind kind, Task task, Task proposed, List<FieldChange> changes,
            List<Conflict> conflicts, String matchedBy, List<Ask> asks) {
        public Entry {
            changes = List.copyOf(changes);
            conflicts = List.copyOf(conflicts);
            asks = List.copyOf(asks);
        }

        /** Rows the clerk accepts unless told otherwise: new and changed, and new requests; not conflicts. */
        public boolean includedByDefault() {
            return kind == Kind.NEW || kind == Kind.CHANGED || kind == Kind.ASKS && asks.stream().anyMatch(Ask::isNew);
        }

        public RowRef ref() {
            return row.ref();
        }
    }

    /**
     * Where the non-empty rows of the sheets read went, each counted once: a task, a measure (a
     * task under another), joined to the task above, lost (a row error), or passed over (a title,
     * header, heading, note …); how many of the task rows also gave their task's first measure (the
     * plan then holds one entry more than rows for each); and how many sheets were read and passed
     * over.
     */
    public record Tally(int tasks, int measures, int joined, int lost, int skipped, int firstMeasures,
            int sheetsRead, int sheetsSkipped) {
        public int rows() {
            return tasks + measures + joined + lost + skipped;
        }
    }

    public ImportPlan {
        entries = List.copyOf(entries);
        missing = List.copyOf(missing);
        errors = List.copyOf(errors);
    }

    public long count(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count();
    }

    /** The requests the plan would receive (asks an open request does not already make). */
    public long newRequests() {
        return entries.stream().flatMap(e -> e.asks().stream()).filter(Ask::isNew).count();
    }

    /** The errors that cost a whole row. */
    public List<RowError> rowErrors() {
        return errors.stream().filter(e -> e.cost() == RowError.Cost.ROW).toList();
    }

    public Tally tally() {
        int tasks = 0;
        int measures = 0;
        int joined = 0;
        for (Entry e : entries) {
            if (e.ref().part() == 0 && e.row().parent() == null) {
                tasks++;
            } else {
                measures++;
            }
            joined += e.row().joined().size();
        }
        Set<String> lost = new HashSet<>();
        for (RowError e : rowErrors()) {
            lost.add(e.sheet() + "!" + e.row());
        }
        // a task row that also gave its first measure counts once, as the task
        long shared = entries.stream().filter(e -> e.ref().part() > 0).count();
        int rows = (int) data.skipped().stream().filter(s -> !s.wholeSheet()).count();
        int sheetsSkipped = (int) data.skipped().stream().filter(Skipped::wholeSheet).count();
        return new Tally(tasks, measures - (int) shared, joined, lost.size(), rows, (int) shared,
                data.tables().size(), sheetsSkipped);
    }
}
