package org.taizhang.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder of the system's temporary files for work nobody keeps (a ledger made only to be read
 * once), deleted with all it holds when closed.
 */
public final class ScratchFolder implements AutoCloseable {
    private final Path path;

    private ScratchFolder(Path path) {
        this.path = path;
    }

    /** A new, empty folder whose name starts with {@code prefix}. */
    public static ScratchFolder make(String prefix) {
        try {
            return new ScratchFolder(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and what is in it; what cannot be deleted (a file still open elsewhere) stays. */
    @Override
    public void close() {
        try {
            deleteTree(path);
        } catch (IOException e) {
            // left in the temporary files, which the system empties
        }
    }

    /** Deletes {@code root} with everything under it; nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
