package org.taizhang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the system's temporary files hold: a test checks the program leaves nothing of its own there. */
public final class TempFiles {
    private TempFiles() {
    }

    /** The entries of the temporary files whose names start with {@code prefix}, sorted. */
    public static List<Path> named(String prefix) {
        try (var all = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return all.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
