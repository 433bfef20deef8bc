package org.taizhang.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import java.util.concurrent.atomic.AtomicBoolean;
import org.taizhang.exchange.Progress;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Background} on one daemon worker thread, results handed back with Platform.runLater. */
public final class FxBackground implements Background, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxBackground.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "taizhang-worker");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private volatile AtomicBoolean cancelled = new AtomicBoolean();

    @Override
    public <T> void runLong(String what, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        AtomicBoolean stop = new AtomicBoolean();
        long[] shown = {0};
        Progress report = new Progress() {
            @Override
            public void done(long count, long total) {
                long now = System.nanoTime();
                if (now - shown[0] > 100_000_000L) { // a few updates a second are enough to see it move
                    shown[0] = now;
                    double fraction = total > 0 ? (double) count / total : -1;
                    Platform.runLater(() -> progress.set(fraction));
                }
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        run(what, () -> {
            cancelled = stop;
            Platform.runLater(() -> cancellable.set(true));
            try {
                return work.call(report);
            } finally {
                Platform.runLater(() -> {
                    cancellable.set(false);
                    progress.set(-1);
                });
            }
        }, done, failed);
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    @Override
    public <T> void aside(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        org.taizhang.core.Threads.ahead("taizhang-aside", () -> {
            try {
                T result = work.call();
                Platform.runLater(() -> done.accept(result));
            } catch (Throwable e) {
                LOG.error("work aside failed", e);
                Platform.runLater(() -> failed.accept(e));
            }
        });
    }

    @Override
    public void later(Runnable onFx) {
        javafx.application.Platform.runLater(onFx);
    }

    /** At the start of the second frame from now: the first one lays out what changed. */
    @Override
    public void afterDrawn(Runnable onFx) {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    onFx.run();
                }
            }
        }.start();
    }

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        pending.incrementAndGet();
        busy.set(true);
        message.set(what);
        worker.execute(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = work.call();
            } catch (Throwable e) {
                error = e;
                if (!(e instanceof org.taizhang.core.LedgerException)) {
                    LOG.error("background work failed: {}", what, e);
                }
            }
            T r = result;
            Throwable err = error;
            Platform.runLater(() -> {
                // Not busy while the follow-up runs: it may ask the clerk something and wait.
                if (pending.decrementAndGet() == 0) {
                    busy.set(false);
                    message.set("");
                }
                if (err == null) {
                    done.accept(r);
                } else {
                    failed.accept(err);
                }
            });
        });
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Lets queued work finish (closing the ledger is such work), waiting a little for it. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
