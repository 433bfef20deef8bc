package org.taizhang.core;

/** What the program's threads that work ahead of another share. */
public final class Threads {
    private Threads() {
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
