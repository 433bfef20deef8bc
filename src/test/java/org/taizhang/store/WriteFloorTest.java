package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;

/** The import's write floor writes a ledger's rows again into an empty ledger of the same schema, and leaves nothing. */
class WriteFloorTest {
    @TempDir
    Path dir;

    @Test
    void theSampleLedgersRowsGoIntoAnEmptyLedgerAndTheScratchFileGoes() {
        Path sample = dir.resolve("示例.taizhang");
        OpenLedger.createSample(sample, SettableClock.at("2026-11-27T08:00:00Z")).close();
        Path scratch = dir.resolve("floor.taizhang");
        long nanos = WriteFloor.nanos(sample, scratch);
        assertTrue(nanos > 0);
        assertFalse(Files.exists(scratch), "the floor's file is removed");
        assertFalse(Files.exists(dir.resolve("floor.taizhang-wal")));
    }
}
