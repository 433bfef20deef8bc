package org.taizhang.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.taizhang.core.LedgerException;

/**
 * The one-writer rule: a program that opens a ledger for writing holds an operating-system lock on
 * a small file beside it ({@code x.taizhang.lock}). The lock dies with the process, even a killed
 * one, so the file never keeps anyone out by itself being there. It is a separate file because a
 * second lock on the database file would interfere with SQLite's own. The file is left in place
 * (deleting it would let two programs lock two different files of the same name).
 */
final class LedgerLock implements AutoCloseable {
    /**
     * The lock files this program holds. On Linux and macOS closing any handle on a file drops all
     * of the program's locks on it, so a second attempt from within this program must be refused
     * before it so much as opens the file, or it would silently let a second program in.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final FileChannel channel;
    private final FileLock lock;
    private final Path key;
    private boolean closed;

    private LedgerLock(FileChannel channel, FileLock lock, Path key) {
        this.channel = channel;
        this.lock = lock;
        this.key = key;
    }

    /** Beside the file itself, not beside a link to it: two names for one ledger share one lock. */
    static Path lockFileOf(Path ledger) {
        Path real = ledger;
        try {
            real = ledger.toRealPath();
        } catch (IOException e) {
            // a new ledger: it has no other name yet
        }
        return real.resolveSibling(real.getFileName() + ".lock");
    }

    /** Takes the lock or fails with a message saying the ledger is open elsewhere. */
    static LedgerLock acquire(Path ledger) {
        Path path = lockFileOf(ledger);
        Path key = keyOf(path);
        if (!HELD.add(key)) {
            throw new NotWritableException(NotWritableException.Reason.IN_USE, ledger.getFileName());
        }
        try {
            return acquire(ledger, path, key);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    /** The lock file's real name, so that two spellings of one path (or a link) count as one. */
    private static Path keyOf(Path lockFile) {
        Path absolute = lockFile.toAbsolutePath().normalize();
        try {
            Path dir = absolute.getParent().toRealPath();
            return dir.resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute; // the folder is missing: opening the lock file fails with a message below
        }
    }

    private static LedgerLock acquire(Path ledger, Path path, Path key) {
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new NotWritableException(NotWritableException.Reason.FOLDER_READ_ONLY, e, ledger.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new LedgerException(e, "ledger.lockFailed", ledger, e.getMessage());
        }
        hideOnWindows(path);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very program has it open already (through a link HELD did not see through)
        } catch (IOException e) {
            close(channel);
            throw new LedgerException(e, "ledger.lockFailed", ledger, e.getMessage());
        }
        if (lock == null) {
            close(channel);
            throw new NotWritableException(NotWritableException.Reason.IN_USE, ledger.getFileName());
        }
        return new LedgerLock(channel, lock, key);
    }

    private static void hideOnWindows(Path path) {
        try {
            Files.setAttribute(path, "dos:hidden", true);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException notWindows) {
            // only Windows shows such files by default
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel below
        }
        close(channel);
        HELD.remove(key);
    }
}
