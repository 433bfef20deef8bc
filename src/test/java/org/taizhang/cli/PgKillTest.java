package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.ChildProgram;
import org.taizhang.core.ledger.LedgerStore;
import org.taizhang.store.PgLedgerStore;
import org.taizhang.testing.PgCluster;

/**
 * The kill test of a server ledger, beside the file's ({@link KillTest}): {@code taizhang import}
 * of a large return runs in a child JVM as a clerk's role and (a) the child is killed (SIGKILL)
 * while its transaction writes, or (b) the server is restarted at once ({@code pg_ctl restart -m
 * immediate}, a crash) while it writes. Either way the ledger on the server is exactly as before:
 * the same chain head, the same tasks, {@code taizhang verify} passes; after (b) the import has
 * said in words that it was not saved, and doing it again succeeds.
 *
 * <p>"While it writes" is seen from the server: the child's session holds the ledger's advisory
 * lock, which a write transaction takes first and keeps to its commit. A calibration run to its
 * end measures how long the lock is held; kills fall at a seeded-random point of the first half of
 * that. {@code -Dpgkill.count=N}, {@code -Dpgkill.rows=R}, {@code -Dpgkill.seed=S}.
 */
class PgKillTest {
    static final int KILLS = Integer.getInteger("pgkill.count", 3);
    static final int ROWS = Integer.getInteger("pgkill.rows", 2_000);
    static final long SEED = Long.getLong("pgkill.seed", System.currentTimeMillis());

    @TempDir
    static Path dir;
    static Path workbook;
    static PgCluster server;
    static final List<String> summary = new ArrayList<>();

    /** What a ledger holds, as far as "before or after" goes. */
    record State(long adjustments, String head, int tasks) {
    }

    /** When a run held the ledger's lock, in ms from the child's start, and how it ended. */
    record Run(long lockAt, long unlockAt, long end, int code) {
    }

    @BeforeAll
    static void workbook() throws IOException {
        server = PgCluster.get();
        workbook = dir.resolve("大批量报回.xlsx");
        ImportBench.write(workbook, ROWS);
    }

    @AfterAll
    static void report() {
        summary.forEach(System.out::println);
    }

    /** A ledger on the server with a few records, its rights given to the clerk who imports. */
    static String ledger() {
        String name = server.newLedgerName();
        Clock clock = Clock.systemUTC();
        String owner = server.address(name);
        assertEquals(0, CliRun.of(clock, "new", owner, "--title", "北疆市2023年改革任务台账", "--year", "2023").code());
        for (String title : List.of("深化“一网通办”改革", "推进医保支付方式改革")) {
            CliRun add = CliRun.of(clock, "add", owner, "--title", title, "--lead", "市发展改革委", "--deadline", "年底前",
                    "--operator", "赵静");
            assertEquals(0, add.code(), add.err());
        }
        CliRun grant = CliRun.of(clock, "server", "grant", owner, "--clerk", PgCluster.CLERK);
        assertEquals(0, grant.code(), grant.err());
        return name;
    }

    static State state(String name) {
        try (PgLedgerStore s = PgLedgerStore.openReadOnly(server.url(), server.login(), name)) {
            LedgerStore.ChainHead head = s.head();
            return new State(head.count(), head.hash(), s.tasks().size());
        }
    }

    static void verifies(String name) {
        CliRun verify = CliRun.of(Clock.systemUTC(), "verify", server.address(name, PgCluster.CLERK));
        assertEquals(0, verify.code(), "taizhang verify: " + verify.out() + verify.err());
    }

    static Process startImport(Path run, String name) throws IOException {
        return ChildProgram.start(run, "import", "import", server.address(name, PgCluster.CLERK), workbook.toString(),
                "--operator", "赵静", "--reason", "第四季度报回");
    }

    /** The session of the clerk's program holding an advisory lock (a write transaction), or 0. */
    static long writer(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT l.pid FROM pg_locks l JOIN pg_stat_activity a "
                + "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND a.usename = ?")) {
            ps.setString(1, PgCluster.CLERK);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Waits until the child's write transaction holds the lock; its session, or 0 when the child ended first. */
    static long awaitWriting(Process p, Connection db) throws SQLException {
        long pid;
        while ((pid = writer(db)) == 0 && p.isAlive()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
        }
        return pid;
    }

    /** Waits until the server has ended a session whose client is gone (it rolls its transaction back). */
    static void awaitGone(long pid) throws SQLException {
        try (Connection db = server.superuser();
                PreparedStatement ps = db.prepareStatement("SELECT 1 FROM pg_stat_activity WHERE pid = ?")) {
            ps.setInt(1, (int) pid);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < until) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }
        throw new AssertionError("the server kept the killed client's session " + pid);
    }

    /** One import to its end, watched: how long its write transaction holds the lock. */
    static Run calibrate(String name) throws Exception {
        Path run = Files.createDirectories(dir.resolve("calibration"));
        long start = System.nanoTime();
        Process p = startImport(run, name);
        long lockAt = -1;
        long unlockAt = -1;
        try (Connection db = server.superuser()) {
            while (p.isAlive()) {
                boolean held = writer(db) != 0;
                long now = (System.nanoTime() - start) / 1_000_000;
                if (held && lockAt < 0) {
                    lockAt = now;
                }
                if (held) {
                    unlockAt = now;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
        }
        ChildProgram.Run done = ChildProgram.finish(p, run, "import");
        assertEquals(0, done.code(), done.err());
        return new Run(lockAt, unlockAt, (System.nanoTime() - start) / 1_000_000, 0);
    }

    @Test
    void aClientKilledWhileItsImportWritesLeavesTheLedgerExactlyAsBefore() throws Exception {
        String calibration = ledger();
        State empty = state(calibration);
        Run whole = calibrate(calibration);
        State imported = state(calibration);
        assertEquals(empty.adjustments() + 1, imported.adjustments(), "one import is one adjustment");
        assertTrue(imported.tasks() > empty.tasks() + ROWS / 2, imported + " after " + empty);
        assertTrue(whole.lockAt() >= 0, "the import's write transaction was seen");
        long window = Math.max(1, whole.unlockAt() - whole.lockAt());
        summary.add(String.format(Locale.ROOT, "server kill test: seed %d, %d rows; calibration: lock at %d ms, "
                + "held %d ms, exit at %d ms", SEED, ROWS, whole.lockAt(), window, whole.end()));

        String name = ledger();
        State before = state(name);
        Random random = new Random(SEED);
        int killed = 0;
        for (int i = 0; killed < KILLS && i < 3 * KILLS; i++) {
            Path run = Files.createDirectories(dir.resolve("kill-" + i));
            Process p = startImport(run, name);
            long pid;
            long delay = (long) (random.nextDouble() * window * 0.5);
            try (Connection db = server.superuser()) {
                pid = awaitWriting(p, db);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(delay));
                if (pid == 0 || writer(db) != pid) {
                    // its write ended before the kill: not a kill while writing, but it must have gone in whole
                    ChildProgram.Run ended = ChildProgram.finish(p, run, "import");
                    assertEquals(0, ended.code(), ended.err());
                    assertEquals(before.adjustments() + 1, state(name).adjustments());
                    summary.add("run " + i + ": the write ended before its kill (" + delay + " ms)");
                    name = ledger(); // the next kill needs a ledger without the import
                    before = state(name);
                    continue;
                }
                p.destroyForcibly();
                assertTrue(p.waitFor(1, TimeUnit.MINUTES), "the child died");
            }
            killed++;
            awaitGone(pid);
            State after = state(name);
            summary.add(String.format(Locale.ROOT, "kill %d: %d ms into the write; ledger %s", killed, delay, after));
            assertEquals(before, after, "a client killed while writing leaves the ledger as before (kill " + killed + ")");
            verifies(name);
        }
        assertTrue(killed >= KILLS, String.join("\n", summary));
        // that the ledger takes the import afterwards, the restart test shows (its retry)
    }

    @Test
    void aServerRestartedWhileAnImportWritesFailsItInWordsWithNothingHalfWrittenAndARetryWorks() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            String name = ledger();
            State before = state(name);
            Path run = Files.createDirectories(dir.resolve("restart-" + attempt));
            Process p = startImport(run, name);
            long pid;
            try (Connection db = server.superuser()) {
                pid = awaitWriting(p, db);
            }
            if (pid == 0) {
                continue; // the child ended without writing: try again
            }
            server.restartImmediately();
            ChildProgram.Run failed = ChildProgram.finish(p, run, "import");
            if (failed.code() == 0) {
                summary.add("restart " + attempt + ": the import committed before the restart");
                continue;
            }
            summary.add("restart " + attempt + ": " + failed.err().strip());
            assertEquals(1, failed.code(), failed.err());
            assertTrue(failed.err().contains("连接断了") && failed.err().contains("没有保存"), failed.err());
            assertFalse(failed.err().contains("Exception"), failed.err());
            assertEquals(1, failed.err().strip().lines().count(), failed.err());

            assertEquals(before, state(name), "nothing of the import is on the server");
            verifies(name);
            Path again = Files.createDirectories(dir.resolve("retry-" + attempt));
            ChildProgram.Run retry = ChildProgram.finish(startImport(again, name), again, "import");
            assertEquals(0, retry.code(), retry.err());
            assertEquals(before.adjustments() + 1, state(name).adjustments());
            verifies(name);
            return;
        }
        throw new AssertionError("no import was caught writing by the restart: " + summary);
    }
}
