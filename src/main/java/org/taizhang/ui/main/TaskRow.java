package org.taizhang.ui.main;

import org.taizhang.core.task.Light;
import org.taizhang.core.task.Task;

/**
 * One line of the ledger table: a 领域 heading (task null) or a task with its depth in the outline,
 * its 序时 light and its searchable text (computed once). {@code context} marks a task shown only
 * because one of its measures matched the search; {@code requested}, a task with an adjustment
 * request still open (not decided nor withdrawn) on the day shown; {@code notice}, the level of the
 * highest 督办单 not yet answered on it that day (null: none); {@code tasks}, for a heading, how
 * many tasks are shown under it (a heading's text changes with it, so a heading with another count
 * is another row); {@code place}, a task's place among the ledger's rows in reading order (-1 for
 * a heading), by which the table finds it in the ledger sorted.
 */
public record TaskRow(Task task, String domain, int depth, Light light, String searchable, boolean context,
        boolean requested, org.taizhang.core.notice.NoticeLevel notice, int tasks, int place) {

    public static TaskRow heading(String domain) {
        return heading(domain, 0);
    }

    /** The heading of a 领域 with {@code tasks} tasks shown under it. */
    public static TaskRow heading(String domain, int tasks) {
        return new TaskRow(null, domain, 0, Light.NONE, "", false, false, null, tasks, -1);
    }

    public boolean isHeading() {
        return task == null;
    }

    public TaskRow asContext() {
        return new TaskRow(task, domain, depth, light, searchable, true, requested, notice, 0, place);
    }

    public long id() {
        return task == null ? -1 : task.id();
    }
}
