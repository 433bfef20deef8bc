package org.taizhang.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;
import org.taizhang.core.history.Adjustment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a server ledger for other PCs' adjustments. Every append on the server notifies the
 * ledger's channel inside its transaction ({@link PgLedgerStore#channel}), so the notice is sent
 * only when the adjustment is committed. The watch has a connection of its own that LISTENs on
 * that channel from a daemon thread; on each notice it reads the log after the last record it has
 * seen and hands each new adjustment to the listener. Notices are only a nudge: what is handed on
 * is always read from the log, in order. When the connection drops, the thread connects again
 * (waiting a little longer each time, up to {@link #LONGEST_PAUSE_MILLIS}) and catches up from the
 * last record seen, since notices sent while it was away are lost; and it reads the log every
 * {@link #CHECK_MILLIS} even without a notice, so a connection that died without a word is found.
 */
final class PgLedgerWatch implements LedgerWatch {
    private static final Logger LOG = LoggerFactory.getLogger(PgLedgerWatch.class);
    /** How long one wait for a notice lasts; closing takes at most about this long. */
    static final int WAIT_MILLIS = 500;
    /** How often the log is read without a notice. */
    static final long CHECK_MILLIS = 30_000;
    static final long FIRST_PAUSE_MILLIS = 500;
    static final long LONGEST_PAUSE_MILLIS = 10_000;
    /** What the server shows as the watch's program (pg_stat_activity.application_name), before the ledger's name. */
    static final String APPLICATION = "Taizhang watch";

    private final PGSimpleDataSource source;
    private final String ledger;
    private final Predicate<Adjustment> ours;
    private final Consumer<Adjustment> listener;
    private final Consumer<PgLedgerWatch> onClose;
    private final Thread thread;
    private final Object pause = new Object();
    private volatile boolean closed;
    private volatile int connections;
    private long lastSeen;
    long firstPauseMillis = FIRST_PAUSE_MILLIS;
    long checkMillis = CHECK_MILLIS;

    /**
     * A watch that hands on each adjustment after record {@code after} that {@code ours} does not
     * claim (the watching program's own); {@code closed} hears when it is closed. Not started yet: {@link #start()}.
     */
    PgLedgerWatch(PGSimpleDataSource source, String ledger, long after, Predicate<Adjustment> ours,
            Consumer<Adjustment> listener, Consumer<PgLedgerWatch> closed) {
        this.source = source;
        this.onClose = closed;
        this.ledger = ledger;
        this.lastSeen = after;
        this.ours = ours;
        this.listener = listener;
        this.thread = new Thread(this::run, "taizhang-watch-" + ledger);
        thread.setDaemon(true);
    }

    PgLedgerWatch start() {
        thread.start();
        return this;
    }

    private void run() {
        PgLedgerStore reader = null;
        long pauseMillis = firstPauseMillis;
        long checked = 0;
        while (!closed) {
            try {
                if (reader == null) {
                    reader = listen();
                    connections++;
                    catchUp(reader);
                    checked = System.nanoTime();
                    pauseMillis = firstPauseMillis;
                }
                PGNotification[] notices = reader.connection().unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notices != null && notices.length > 0
                        || System.nanoTime() - checked > TimeUnit.MILLISECONDS.toNanos(checkMillis)) {
                    catchUp(reader);
                    checked = System.nanoTime();
                }
            } catch (SQLException | RuntimeException e) { // the connection dropped, or reading the log failed
                closeQuietly(reader);
                reader = null;
                if (!closed) {
                    LOG.info("watch of {} lost its connection, trying again in {} ms: {}", ledger, pauseMillis,
                            e.getMessage());
                    sleep(pauseMillis);
                    pauseMillis = Math.min(pauseMillis * 2, LONGEST_PAUSE_MILLIS);
                }
            }
        }
        closeQuietly(reader);
    }

    /** What the server shows as the program of a watch on {@code ledger}: "Taizhang watch bj2023". */
    static String application(String ledger) {
        return APPLICATION + " " + ledger;
    }

    /** A connection of the watch's own, listening on the ledger's channel, read through a store. */
    private PgLedgerStore listen() throws SQLException {
        Connection db = source.getConnection();
        try (Statement s = db.createStatement()) {
            db.setNetworkTimeout(Runnable::run, (int) (2 * CHECK_MILLIS)); // a read on a dead line gives up
            s.execute("SET application_name = '" + application(ledger) + "'"); // the name is [a-z0-9_]
            s.execute("LISTEN \"" + PgLedgerStore.channel(ledger) + "\"");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return PgLedgerStore.reader(db, source, ledger);
    }

    /** Hands on every record after the last one seen, in order. */
    private void catchUp(PgLedgerStore reader) {
        for (Adjustment a : reader.adjustmentsAfter(lastSeen)) {
            if (closed) {
                return;
            }
            lastSeen = a.id();
            if (ours.test(a)) {
                continue;
            }
            try {
                listener.accept(a);
            } catch (RuntimeException e) { // the listener's trouble is not the watch's: it goes on watching
                LOG.warn("a listener of {} failed on adjustment {}", ledger, a.id(), e);
            }
        }
    }

    private void sleep(long millis) {
        synchronized (pause) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            long left;
            while (!closed && (left = until - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(pause, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void closeQuietly(PgLedgerStore reader) {
        if (reader != null) {
            reader.close();
        }
    }

    /** Whether the thread still runs. */
    boolean isRunning() {
        return thread.isAlive();
    }

    /** How many times the watch has connected: 1 until a connection was lost. */
    int connections() {
        return connections;
    }

    @Override
    public void close() {
        closed = true;
        onClose.accept(this);
        synchronized (pause) {
            pause.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
