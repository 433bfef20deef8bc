package org.taizhang.core.ledger;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/**
 * A change refused because what it started from is no longer what the ledger holds: another PC
 * (or another form of this one) saved the task since the clerk read it (冲突). Nothing was
 * written. It carries the task as it is now and the adjustments that changed it since, so the
 * clerk can be told who changed what, and can apply the own change again on top of it.
 */
public final class TaskConflictException extends LedgerException {
    private final long taskId;
    private final transient Task current;
    private final transient List<Adjustment> since;

    TaskConflictException(String key, long taskId, Task current, List<Adjustment> since, Object... args) {
        super(key, args);
        this.taskId = taskId;
        this.current = current;
        this.since = List.copyOf(since);
    }

    /** The task the change was about (0 when an undo found another adjustment newer than the one it meant). */
    public long taskId() {
        return taskId;
    }

    /** The task as the ledger holds it now; null when it is no longer in the ledger. */
    public Task current() {
        return current;
    }

    /** The adjustments made since the change's starting point, oldest first. */
    public List<Adjustment> since() {
        return since;
    }

    /** The newest of them: who changed the task last, and when. */
    public Adjustment last() {
        return since.isEmpty() ? null : since.get(since.size() - 1);
    }

    /** The fields of the task those adjustments changed, in the form's order. */
    public Set<TaskField> fieldsChanged() {
        Set<TaskField> out = EnumSet.noneOf(TaskField.class);
        for (Adjustment a : since) {
            for (TaskChange c : a.changes()) {
                if (c.taskId() == taskId) {
                    c.fields().stream().map(FieldChange::field).forEach(out::add);
                }
            }
        }
        return out;
    }

    /** The changes to the task, oldest first, for showing each field as it was and as it is. */
    public List<FieldChange> changes() {
        List<FieldChange> out = new ArrayList<>();
        for (Adjustment a : since) {
            for (TaskChange c : a.changes()) {
                if (c.taskId() == taskId) {
                    out.addAll(c.fields());
                }
            }
        }
        return out;
    }
}
