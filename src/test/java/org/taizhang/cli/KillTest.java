package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.ChildProgram;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.importing.Mappings;
import org.taizhang.store.OpenLedger;

/**
 * Nothing lost when the program is killed: the command line runs in a child process and gets
 * SIGKILL at a seeded-random point of a large import, of an export, of an edit. Every time the
 * ledger must reopen for writing (which runs the hash-chain check), pass {@code taizhang verify},
 * and be exactly as before the operation or exactly as after it; an export must leave either no
 * file under its name or the whole file, and the next export into the folder must clear away the
 * temporary file the killed one left.
 *
 * <p>Kill points: a delay from the start of the JVM spread over the whole run (calibrated by one
 * run to its end), or a signal from the child's own files: it holds the ledger's lock, its
 * write-ahead log has been written to (then a random delay up to the end of the run) or has grown
 * past a random share of what a whole import writes, its temporary export file has grown past a
 * random share of the finished workbook.
 *
 * <p>A run that ends before its kill is not counted as a kill; each operation goes on until it
 * has had its share. The ordinary build runs a few kills; {@code -Dkill.count=N} runs N (split
 * about 70/15/15 between import, export and edit), {@code -Dkill.seed=S} repeats the kill points,
 * {@code -Dkill.rows=R} sizes the workbook. The numbers and the command are in
 * docs/RELIABILITY.md; a summary of each run goes to target/kill-test.txt.
 */
class KillTest {
    static final int KILLS = Integer.getInteger("kill.count", 6);
    static final int ROWS = Integer.getInteger("kill.rows", 5_000);
    static final long SEED = Long.getLong("kill.seed", System.currentTimeMillis());
    /** Exit status of a process ended by SIGKILL, as Java reports it. */
    static final int KILLED = 128 + 9;
    static final String UNIT = "市发展改革委"; // the 填报单位 of ImportBench's workbook

    @TempDir
    static Path dir;
    static Path sample;
    static Path workbook;
    static Path imported;
    static State before;
    static State after;
    static Timeline importRun;
    static final List<String> summary = new ArrayList<>();
    static final long started = System.nanoTime();

    /** What a ledger holds, as far as "before or after" goes. */
    record State(int tasks, long adjustments, int logSize, boolean mappingRemembered) {
    }

    /** When things happened in a run to its end, in ms from the start of the child process. */
    record Timeline(long lockAt, long writeAt, long writeMax, long end) {
    }

    /** How one kill ended. */
    enum Outcome { BEFORE, AFTER, FINISHED, FAILED }

    static final class Tally {
        final String what;
        final TreeMap<String, int[]> byPoint = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int before;
        int after;
        int finished;
        int killed;
        long nanos = System.nanoTime();

        Tally(String what) {
            this.what = what;
        }

        void count(String point, Outcome o, String detail) {
            int[] c = byPoint.computeIfAbsent(point, k -> new int[4]);
            c[o.ordinal()]++;
            switch (o) {
                case BEFORE -> before++;
                case AFTER -> after++;
                case FINISHED -> finished++;
                case FAILED -> failures.add(point + ": " + detail);
            }
            if (o != Outcome.FINISHED) {
                killed++;
            }
        }

        String line() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%s: %d kills, %d before, %d after, %d failed; %d runs ended before their kill; %.0f s;",
                    what, killed, before, after, failures.size(), finished, (System.nanoTime() - nanos) / 1e9));
            byPoint.forEach((point, c) -> b.append(String.format(Locale.ROOT, " [%s: %d before, %d after, %d ended, %d failed]",
                    point, c[0], c[1], c[2], c[3])));
            return b.toString();
        }
    }

    @BeforeAll
    static void calibrate() throws Exception {
        sample = dir.resolve("sample.taizhang");
        OpenLedger.createSample(sample, Clock.systemUTC()).close();
        workbook = dir.resolve("大批量报回.xlsx");
        ImportBench.write(workbook, ROWS);
        before = state(sample);
        assertEquals(before.adjustments(), before.logSize());
        // One import to its end: what "after" is, and how long each part of the run takes.
        Path run = Files.createDirectories(dir.resolve("calibration"));
        imported = run.resolve("x.taizhang");
        Files.copy(sample, imported);
        Process p = startImport(run);
        importRun = watch(p, run, imported);
        STARTS.remove(p);
        assertEquals(0, p.exitValue(), Files.readString(run.resolve("import.err"), StandardCharsets.UTF_8));
        after = state(imported);
        assertEquals(before.adjustments() + 1, after.adjustments(), "one import is one adjustment");
        assertTrue(after.tasks() > before.tasks() + ROWS / 2, after + " after " + before);
        assertTrue(after.mappingRemembered() && !before.mappingRemembered());
        summary.add(String.format(Locale.ROOT, "seed %d; %d rows; sample ledger %s, after the import %s; import run: "
                + "lock at %d ms, WAL growing at %d ms to %d bytes, exit at %d ms; %d processors, load %.2f", SEED, ROWS,
                before, after, importRun.lockAt(), importRun.writeAt(), importRun.writeMax(), importRun.end(),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    @AfterAll
    static void report() throws IOException {
        summary.add(String.format(Locale.ROOT, "total %.0f s; load average at the end %.2f",
                (System.nanoTime() - started) / 1e9,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        summary.forEach(System.out::println);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("kill-test.txt"), summary, StandardCharsets.UTF_8);
        }
    }

    static int share(double of) {
        return Math.max(1, (int) Math.round(KILLS * of));
    }

    // ---- import -------------------------------------------------------------------------------

    @Test
    void anImportKilledAtAnyPointLeavesTheLedgerAsBeforeOrAsAfter() throws Exception {
        Tally tally = new Tally("import");
        Random random = new Random(SEED);
        int kills = Math.max(1, KILLS - 2 * share(0.15));
        for (int i = 0; tally.killed < kills && i < 3 * kills + 5; i++) {
            Path run = Files.createDirectories(dir.resolve("import-" + i));
            Path ledger = run.resolve("x.taizhang");
            Files.copy(sample, ledger);
            Path wal = run.resolve("x.taizhang-wal");
            String point;
            Process p = startImport(run);
            switch (i % 4) {
                case 0 -> {
                    long at = (long) (random.nextDouble() * importRun.end());
                    point = "time";
                    sleepUntil(p, at);
                }
                case 1 -> {
                    // From the moment it holds the ledger: reading the workbook, planning, writing.
                    long after = (long) (random.nextDouble() * (importRun.end() - importRun.lockAt()));
                    point = "lock+delay";
                    waitFor(p, () -> holding(p, run.resolve("x.taizhang.lock")));
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(after));
                }
                case 2 -> {
                    // From its first write on: the transaction, its commit, the checkpoint, the close.
                    long after = (long) (random.nextDouble() * (importRun.end() - importRun.writeAt()) * 1.1);
                    point = "write+delay";
                    waitFor(p, () -> size(wal) > 0);
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(after));
                }
                default -> {
                    // In the middle of writing: the write-ahead log past a share of what the import writes.
                    long bytes = (long) (random.nextDouble() * importRun.writeMax());
                    point = "wal";
                    waitFor(p, () -> size(wal) > bytes);
                }
            }
            boolean killed = kill(p);
            Outcome o;
            String detail;
            if (!killed && p.exitValue() != 0) {
                o = Outcome.FAILED;
                detail = "exit " + p.exitValue() + ": " + Files.readString(run.resolve("import.err"), StandardCharsets.UTF_8);
            } else {
                try {
                    State s = reopen(ledger);
                    detail = s.toString();
                    o = s.equals(before) && killed ? Outcome.BEFORE
                            : s.equals(after) ? (killed ? Outcome.AFTER : Outcome.FINISHED) : Outcome.FAILED;
                } catch (Exception | AssertionError e) {
                    o = Outcome.FAILED;
                    detail = e.toString();
                }
            }
            tally.count(point, o, detail + " (" + run + ")");
            if (o != Outcome.FAILED) {
                org.taizhang.store.ScratchFolder.deleteTree(run);
            }
        }
        finish(tally, kills);
    }

    static Process startImport(Path run) throws IOException {
        return start(run, "import", "import", "x.taizhang", workbook.toString(), "--operator", "赵静",
                "--reason", "第四季度报回");
    }

    // ---- export -------------------------------------------------------------------------------

    @Test
    void anExportKilledAtAnyPointLeavesNoHalfWrittenFile() throws Exception {
        Tally tally = new Tally("export");
        Random random = new Random(SEED + 1);
        // A whole export of the imported ledger, to know its length and what a complete file reads as.
        Path whole = Files.createDirectories(dir.resolve("export-whole"));
        long start = System.nanoTime();
        Process first = startExport(whole);
        assertEquals(0, ChildProgram.finish(first, whole, "export").code());
        STARTS.remove(first);
        long exportMillis = (System.nanoTime() - start) / 1_000_000;
        Path complete = whole.resolve("台账.xlsx");
        long events = ImportBench.barePass(complete);
        long bytes = Files.size(complete);
        summary.add(String.format(Locale.ROOT, "export run: %d ms, %d bytes", exportMillis, bytes));
        for (int i = 0; tally.killed < share(0.15) && i < 3 * share(0.15) + 5; i++) {
            Path out = Files.createDirectories(dir.resolve("export-" + i));
            Process p = startExport(out);
            String point;
            if (i % 2 == 0) {
                point = "time";
                sleepUntil(p, (long) (random.nextDouble() * exportMillis * 1.05));
            } else {
                long share = (long) (random.nextDouble() * bytes);
                point = "part file";
                waitFor(p, () -> partFiles(out).stream().anyMatch(f -> size(f) > share));
            }
            boolean killed = kill(p);
            Outcome o;
            String detail = "";
            try {
                Path target = out.resolve("台账.xlsx");
                if (Files.exists(target)) {
                    assertEquals(events, ImportBench.barePass(target), "a file under the export's name is whole");
                    o = killed ? Outcome.AFTER : Outcome.FINISHED;
                } else {
                    assertTrue(killed, "an export that ended wrote its file");
                    o = Outcome.BEFORE;
                }
                // The next export into the folder clears away what the killed one left.
                assertEquals(0, cli("export", sample.toString(), "--out", out.resolve("另一份.xlsx").toString()));
                assertEquals(List.of(), partFiles(out), "temporary files left after the next export");
            } catch (Exception | AssertionError e) {
                o = Outcome.FAILED;
                detail = e + " (" + out + ")";
            }
            tally.count(point, o, detail);
            if (o != Outcome.FAILED) {
                org.taizhang.store.ScratchFolder.deleteTree(out);
            }
        }
        assertEquals(after, reopen(imported), "exporting does not touch the ledger");
        finish(tally, share(0.15));
    }

    static Process startExport(Path out) throws IOException {
        return start(out, "export", "export", imported.toString(), "--out", "台账.xlsx");
    }

    static List<Path> partFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- edit ---------------------------------------------------------------------------------

    @Test
    void anEditKilledAtAnyPointLeavesTheTaskAsBeforeOrAsAfter() throws Exception {
        Tally tally = new Tally("edit");
        Random random = new Random(SEED + 2);
        String old = progressOf(sample, 5);
        String changed = "1.已完成实施方案起草。2.召开专题推进会三次（强行结束测试）";
        Path whole = Files.createDirectories(dir.resolve("edit-whole"));
        Files.copy(sample, whole.resolve("x.taizhang"));
        long start = System.nanoTime();
        Process first = startEdit(whole, changed);
        assertEquals(0, ChildProgram.finish(first, whole, "edit").code());
        STARTS.remove(first);
        long editMillis = (System.nanoTime() - start) / 1_000_000;
        State edited = state(whole.resolve("x.taizhang"));
        assertEquals(before.adjustments() + 1, edited.adjustments());
        summary.add(String.format(Locale.ROOT, "edit run: %d ms", editMillis));
        for (int i = 0; tally.killed < share(0.15) && i < 3 * share(0.15) + 5; i++) {
            Path run = Files.createDirectories(dir.resolve("edit-" + i));
            Path ledger = run.resolve("x.taizhang");
            Files.copy(sample, ledger);
            Process p = startEdit(run, changed);
            String point;
            if (i % 2 == 0) {
                point = "time";
                sleepUntil(p, (long) (random.nextDouble() * editMillis * 1.05));
            } else {
                point = "lock+delay";
                waitFor(p, () -> holding(p, run.resolve("x.taizhang.lock")));
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(random.nextInt(400)));
            }
            boolean killed = kill(p);
            Outcome o;
            String detail;
            try {
                State s = reopen(ledger);
                String progress = progressOf(ledger, 5);
                detail = s + " " + progress;
                o = s.equals(before) && progress.equals(old) && killed ? Outcome.BEFORE
                        : s.equals(edited) && progress.equals(changed) ? (killed ? Outcome.AFTER : Outcome.FINISHED)
                        : Outcome.FAILED;
            } catch (Exception | AssertionError e) {
                o = Outcome.FAILED;
                detail = e.toString();
            }
            tally.count(point, o, detail + " (" + run + ")");
            if (o != Outcome.FAILED) {
                org.taizhang.store.ScratchFolder.deleteTree(run);
            }
        }
        finish(tally, share(0.15));
    }

    static Process startEdit(Path run, String progress) throws IOException {
        return start(run, "edit", "edit", "x.taizhang", "--task", "5", "--progress", progress, "--operator",
                "刘洋", "--reason", "补充进展");
    }

    static String progressOf(Path ledger, long task) {
        try (OpenLedger l = OpenLedger.openForReading(ledger, Clock.systemUTC())) {
            return l.service().task(task).map(Task::progress).orElseThrow();
        }
    }

    // ---- the child, its kill, and the ledger after it ---------------------------------------------

    /**
     * SIGKILL (what {@code destroyForcibly} sends on Linux and macOS); false when the child had
     * already ended by itself.
     */
    static boolean kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        if (!p.waitFor(1, TimeUnit.MINUTES)) {
            throw new AssertionError("the child did not die");
        }
        STARTS.remove(p);
        return p.exitValue() == KILLED;
    }

    /**
     * The ledger after the kill: {@code taizhang verify} passes (read-only, over what the killed
     * program left in the write-ahead log), it opens for writing (lock, integrity and hash-chain
     * check), and what it then holds.
     */
    static State reopen(Path ledger) {
        CliRun verify = CliRun.of(Clock.systemUTC(), "verify", ledger.toString());
        assertEquals(0, verify.code(), "taizhang verify after the kill: " + verify.out() + verify.err());
        try (OpenLedger l = OpenLedger.open(ledger, Clock.systemUTC())) {
            return state(l);
        }
    }

    static State state(Path ledger) {
        try (OpenLedger l = OpenLedger.openForReading(ledger, Clock.systemUTC())) {
            assertTrue(l.service().verify().ok(), l.service().verify().problems().toString());
            return state(l);
        }
    }

    static State state(OpenLedger l) {
        return new State(l.service().tasks().size(), l.store().head().count(), l.service().log().size(),
                !Mappings.of(l.service()).apply(UNIT).isEmpty());
    }

    static int cli(String... args) {
        return CliRun.of(Clock.systemUTC(), args).code();
    }

    /** Follows a run to its end: when it takes the lock, when its write-ahead log grows and how far. */
    static Timeline watch(Process p, Path run, Path ledger) throws InterruptedException {
        long start = startOf(p);
        Path lock = run.resolve(ledger.getFileName() + ".lock");
        Path wal = run.resolve(ledger.getFileName() + "-wal");
        long lockAt = -1;
        long writeAt = -1;
        long writeMax = 0;
        while (p.isAlive()) {
            long now = (System.nanoTime() - start) / 1_000_000;
            if (lockAt < 0 && holding(p, lock)) {
                lockAt = now;
            }
            long w = size(wal);
            if (w > writeMax) {
                writeAt = writeAt < 0 ? now : writeAt;
                writeMax = w;
            }
            LockSupport.parkNanos(200_000);
        }
        p.waitFor();
        return new Timeline(lockAt, writeAt, writeMax, (System.nanoTime() - start) / 1_000_000);
    }

    private static final java.util.Map<Process, Long> STARTS = new java.util.concurrent.ConcurrentHashMap<>();

    static long startOf(Process p) {
        return STARTS.get(p);
    }

    /** The program in a child process, its start noted for the kills timed from it. */
    static Process start(Path run, String name, String... args) throws IOException {
        long start = System.nanoTime();
        Process p = ChildProgram.start(run, name, args);
        STARTS.put(p, start);
        return p;
    }

    static void sleepUntil(Process p, long millisAfterStart) {
        long until = startOf(p) + TimeUnit.MILLISECONDS.toNanos(millisAfterStart);
        while (p.isAlive() && System.nanoTime() < until) {
            LockSupport.parkNanos(Math.min(until - System.nanoTime(), 1_000_000));
        }
    }

    static void waitFor(Process p, BooleanSupplier signal) {
        while (p.isAlive() && !signal.getAsBoolean()) {
            LockSupport.parkNanos(200_000);
        }
    }

    /** Whether the child holds the ledger's lock; where the system does not tell (no /proc/locks), yes. */
    static boolean holding(Process p, Path lock) {
        if (!Files.isReadable(Path.of("/proc/locks"))) {
            return true;
        }
        try {
            return Files.exists(lock) && Boolean.TRUE.equals(ChildProgram.holdsLock(p.pid(), lock));
        } catch (IOException e) {
            return false;
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Runs that end before their kill are not kills: each operation goes on until it has had its kills. */
    static void finish(Tally tally, int kills) {
        summary.add(tally.line());
        assertEquals(List.of(), tally.failures, tally.line());
        assertTrue(tally.killed >= kills, tally.line());
    }
}
