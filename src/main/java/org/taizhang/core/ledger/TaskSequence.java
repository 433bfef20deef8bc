package org.taizhang.core.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.taizhang.core.Threads;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.task.Task;

/**
 * The whole ledger in reading order without holding it: the ids of every task in that order and
 * how many tasks each 领域 holds (from the outline: id, parent, 领域, 序号, read first and let go
 * once sorted), the ledger's title and the check code of the same state; the tasks themselves are
 * read a few hundred at a time, so a ledger of 100,000 tasks is written out within a small heap.
 * Valid only inside {@link LedgerService#inReadingOrder(Function)}, which keeps the ledger's state
 * still meanwhile.
 *
 * <p>The reading runs on a thread of its own, a few hundred tasks ahead of the one that writes
 * them out: on two cores the workbook is written while the next tasks are read (see
 * docs/decisions/0028-export-reads-beside-the-writing.md). The writer waits for what is not read
 * yet, and sees the reader's failure where it would have seen its own. Iterated once.
 */
public final class TaskSequence implements Iterable<Task> {
    /** How many tasks one read fetches. */
    static final int CHUNK = 500;
    /** How many chunks the reader may read ahead of the writer. */
    static final int AHEAD = 2;

    /** What the reader hands over: a chunk of tasks in reading order, the end, or its failure. */
    private record Part(List<Task> tasks, RuntimeException failure) {
        static final Part END = new Part(List.of(), null);
    }

    private final CountDownLatch begun = new CountDownLatch(1);
    private final BlockingQueue<Part> parts = new ArrayBlockingQueue<>(AHEAD);
    private volatile boolean stopped;
    /** The ids of the tasks in reading order. */
    private volatile long[] order;
    private volatile Map<String, Integer> perDomain;
    private volatile CheckCode code;
    private volatile LedgerInfo info;
    private volatile RuntimeException failure;
    private boolean iterated;

    private TaskSequence() {
    }

    /**
     * Runs {@code use} on the sequence while {@code read} reads it on a thread of its own: {@code
     * read} is handed the sequence and calls {@link #begin} then {@link #read} within one state of
     * the ledger. Returns when both are done; the reader is stopped when {@code use} ends early.
     */
    static <T> T run(java.util.function.Consumer<TaskSequence> read, Function<TaskSequence, T> use) {
        TaskSequence sequence = new TaskSequence();
        Thread reader = Threads.ahead("taizhang-ledger-reader", () -> {
            try {
                read.accept(sequence);
                sequence.hand(Part.END);
            } catch (RuntimeException | Error e) {
                RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                sequence.failure = failure;
                sequence.begun.countDown();
                sequence.hand(new Part(List.of(), failure));
            }
        });
        try {
            return use.apply(sequence);
        } finally {
            sequence.stopped = true;
            sequence.parts.clear();
            Threads.awaitEnd(reader);
        }
    }

    /**
     * Runs {@code use} on the sequence on this thread alone, the tasks fetched as they are iterated:
     * for a caller inside the store's own lock, which a reader thread would wait for in vain.
     * {@code begin} calls {@link #begin} within the caller's state of the ledger.
     */
    static <T> T runHere(java.util.function.Consumer<TaskSequence> begin, Function<List<Long>, List<Task>> fetch,
            Function<TaskSequence, T> use) {
        TaskSequence sequence = new TaskSequence();
        begin.accept(sequence);
        sequence.pull = fetch;
        return use.apply(sequence);
    }

    /** Set by {@link #runHere}: the tasks are fetched by the iterating thread itself. */
    private Function<List<Long>, List<Task>> pull;
    /** Where {@link #pull} has got to in the outline. */
    private int pulled;

    /**
     * The reader: the outline in reading order, the ledger's identity and the check code of this
     * state. Only the order and the 领域 counts are kept: 100,000 tasks of outline would stay in the
     * heap for the whole export, and be copied by each collection until it had aged.
     */
    void begin(List<Task> outline, LedgerInfo info, CheckCode code) {
        long[] ids = new long[outline.size()];
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            Task t = outline.get(i);
            ids[i] = t.id();
            counts.merge(t.domain(), 1, Integer::sum);
        }
        this.perDomain = java.util.Collections.unmodifiableMap(counts);
        this.order = ids;
        this.info = info;
        this.code = code;
        begun.countDown();
    }

    /** The reader: fetches the outline's tasks, a chunk at a time, and hands them over in order. */
    void read(Function<List<Long>, List<Task>> fetch) {
        for (int next = 0; next < order.length && !stopped; next += CHUNK) {
            hand(new Part(chunk(next, fetch), null));
        }
    }

    /** The tasks in reading order from {@code from} on, {@link #CHUNK} of them at most. */
    private List<Task> chunk(int from, Function<List<Long>, List<Task>> fetch) {
        int to = Math.min(order.length, from + CHUNK);
        List<Long> ids = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            ids.add(order[i]);
        }
        Map<Long, Task> byId = new HashMap<>();
        for (Task t : fetch.apply(ids)) {
            byId.put(t.id(), t);
        }
        List<Task> chunk = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Task full = byId.get(id);
            if (full == null) { // cannot happen within one state of the ledger
                throw new IllegalStateException("task " + id + " vanished while the ledger was read");
            }
            chunk.add(full);
        }
        return chunk;
    }

    /** Puts a part in the queue, waiting for room; gives up once the writer stopped. */
    private void hand(Part part) {
        try {
            while (!stopped && !parts.offer(part, 50, TimeUnit.MILLISECONDS)) {
                // the writer is busy: wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private <V> V await(Supplier<V> value) {
        try {
            begun.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the ledger was read");
        }
        if (failure != null && order == null) {
            throw failure;
        }
        return value.get();
    }

    /** How many tasks the ledger holds. Waits for the reader's outline. */
    public int size() {
        return await(() -> order.length);
    }

    /** How many tasks each 领域 holds (the empty 领域 too, when tasks have none). Waits for the reader's outline. */
    public Map<String, Integer> domainCounts() {
        return await(() -> perDomain);
    }

    /** The check code of the state the tasks are read from. */
    public CheckCode checkCode() {
        return await(() -> code);
    }

    /** The ledger's title, year and identity, read in the same state. */
    public LedgerInfo info() {
        return await(() -> info);
    }

    @Override
    public Iterator<Task> iterator() {
        if (iterated) {
            throw new IllegalStateException("a ledger's sequence is read once");
        }
        iterated = true;
        return new Iterator<>() {
            private List<Task> chunk = List.of();
            private int inChunk;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (!ended && inChunk == chunk.size()) {
                    Part part = take();
                    if (part.failure() != null) {
                        ended = true;
                        throw part.failure();
                    }
                    if (part == Part.END) {
                        ended = true;
                    } else {
                        chunk = part.tasks();
                        inChunk = 0;
                    }
                }
                return inChunk < chunk.size();
            }

            @Override
            public Task next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.get(inChunk++);
            }

            private Part take() {
                if (pull != null) {
                    if (pulled >= order.length) {
                        return Part.END;
                    }
                    List<Task> tasks = chunk(pulled, pull);
                    pulled += tasks.size();
                    return new Part(tasks, null);
                }
                try {
                    return parts.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while the ledger was read");
                }
            }
        };
    }
}
