package org.taizhang.core.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.task.Task;

/**
 * The whole ledger in reading order without holding it: the outline of every task (id, parent,
 * 领域, 序号: what the order and the 领域 counts need) and the check code of the same state; the
 * tasks themselves are read a few hundred at a time as they are iterated, so a ledger of 100,000
 * tasks is written out within a small heap. Valid only inside
 * {@link LedgerService#inReadingOrder(Function)}, which keeps the ledger's state still meanwhile.
 */
public final class TaskSequence implements Iterable<Task> {
    /** How many tasks one read fetches. */
    static final int CHUNK = 500;

    private final List<Task> outline;
    private final CheckCode code;
    private final Function<List<Long>, List<Task>> fetch;

    TaskSequence(List<Task> outline, CheckCode code, Function<List<Long>, List<Task>> fetch) {
        this.outline = outline;
        this.code = code;
        this.fetch = fetch;
    }

    /** Every task in reading order, only its id, parent, 领域 and 序号 filled in. */
    public List<Task> outline() {
        return outline;
    }

    public int size() {
        return outline.size();
    }

    /** The check code of the state the tasks are read from. */
    public CheckCode checkCode() {
        return code;
    }

    @Override
    public Iterator<Task> iterator() {
        return new Iterator<>() {
            private int next;
            private final List<Task> chunk = new ArrayList<>(CHUNK);
            private int inChunk;

            @Override
            public boolean hasNext() {
                return inChunk < chunk.size() || next < outline.size();
            }

            @Override
            public Task next() {
                if (inChunk == chunk.size()) {
                    if (next >= outline.size()) {
                        throw new NoSuchElementException();
                    }
                    load();
                }
                return chunk.get(inChunk++);
            }

            private void load() {
                List<Task> part = outline.subList(next, Math.min(outline.size(), next + CHUNK));
                next += part.size();
                List<Long> ids = new ArrayList<>(part.size());
                part.forEach(t -> ids.add(t.id()));
                Map<Long, Task> byId = new HashMap<>();
                for (Task t : fetch.apply(ids)) {
                    byId.put(t.id(), t);
                }
                chunk.clear();
                inChunk = 0;
                for (Task t : part) {
                    Task full = byId.get(t.id());
                    if (full == null) { // cannot happen within one state of the ledger
                        throw new IllegalStateException("task " + t.id() + " vanished while the ledger was read");
                    }
                    chunk.add(full);
                }
            }
        };
    }
}
