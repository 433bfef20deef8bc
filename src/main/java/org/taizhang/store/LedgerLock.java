package org.taizhang.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.taizhang.core.LedgerException;

/**
 * The one-writer rule: a program that opens a ledger for writing holds an operating-system lock on
 * a small file beside it ({@code x.taizhang.lock}). The lock dies with the process, even a killed
 * one, so the file never keeps anyone out by itself being there. It is a separate file because a
 * second lock on the database file would interfere with SQLite's own. The file is left in place
 * (deleting it would let two programs lock two different files of the same name).
 */
final class LedgerLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private LedgerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path ledger) {
        return ledger.resolveSibling(ledger.getFileName() + ".lock");
    }

    /** Takes the lock or fails with a message saying the ledger is open elsewhere. */
    static LedgerLock acquire(Path ledger) {
        Path path = lockFileOf(ledger);
        FileChannel channel;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new LedgerException(e, "ledger.folderReadOnly", ledger.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new LedgerException(e, "ledger.lockFailed", ledger, e.getMessage());
        }
        hideOnWindows(path);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very program has it open already
        } catch (IOException e) {
            close(channel);
            throw new LedgerException(e, "ledger.lockFailed", ledger, e.getMessage());
        }
        if (lock == null) {
            close(channel);
            throw new LedgerException("ledger.locked", ledger.getFileName());
        }
        return new LedgerLock(channel, lock);
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
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // released with the channel below
        }
        close(channel);
    }
}
