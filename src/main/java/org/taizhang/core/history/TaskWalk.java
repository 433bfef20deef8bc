package org.taizhang.core.history;

import org.taizhang.core.task.Task;

/**
 * A walk over the log task by task, holding none of it: for each task id of the log or of the
 * current tasks, ascending, the changes the log made to it in the order they were made, then the
 * task as it is stored now (or null when there is none). What the check rebuilds a task from, one
 * task at a time, and compares with its row ({@link org.taizhang.core.ledger.LedgerStore#walkByTask}).
 */
public interface TaskWalk {
    /** A change to the task now walked: made by adjustment {@code adjustment}, its {@code seq}-th (from 1). */
    void change(long adjustment, int seq, TaskChange change);

    /** The end of task {@code id}'s history (its changes came before): its stored row, or null. */
    void task(long id, Task stored);

    /** Walks a log and tasks held whole, as a store walks its own. */
    static void over(Iterable<Adjustment> log, Iterable<Task> tasks, TaskWalk walk) {
        record Made(long adjustment, int seq, TaskChange change) {
        }
        java.util.TreeMap<Long, java.util.List<Made>> byTask = new java.util.TreeMap<>();
        for (Adjustment a : log) {
            int seq = 0;
            for (TaskChange c : a.changes()) {
                byTask.computeIfAbsent(c.taskId(), k -> new java.util.ArrayList<>()).add(new Made(a.id(), ++seq, c));
            }
        }
        java.util.TreeMap<Long, Task> stored = new java.util.TreeMap<>();
        tasks.forEach(t -> stored.put(t.id(), t));
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>(byTask.keySet());
        ids.addAll(stored.keySet());
        for (long id : ids) {
            for (Made m : byTask.getOrDefault(id, java.util.List.of())) {
                walk.change(m.adjustment(), m.seq(), m.change());
            }
            walk.task(id, stored.get(id));
        }
    }
}
