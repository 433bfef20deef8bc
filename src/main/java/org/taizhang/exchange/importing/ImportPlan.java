package org.taizhang.exchange.importing;

import java.util.List;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/**
 * What importing a workbook would do, before anything is written: each row as a new task, a change
 * (field by field, old → new), no change, or a conflict (the ledger changed a field after the
 * workbook was exported, and the workbook changed it too); the ledger's tasks the workbook should
 * hold but does not; and the rows that could not be read.
 */
public record ImportPlan(SheetData data, List<Entry> entries, List<Task> missing, List<RowError> errors) {

    public enum Kind {
        NEW, CHANGED, UNCHANGED, CONFLICT
    }

    /** A field both sides changed: as exported, as the ledger has it now, as the workbook says. */
    public record Conflict(TaskField field, String exported, String ledger, String workbook) {
    }

    /**
     * One row's part in the import. {@code task} is the ledger task it matched (null for a new
     * one); {@code proposed} the task as the import would leave it (the workbook's values win);
     * {@code changes} the fields it changes in a matched task (a new task is all in {@code proposed});
     * {@code matchedBy} says how it was matched ("id", "number", "title").
     */
    public record Entry(ImportRow row, Kind kind, Task task, Task proposed, List<FieldChange> changes,
            List<Conflict> conflicts, String matchedBy) {
        public Entry {
            changes = List.copyOf(changes);
            conflicts = List.copyOf(conflicts);
        }

        /** Rows the clerk accepts unless told otherwise: new and changed, not conflicts. */
        public boolean includedByDefault() {
            return kind == Kind.NEW || kind == Kind.CHANGED;
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
}
