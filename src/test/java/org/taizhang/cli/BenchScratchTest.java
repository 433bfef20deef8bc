package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.core.ledger.SettableClock;

/** The benchmark's ledgers live in a folder of the temporary files that goes with them. */
class BenchScratchTest {
    @Test
    void leavesNothingInTheTemporaryFiles() throws Exception {
        List<Path> before = org.taizhang.store.ScratchFolder.named(BenchCommand.SCRATCH);
        CliRun run = CliRun.of(SettableClock.at("2023-03-20T01:00:00Z"), "bench", "--ledger", "--sizes", "30");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("| 30 |"), run.out());
        assertEquals(before, org.taizhang.store.ScratchFolder.named(BenchCommand.SCRATCH));
    }
}
