package org.taizhang.core.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;

/** What differs between the ledger on two dates: tasks added, cancelled, merged, changed, removed. */
public record LedgerDiff(List<Entry> entries, List<Adjustment> adjustments) {

    public enum Kind {
        ADDED, CANCELLED, MERGED, RESTORED, CHANGED, REMOVED
    }

    /** One task's difference; {@code before} is null for ADDED, {@code after} for REMOVED. */
    public record Entry(Kind kind, Task before, Task after, List<FieldChange> fields) {
        public Task task() {
            return after != null ? after : before;
        }
    }

    public LedgerDiff {
        entries = List.copyOf(entries);
        adjustments = List.copyOf(adjustments);
    }

    /** Compares two states of the ledger; {@code between} are the adjustments that lead from one to the other. */
    public static LedgerDiff of(Map<Long, Task> from, Map<Long, Task> to, List<Adjustment> between) {
        Set<Long> ids = new LinkedHashSet<>(from.keySet());
        ids.addAll(to.keySet());
        List<Entry> entries = new ArrayList<>();
        for (long id : ids) {
            Task a = from.get(id);
            Task b = to.get(id);
            TaskChange c = TaskChange.between(a, b);
            if (c.isEmpty()) {
                continue;
            }
            entries.add(new Entry(kind(a, b), a, b, c.fields()));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.kind()).thenComparing(e -> e.task().number()));
        return new LedgerDiff(entries, between);
    }

    private static Kind kind(Task before, Task after) {
        if (before == null) {
            return Kind.ADDED;
        }
        if (after == null) {
            return Kind.REMOVED;
        }
        Status was = before.status();
        Status now = after.status();
        if (now != was && now == Status.CANCELLED) {
            return Kind.CANCELLED;
        }
        if (now != was && now == Status.MERGED) {
            return Kind.MERGED;
        }
        if (was.isWithdrawn() && !now.isWithdrawn()) {
            return Kind.RESTORED;
        }
        return Kind.CHANGED;
    }

    public List<Entry> of(Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** Whether the two states hold the same tasks with the same values (revisions aside). */
    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
