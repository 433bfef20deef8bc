package org.taizhang.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.taizhang.store.ScratchFolder;

/** A scratch folder as a stopped program leaves it: named {@code prefix}…, a file in it, unchanged for longer than {@link ScratchFolder#LEFT}. */
public final class LeftBehind {
    private LeftBehind() {
    }

    public static Path folder(String prefix, String file) throws IOException {
        Path left = Files.createTempDirectory(prefix);
        Files.writeString(left.resolve(file), "left behind");
        Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(ScratchFolder.LEFT).minusSeconds(60)));
        return left;
    }
}
