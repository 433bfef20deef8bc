package org.taizhang.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.taizhang.exchange.Progress;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs background work at once on the caller's thread, so view models are tested without a toolkit. */
public final class ImmediateBackground implements Background {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** Set to keep work queued, as a busy worker would, until {@link #next()} runs it. */
    public boolean hold;
    private final java.util.Deque<Runnable> held = new java.util.ArrayDeque<>();

    /** Runs the oldest work held (its follow-up too, which may queue more); whether there was any. */
    public boolean next() {
        Runnable work = held.poll();
        if (work == null) {
            return false;
        }
        work.run();
        if (held.isEmpty()) {
            busy.set(false);
            message.set("");
        }
        return true;
    }

    @Override
    public <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (hold) {
            busy.set(true);
            message.set(what);
            held.add(() -> runNow(work, done, failed));
            return;
        }
        runNow(work, done, failed);
    }

    /** At once; held as {@link #run} holds it, so that a test can ask for more meanwhile. */
    @Override
    public <T> void aside(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (hold) {
            held.add(() -> runNow(work, done, failed));
            return;
        }
        runNow(work, done, failed);
    }

    private <T> void runNow(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            failed.accept(e);
            return;
        }
        done.accept(result);
    }

    private final java.util.concurrent.BlockingQueue<Runnable> later = new java.util.concurrent.LinkedBlockingQueue<>();

    /** Kept until the test's thread, standing for the FX thread, runs it ({@link #runLater}). */
    @Override
    public void later(Runnable onFx) {
        later.add(onFx);
    }

    /** Waits up to {@code seconds} for something sent {@link #later}, then runs all that came; whether any did. */
    public boolean runLater(long seconds) throws InterruptedException {
        Runnable first = later.poll(seconds, java.util.concurrent.TimeUnit.SECONDS);
        if (first == null) {
            return false;
        }
        first.run();
        for (Runnable next = later.poll(); next != null; next = later.poll()) {
            next.run();
        }
        return true;
    }

    /** Set to make the next long work find itself cancelled at its first check. */
    public boolean cancelNext;

    @Override
    public <T> void runLong(String what, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        boolean stop = cancelNext;
        cancelNext = false;
        run(what, () -> work.call(new Progress() {
            @Override
            public void done(long count, long total) {
            }

            @Override
            public boolean cancelled() {
                return stop;
            }
        }), done, failed);
    }

    @Override
    public void cancel() {
        cancelNext = true;
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty cancellableProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
