package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.testing.Needs.need;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.ChildProgram;
import org.taizhang.ChildProgram.Run;
import org.taizhang.core.LedgerException;
import org.taizhang.store.OpenLedger;

/**
 * The one-writer rule across real processes: while one program writes a ledger, a second one is
 * told so in one line and may only read, and the file comes out whole.
 */
class OneWriterTest {
    @TempDir
    Path dir;

    private void demo(String name) {
        OpenLedger.createSample(dir.resolve(name), Clock.systemUTC()).close();
    }

    private static void assertRefused(Run r) {
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("正由另一个台账程序编辑"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    private int tasks(Path ledger) {
        try (OpenLedger l = OpenLedger.openForReading(ledger, Clock.systemUTC())) {
            assertTrue(l.service().verify().ok(), l.service().verify().problems().toString());
            return l.service().tasks().size();
        }
    }

    @Test
    void whileTheCommandLineImportsASecondCommandMayReadButNotWrite() throws Exception {
        demo("x.taizhang");
        Path ledger = dir.resolve("x.taizhang");
        int before = tasks(ledger);
        ImportBench.write(dir.resolve("大批量.xlsx"), 5_000);
        Process importing = ChildProgram.start(dir, "import", "import", "x.taizhang", "大批量.xlsx", "--operator", "赵静");
        Path lockFile = dir.resolve("x.taizhang.lock");
        // Wait (by the system's lock table, not by the clock) until the import holds the ledger.
        Boolean held;
        while (Boolean.FALSE.equals(held = ChildProgram.holdsLock(importing.pid(), lockFile)) && importing.isAlive()) {
            Thread.onSpinWait();
        }
        need(held != null, "the system's table of file locks (/proc/locks)");
        assertTrue(held, "the import held the ledger's lock while it ran");

        Run edit = ChildProgram.run(dir, "edit", "x.taizhang", "--task", "5", "--progress", "同时改", "--operator", "刘洋");
        // Still importing now, so it held the ledger from before the edit started until after it ended.
        boolean editRanBesideTheImport = importing.isAlive();
        Run list = ChildProgram.run(dir, "list", "x.taizhang", "--search", "医保");
        Run finished = ChildProgram.finish(importing, dir, "import");

        assertEquals(0, finished.code(), finished.err());
        assertTrue(finished.out().contains("涉及 5000 项任务"), finished.out());
        if (editRanBesideTheImport) {
            assertRefused(edit);
        } else { // the import ended first: the edit was refused while it ran, or came after it and went in
            assertTrue(edit.code() == 0 || edit.err().contains("正由另一个台账程序编辑"), edit.err());
        }
        assertEquals(0, list.code(), "reading beside a writer works: " + list.err());
        assertTrue(list.out().contains("医保"), list.out());
        assertEquals(before + 5_000, tasks(ledger), "the import whole, and nothing half-written");
    }

    @Test
    void theWindowsLedgerStaysLockedWhenItTriesToOpenItAgain() throws Exception {
        demo("y.taizhang");
        Path ledger = dir.resolve("y.taizhang");
        try (OpenLedger open = OpenLedger.open(ledger, Clock.systemUTC())) {
            // A second open inside the same program is refused before it touches the lock file:
            // on Linux, closing any handle on that file would drop the lock the first one holds.
            assertEquals("ledger.locked", assertThrows(LedgerException.class,
                    () -> OpenLedger.open(dir.resolve("./y.taizhang"), Clock.systemUTC())).key());
            assertRefused(ChildProgram.run(dir, "undo", "y.taizhang", "--operator", "陈晓", "--reason", "试图同时写"));
        }
        Run undo = ChildProgram.run(dir, "undo", "y.taizhang", "--operator", "陈晓", "--reason", "关闭后再撤销");
        assertEquals(0, undo.code(), "the lock goes with the program that held it: " + undo.err());
    }

    @Test
    void aLinkToTheLedgerSharesItsLock() throws Exception {
        demo("z.taizhang");
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("快捷方式.taizhang"), dir.resolve("z.taizhang"));
        try (OpenLedger open = OpenLedger.open(link, Clock.systemUTC())) {
            assertRefused(ChildProgram.run(dir, "undo", "z.taizhang", "--operator", "陈晓", "--reason", "经另一个名字"));
        }
    }
}
