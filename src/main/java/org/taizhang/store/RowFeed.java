package org.taizhang.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.taizhang.core.Threads;

/**
 * Rows made on a second thread while the calling thread writes them (issue 19): for a large
 * adjustment, working out each history row (the task's change, its JSON) and each task row costs
 * about as much CPU as SQLite's writing them, and a PC has two cores. The rows are written by
 * the calling thread, on its connection, in its transaction, in the order they are made, so what
 * is written is the same as when one thread does both; at most a few batches wait between the
 * two, so memory does not grow with the rows.
 *
 * <p>What makes the rows must not touch the store (its lock is the writer's): it works on what was
 * read before (decision 0025). A failure while making a row is thrown by the writer when it
 * reaches that row, as it would have been had the writer made it; a failure while writing stops
 * the maker.
 */
final class RowFeed {
    /**
     * Fewer rows than this are made on the writer's thread: a second thread would not pay for
     * itself. Tests set it out of reach to write a large adjustment as one thread did before.
     */
    static volatile int asideFrom = 2_000;
    /** Rows handed over at once. */
    private static final int BATCH = 250;
    /** Batches made ahead of the writer at most. */
    private static final int AHEAD = 8;
    private static final Object END = new Object();

    private RowFeed() {
    }

    /**
     * Writes every row {@code rows} makes into {@code out}, in order, then flushes it; the rows are
     * made on a second thread when {@code aside}. Not interruptible: a commit runs to its end.
     */
    static void write(Iterator<Object[]> rows, RowInserter out, boolean aside) throws SQLException {
        if (!aside) {
            while (rows.hasNext()) {
                out.add(rows.next());
            }
            out.flush();
            return;
        }
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        Maker maker = new Maker(rows, queue);
        maker.start();
        boolean interrupted = false;
        try {
            while (true) {
                Object item;
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    interrupted = true; // said again after the rows are written
                    continue;
                }
                if (item == END) {
                    break;
                }
                if (item instanceof Failure f) {
                    throw f.rethrown();
                }
                @SuppressWarnings("unchecked")
                List<Object[]> batch = (List<Object[]>) item;
                for (Object[] row : batch) {
                    out.add(row);
                }
            }
            out.flush();
        } finally {
            maker.stopped = true;
            queue.clear(); // a maker waiting to hand over a batch sees it stopped
            Threads.awaitEnd(maker);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The second thread: makes the rows a batch at a time and hands each batch over. */
    private static final class Maker extends Thread {
        private final Iterator<Object[]> rows;
        private final BlockingQueue<Object> queue;
        volatile boolean stopped;

        Maker(Iterator<Object[]> rows, BlockingQueue<Object> queue) {
            super("taizhang-rows");
            setDaemon(true);
            this.rows = rows;
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                List<Object[]> batch = new ArrayList<>(BATCH);
                while (!stopped && rows.hasNext()) {
                    batch.add(rows.next());
                    if (batch.size() == BATCH) {
                        handOver(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) {
                    handOver(batch);
                }
                handOver(END);
            } catch (RuntimeException | Error e) {
                handOver(new Failure(e));
            }
        }

        /** Waits for room, unless the writer stopped (it then takes nothing more). */
        private void handOver(Object item) {
            try {
                while (!stopped && !queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    // the writer is busy: wait
                }
            } catch (InterruptedException e) {
                stopped = true; // nobody interrupts this thread but a JVM going down
            }
        }
    }

    /** What went wrong while making a row, to be thrown by the writer. */
    private record Failure(Throwable error) {
        RuntimeException rethrown() {
            if (error instanceof Error e) {
                throw e;
            }
            return (RuntimeException) error;
        }
    }
}
