package org.taizhang.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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

    /**
     * How long a scratch folder lies unchanged before it counts as left behind: the work that makes
     * one (a practice opening, an export's sheets) takes seconds, and a folder in use changes.
     */
    public static final java.time.Duration LEFT = java.time.Duration.ofHours(1);

    /**
     * Deletes the folders of the temporary files named {@code prefix}… not changed for {@link
     * #LEFT}: left by a program stopped before it could close them (killed, or ended while a
     * thread of its own was working in one). Returns how many went; one that cannot be deleted stays.
     */
    public static int sweep(String prefix) {
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(LEFT));
        int swept = 0;
        for (Path p : named(prefix)) {
            try {
                if (Files.isDirectory(p) && Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    deleteTree(p);
                    swept++;
                }
            } catch (IOException e) {
                // in use, or gone meanwhile: left
            }
        }
        return swept;
    }

    /**
     * What the system's temporary files hold whose names start with {@code prefix}, sorted: a
     * scratch folder is found by its prefix ({@link #make}), and a test checks none is left.
     */
    public static List<Path> named(String prefix) {
        try (Stream<Path> all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
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
