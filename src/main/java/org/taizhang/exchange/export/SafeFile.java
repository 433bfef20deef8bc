package org.taizhang.exchange.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;

/**
 * Writes an export so that nothing half-written is ever left under the export's name: into a
 * temporary file beside the target (".name.12345.part"), moved into place only when complete. A
 * target that exists is replaced only when asked; one that Excel, WPS or LibreOffice has open is
 * never replaced.
 *
 * <p>A program killed while writing leaves its temporary file behind. The writer holds an
 * operating-system lock on it until it has taken its real name, and the lock dies with the
 * program, so the next export into that folder can tell such leftovers from files another program
 * is still writing, and removes them.
 */
public final class SafeFile {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** The names {@link #newTemporaryFile} gives. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.part");
    /**
     * The temporary files this program is writing now. On Linux and macOS, closing any channel on a
     * file drops every lock this program holds on it, so the cleaner must not even open these.
     */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    /** Writes the file's content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private SafeFile() {
    }

    public static void write(Path target, boolean replace, Content content) {
        WorkbookClasses.awaitLoaded(); // the content's writer uses POI: not while the practice workbook loads it
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        if (Files.exists(target)) {
            if (!Files.isWritable(target)) {
                throw new LedgerException("export.readOnlyTarget", name);
            }
            if (openElsewhere(target)) {
                throw new LedgerException("export.openElsewhere", name);
            }
            if (!replace) {
                throw new LedgerException("export.exists", name);
            }
        }
        Path temp;
        try {
            Files.createDirectories(dir);
            removeLeftovers(dir);
            temp = newTemporaryFile(dir, name);
            // Before the lock: on Linux this sets an extended attribute through a file handle of its
            // own, and closing any handle on a file drops the program's locks on it.
            hideOnWindows(temp);
        } catch (IOException e) {
            throw new LedgerException(e, "export.cannotWrite", dir, e.getMessage());
        }
        WRITING.add(temp);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE); FileLock held = ch.lock()) {
                try (OutputStream out = new BufferedOutputStream(new KeepOpen(Channels.newOutputStream(ch)), 1 << 16)) {
                    content.write(out);
                }
                ch.force(true); // on disk before it takes the real name
                // Moved while still locked: a rename keeps the file (and its lock) whole.
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            boolean full = e instanceof IOException && diskFull(dir); // asked before the temporary file frees its room
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary name starts with a dot and ends in .part: plainly not an export
            }
            if (e instanceof LedgerException le) {
                throw le;
            }
            if (full) {
                throw new LedgerException(e, "export.diskFull", name);
            }
            throw new LedgerException(e, "export.cannotWrite", name, e.getMessage());
        } finally {
            WRITING.remove(temp);
        }
    }

    /** Java does not say why a write failed; a disk with (almost) no room left is the likely reason. */
    private static boolean diskFull(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace() < 1 << 20;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * ".name.12345.part", made as any new file is (Files.createTempFile would make it readable by
     * its owner only, and the export would keep that: colleagues could not open it).
     */
    private static Path newTemporaryFile(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException taken) {
                // another export's name: draw again
            }
        }
    }

    /**
     * Removes the temporary files that exports killed mid-write left in {@code dir}: those nobody
     * holds locked. Best effort; a file that cannot be removed stays, as harmless as before.
     */
    static void removeLeftovers(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                f -> TEMPORARY.matcher(f.getFileName().toString()).matches())) {
            for (Path f : files) {
                if (!WRITING.contains(f) && Files.isRegularFile(f) && !lockedByAnotherProgram(f)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder fails the export itself, with a message, a moment later
        }
    }

    private static boolean lockedByAnotherProgram(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    private static void hideOnWindows(Path path) {
        try {
            Files.setAttribute(path, "dos:hidden", true);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException notWindows) {
            // elsewhere the leading dot hides it
        }
    }

    /** Lets the content's writer close its stream without closing the channel that holds the lock. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * Whether an office program has the file open: Excel and WPS leave "~$name", LibreOffice
     * ".~lock.name#" beside it; on Windows the file itself also refuses to be opened for writing.
     */
    public static boolean openElsewhere(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        String excelLock = "~$" + (name.length() > 2 ? name.substring(2) : name);
        if (Files.exists(dir.resolve("~$" + name)) || Files.exists(dir.resolve(excelLock))
                || Files.exists(dir.resolve(".~lock." + name + "#"))) {
            return true;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
