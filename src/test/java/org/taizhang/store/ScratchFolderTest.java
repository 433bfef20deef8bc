package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class ScratchFolderTest {
    @Test
    void aLedgerMadeInItGoesWithItsLockAndCompanionFiles() throws Exception {
        Path where;
        try (ScratchFolder dir = ScratchFolder.make("taizhang-test")) {
            where = dir.path();
            try (OpenLedger l = OpenLedger.create(where.resolve("a.taizhang"), "a", 2026, Clock.systemUTC())) {
                Files.writeString(Files.createDirectories(where.resolve("deeper/still")).resolve("x.txt"), "x");
            }
            assertTrue(Files.exists(where.resolve("a.taizhang")));
        }
        assertFalse(Files.exists(where));
    }

    /** Folders a stopped program left go; one in use (changed lately) and others' stay. */
    @Test
    void aSweepDeletesOnlyItsOwnFoldersLongUnchanged() throws Exception {
        String prefix = "taizhang-sweep-test";
        Path left = org.taizhang.testing.LeftBehind.folder(prefix, "practice.taizhang");
        Path inUse = Files.createTempDirectory(prefix);
        Path other = org.taizhang.testing.LeftBehind.folder("taizhang-other-test", "other.txt");
        try {
            assertEquals(1, ScratchFolder.sweep(prefix));
            assertFalse(Files.exists(left), "left longer ago than LEFT: deleted with what it holds");
            assertTrue(Files.exists(inUse), "changed just now: kept");
            assertTrue(Files.exists(other), "not named so: kept");
        } finally {
            ScratchFolder.deleteTree(left);
            ScratchFolder.deleteTree(inUse);
            ScratchFolder.deleteTree(other);
        }
    }

    @Test
    void deletingWhatIsNotThereIsNothingAndLeavesWhatIsBeside() throws Exception {
        try (ScratchFolder dir = ScratchFolder.make("taizhang-test")) {
            Path kept = Files.writeString(dir.path().resolve("kept.txt"), "x");
            ScratchFolder.deleteTree(dir.path().resolve("never-made")); // no exception
            assertTrue(Files.exists(kept), "only what it was given is deleted");
        }
    }
}
