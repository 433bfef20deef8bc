package org.taizhang.core;

/** What the program's threads that work ahead of another share. */
public final class Threads {
    private Threads() {
    }

    /**
     * Starts {@code work} on a thread of its own named {@code name}: work done ahead of, or beside,
     * the thread that needs it (which may wait for it with {@link #awaitEnd}), never keeping the
     * program running when it is closed.
     */
    public static Thread ahead(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Waits until {@code t} has ended, whatever interrupts the wait: the caller lets go of what
     * {@code t} uses only after. An interrupt meanwhile is kept, said again once {@code t} has ended.
     */
    public static void awaitEnd(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
