package org.taizhang.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ThreadsTest {
    @Test
    void waitsForTheEndThroughAnInterruptAndKeepsIt() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                waiting.await();
                Thread.sleep(200); // still working after the waiter is interrupted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        boolean[] seen = new boolean[2]; // worker ended when the wait returned; interrupt kept
        Thread waiter = new Thread(() -> {
            Threads.awaitEnd(worker);
            seen[0] = !worker.isAlive();
            seen[1] = Thread.currentThread().isInterrupted();
        });
        waiter.start();
        Thread.sleep(50);
        waiter.interrupt();
        waiting.countDown();
        waiter.join(5_000);
        assertFalse(waiter.isAlive());
        assertTrue(seen[0], "returned only once the thread had ended");
        assertTrue(seen[1], "the interrupt is said again");
    }
}
