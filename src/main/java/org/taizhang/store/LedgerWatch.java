package org.taizhang.store;

/**
 * A watch on a ledger (实时更新): while it is open, each adjustment another program appends to the
 * ledger is handed to its listener, on the watch's own thread, soon after it was committed.
 * Closing it stops the watching. A ledger file has nothing to watch: only one program writes it.
 */
public interface LedgerWatch extends AutoCloseable {
    /** The watch of a ledger that no other program writes: it never hands anything on. */
    LedgerWatch NONE = () -> { };

    /** Stops watching; the listener is not called after this returns. */
    @Override
    void close();
}
