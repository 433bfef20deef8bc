package org.taizhang.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.taizhang.exchange.Progress;

/**
 * Where screens send database and workbook work, so it never runs on the FX thread. Work runs one
 * piece at a time, in order (which also keeps the ledger's writes on one writer); its result comes
 * back on the FX thread. View models take this interface, so their tests can run work at once.
 */
public interface Background {

    /**
     * Runs {@code work} off the FX thread; then {@code done} with its result, or {@code failed}
     * with what it threw, on the FX thread. {@code what} says what is happening, for the status bar.
     */
    <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /**
     * Long work (reading a big workbook): it reports how far it got and stops at its next check
     * when the clerk presses 取消 ({@link #cancel()}); a cancelled run ends in {@code failed}
     * with a CancellationException, nothing written.
     */
    <T> void runLong(String what, Work<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Work that can tell its progress and be cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /**
     * Work on what was read already (sorting the ledger's rows), on a thread of its own beside the
     * worker: it never waits behind a save or an import. Then {@code done} with its result, or
     * {@code failed}, on the FX thread. It says nothing in the status bar: it takes a moment.
     */
    <T> void aside(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code onFx} on the FX thread soon, from any thread (news from a watch of the ledger). */
    void later(Runnable onFx);

    /**
     * Runs {@code onFx}, called on the FX thread, once the window has laid out what was changed
     * before the call (the next frame drawn); where nothing is drawn, at once.
     */
    default void afterDrawn(Runnable onFx) {
        onFx.run();
    }

    /** Asks the long work running now to stop. */
    void cancel();

    /** How far the long work is, 0 to 1, or -1 when it cannot say. */
    ReadOnlyDoubleProperty progressProperty();

    /** True while long work runs that can be cancelled. */
    ReadOnlyBooleanProperty cancellableProperty();

    /** True while work is queued or running. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the running work is doing, empty when idle. */
    ReadOnlyStringProperty messageProperty();
}
