package org.taizhang.ui.main;

import org.taizhang.core.task.Light;
import org.taizhang.core.task.Task;

/**
 * One line of the ledger table: a 领域 heading (task null) or a task with its depth in the outline,
 * its 序时 light and its searchable text (computed once). {@code context} marks a task shown only
 * because one of its measures matched the search.
 */
public record TaskRow(Task task, String domain, int depth, Light light, String searchable, boolean context) {

    public static TaskRow heading(String domain) {
        return new TaskRow(null, domain, 0, Light.NONE, "", false);
    }

    public boolean isHeading() {
        return task == null;
    }

    public TaskRow asContext() {
        return new TaskRow(task, domain, depth, light, searchable, true);
    }

    public long id() {
        return task == null ? -1 : task.id();
    }
}
