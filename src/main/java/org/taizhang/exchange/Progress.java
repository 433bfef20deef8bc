package org.taizhang.exchange;

import java.util.concurrent.CancellationException;

/** How long work tells how far it got, and learns that the clerk pressed 取消. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void done(long count, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code count} of {@code total} done; total is -1 when not known. */
    void done(long count, long total);

    boolean cancelled();

    /** Stops the work here when the clerk cancelled it; nothing has been written by then. */
    default void check() {
        if (cancelled()) {
            throw new CancellationException();
        }
    }
}
