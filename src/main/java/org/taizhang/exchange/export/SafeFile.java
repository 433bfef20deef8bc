package org.taizhang.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.taizhang.core.LedgerException;

/**
 * Writes an export so that nothing half-written is ever left: into a temporary file beside the
 * target, moved into place only when complete. A target that exists is replaced only when asked;
 * one that Excel, WPS or LibreOffice has open is never replaced.
 */
public final class SafeFile {

    /** Writes the file's content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private SafeFile() {
    }

    public static void write(Path target, boolean replace, Content content) {
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
            temp = Files.createTempFile(dir, "." + name + ".", ".part");
        } catch (IOException e) {
            throw new LedgerException(e, "export.cannotWrite", dir, e.getMessage());
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.write(out);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true); // on disk before it takes the real name
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary name starts with a dot and ends in .part: plainly not an export
            }
            if (e instanceof LedgerException le) {
                throw le;
            }
            throw new LedgerException(e, "export.cannotWrite", name, e.getMessage());
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
