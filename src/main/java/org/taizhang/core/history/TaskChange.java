package org.taizhang.core.history;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/** What an adjustment did to one task: created it, changed some fields, or removed it (undo of a creation). */
public record TaskChange(long taskId, Kind kind, List<FieldChange> fields) {

    public enum Kind {
        CREATE, UPDATE, REMOVE
    }

    private static final TaskField[] FIELDS = TaskField.values();

    public TaskChange {
        fields = List.copyOf(fields);
    }

    /** The change that turns {@code before} into {@code after}; either may be null (create / remove). */
    public static TaskChange between(Task before, Task after) {
        if (before == null && after == null) {
            throw new IllegalArgumentException("nothing to compare");
        }
        List<FieldChange> fields = new ArrayList<>();
        for (TaskField f : FIELDS) {
            String a = before == null ? "" : f.read(before);
            String b = after == null ? "" : f.read(after);
            if (!a.equals(b)) {
                fields.add(new FieldChange(f, a, b));
            }
        }
        Kind kind = before == null ? Kind.CREATE : after == null ? Kind.REMOVE : Kind.UPDATE;
        return new TaskChange(before == null ? after.id() : before.id(), kind, fields);
    }

    /** The change that takes this one back. */
    public TaskChange inverse() {
        List<FieldChange> back = new ArrayList<>(fields.size());
        for (FieldChange f : fields) {
            back.add(new FieldChange(f.field(), f.after(), f.before()));
        }
        Kind k = kind == Kind.CREATE ? Kind.REMOVE : kind == Kind.REMOVE ? Kind.CREATE : Kind.UPDATE;
        return new TaskChange(taskId, k, back);
    }

    public boolean isEmpty() {
        return kind == Kind.UPDATE && fields.isEmpty();
    }
}
