package org.taizhang.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

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

    /** True while work is queued or running. */
    ReadOnlyBooleanProperty busyProperty();

    /** What the running work is doing, empty when idle. */
    ReadOnlyStringProperty messageProperty();
}
