package org.taizhang.core.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.task.Task;

/**
 * Rebuilds the ledger from its log: starting from nothing, applies every adjustment up to a moment.
 * The current ledger is itself only a cache of {@code replay(log, now)}; {@code verify} checks that.
 */
public final class Replay {
    private Replay() {
    }

    /** The tasks as they stood at {@code until} (inclusive), by id; all of the log when null. */
    public static Map<Long, Task> replay(List<Adjustment> log, Instant until) {
        Map<Long, Task> tasks = new LinkedHashMap<>();
        for (Adjustment a : log) {
            if (until != null && a.time().isAfter(until)) {
                break;
            }
            for (TaskChange c : a.changes()) {
                apply(tasks, c);
            }
        }
        return tasks;
    }

    /** Applies one change in place: the task's revision counts the adjustments that touched it. */
    public static void apply(Map<Long, Task> tasks, TaskChange c) {
        Task before = tasks.get(c.taskId());
        switch (c.kind()) {
            case REMOVE -> tasks.remove(c.taskId());
            case CREATE, UPDATE -> tasks.put(c.taskId(), applied(before, c));
        }
    }

    /** {@code before} (null for a creation) with the change's new values written in. */
    public static Task applied(Task before, TaskChange c) {
        Task.Builder b = before == null ? Task.builder().id(c.taskId()) : before.toBuilder();
        for (FieldChange f : c.fields()) {
            f.field().write(b, f.after());
        }
        return b.revision(before == null ? 1 : before.revision() + 1).build();
    }
}
