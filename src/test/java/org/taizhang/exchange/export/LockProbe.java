package org.taizhang.exchange.export;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another program, for {@link SafeFileTest}: "hold FILE" locks the file and waits to be killed, as
 * an export that is still writing; "probe FILE" says whether someone holds it locked.
 */
public final class LockProbe {
    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel ch = FileChannel.open(Path.of(args[1]), StandardOpenOption.WRITE)) {
            if (args[0].equals("hold")) {
                FileLock lock = ch.lock();
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(600_000);
                lock.release();
            } else {
                FileLock lock = ch.tryLock();
                System.out.println(lock == null ? "held" : "free");
            }
        }
    }
}
