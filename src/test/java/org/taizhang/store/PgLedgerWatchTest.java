package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.testing.PgCluster;

/**
 * 实时更新: a program watching a server ledger hears of what another program commits to it, read
 * from the log, and of nothing rolled back; it outlives its connection and stops when closed.
 * Nothing here is timed: "arrives" means within a generous wait.
 */
class PgLedgerWatchTest {
    /** How long a test waits for what must arrive; it is not a measure of anything. */
    static final long PATIENCE_SECONDS = 60;
    static final long NEVER = TimeUnit.HOURS.toMillis(1);

    PgCluster server;
    String name;
    SettableClock clock = SettableClock.at("2023-03-20T01:00:00Z");
    PgLedgerStore here;
    PgLedgerStore there;
    long taskId;
    final BlockingQueue<Adjustment> seen = new LinkedBlockingQueue<>();

    @BeforeEach
    void twoPcsOnOneLedger() {
        server = PgCluster.get();
        name = server.newLedgerName();
        here = PgLedgerStore.create(server.url(), server.login(), name, "测试台账", 2023, clock);
        taskId = new LedgerService(here, clock).add(Task.builder().number("3.").title("深化“一网通办”改革")
                .leadUnits(UnitList.parse("市政务服务局")).deadline("年底前").status(Status.NOT_STARTED).build(),
                Note.by("刘洋")).changes().get(0).taskId();
        there = PgLedgerStore.open(server.url(), server.login(), name);
    }

    @AfterEach
    void drop() {
        there.close();
        here.close();
        server.drop(name);
    }

    /** Another program's progress edit of the task, by {@code who}. */
    Adjustment progressThere(String who, String progress) {
        clock.advance(Duration.ofMinutes(1));
        LedgerService pc = new LedgerService(there, clock);
        Task t = pc.task(taskId).orElseThrow();
        return pc.edit(t.toBuilder().progress(progress).status(Status.IN_PROGRESS).build(), Note.by(who));
    }

    /**
     * A watch as {@link OpenLedger#watch} makes it, but never reading the log unasked: what arrives
     * came by a notice (or by catching up after a new connection).
     */
    LedgerWatch watch(java.util.function.Consumer<Adjustment> listener) {
        return here.startWatch(listener, PgLedgerWatch.FIRST_PAUSE_MILLIS, NEVER);
    }

    Adjustment arrived() throws InterruptedException {
        Adjustment a = seen.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
        assertNotNull(a, "the other program's adjustment reaches the watch");
        return a;
    }

    static void waitFor(BooleanSupplier done, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, what);
            Thread.sleep(20);
        }
    }

    @Test
    void anotherProgramsAdjustmentArrivesWithWhoWhenWhatAndWhich() throws InterruptedException {
        try (LedgerWatch watch = watch(seen::add)) {
            clock.advance(Duration.ofMinutes(1));
            LedgerService mine = new LedgerService(here, clock);
            mine.edit(mine.task(taskId).orElseThrow().toBuilder().remarks("本机写的").build(), Note.by("刘洋"));
            Adjustment written = progressThere("赵静", "已完成方案起草");

            Adjustment a = arrived();
            assertEquals(written.hash(), a.hash(), "read from the log: the very record");
            assertEquals("赵静", a.operator());
            assertEquals(written.time(), a.time());
            assertEquals(AdjustmentType.PROGRESS, a.type());
            assertEquals(taskId, a.changes().get(0).taskId());
            assertTrue(a.changes().get(0).fields().contains(new FieldChange(TaskField.PROGRESS, "", "已完成方案起草")),
                    a.changes().toString());
            assertTrue(seen.isEmpty(), "this program's own edit, committed before, is not handed back: " + seen);
        }
    }

    @Test
    void aRolledBackAdjustmentIsNeverSeenOnlyTheCommittedOne() throws InterruptedException {
        try (LedgerWatch watch = watch(seen::add)) {
            assertThrows(IllegalStateException.class, () -> there.inTransaction(() -> {
                progressThere("王伟", "写了又撤回");
                throw new IllegalStateException("the save failed after the append");
            }));
            Adjustment committed = progressThere("赵静", "提交了的进展");

            Adjustment a = arrived();
            assertEquals("赵静", a.operator());
            assertEquals(committed.hash(), a.hash());
            assertTrue(seen.isEmpty(), "nothing of the rolled-back save: " + seen);
        }
    }

    @Test
    void aWatchWhoseConnectionIsTerminatedConnectsAgainAndCatchesUp() throws Exception {
        PgLedgerWatch watch = here.startWatch(seen::add, 2_000, NEVER); // back after two seconds: the notice is sent meanwhile
        try {
            waitFor(() -> watch.connections() == 1, "the watch connects");
            int pid = watchBackend();
            try (Connection su = server.superuser(); Statement s = su.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + pid + ")");
            }
            waitFor(() -> backendGone(pid), "the server ends the watch's connection");
            Adjustment written = progressThere("赵静", "断线时写的进展");

            Adjustment a = arrived();
            assertEquals(written.hash(), a.hash());
            assertTrue(watch.connections() >= 2, "it arrived through a new connection");
            assertTrue(watch.isRunning());
        } finally {
            watch.close();
        }
    }

    @Test
    void aListenerThatFailsDoesNotEndTheWatch() throws InterruptedException {
        try (LedgerWatch watch = watch(a -> {
            seen.add(a);
            throw new IllegalStateException("the window had a bad moment");
        })) {
            progressThere("赵静", "第一次");
            assertEquals("第一次", progressOf(arrived()));
            progressThere("赵静", "第二次");
            assertEquals("第二次", progressOf(arrived()));
        }
    }

    private static String progressOf(Adjustment a) {
        return a.changes().get(0).fields().stream().filter(f -> f.field() == TaskField.PROGRESS).findFirst()
                .orElseThrow().after();
    }

    @Test
    void closingTheWatchOrTheLedgerStopsTheThreadAndLetsGoOfTheConnection() throws Exception {
        PgLedgerWatch watch = here.startWatch(seen::add, 500, NEVER);
        waitFor(() -> watch.connections() == 1, "the watch connects");
        int pid = watchBackend();
        watch.close();
        assertFalse(watch.isRunning(), "closed, the thread has ended");
        waitFor(() -> backendGone(pid), "its connection is closed");

        PgLedgerWatch second = here.startWatch(seen::add, 500, NEVER);
        waitFor(() -> second.connections() == 1, "the watch connects");
        here.close();
        assertFalse(second.isRunning(), "closing the ledger closes its watches");
    }

    @Test
    void aLedgerWhoseNameIsTooLongForAChannelIsNotifiedOnOneAllTheSame() throws InterruptedException {
        assertEquals("taizhang_bj2023", PgLedgerStore.channel("bj2023"));
        String longest = "x".repeat(63); // the longest name a ledger may have
        assertTrue(PgLedgerStore.channel(longest).length() <= 63, PgLedgerStore.channel(longest));
        assertFalse(PgLedgerStore.channel(longest).equals(PgLedgerStore.channel("x".repeat(62) + "y")));

        String name = "x".repeat(50) + "_" + this.name; // taizhang_ and this are more than 63 bytes
        assertTrue(("taizhang_" + name).length() > 63);
        try (PgLedgerStore a = PgLedgerStore.create(server.url(), server.login(), name, "长名台账", 2023, clock);
                PgLedgerStore b = PgLedgerStore.open(server.url(), server.login(), name);
                LedgerWatch watch = a.startWatch(seen::add, PgLedgerWatch.FIRST_PAUSE_MILLIS, NEVER)) {
            new LedgerService(b, clock).add(Task.builder().number("1.").title("任务").leadUnits(UnitList.parse("市财政局"))
                    .deadline("年底前").status(Status.NOT_STARTED).build(), Note.by("赵静"));
            assertEquals("赵静", arrived().operator());
        } finally {
            server.drop(name);
        }
    }

    @Test
    void aLedgerFileHasNothingToWatch(@TempDir Path dir) {
        try (OpenLedger file = OpenLedger.create(dir.resolve("a.taizhang"), "台账", 2023, clock)) {
            LedgerWatch watch = file.watch(seen::add);
            assertSame(LedgerWatch.NONE, watch);
            watch.close();
        }
    }

    /** The server process of the (one) watch on this test's ledger. */
    private int watchBackend() throws SQLException {
        try (Connection su = server.superuser(); Statement s = su.createStatement();
                ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE application_name = '"
                        + PgLedgerWatch.application(name) + "'")) {
            assertTrue(rs.next(), "the watch is connected");
            int pid = rs.getInt(1);
            assertFalse(rs.next(), "one watch");
            return pid;
        }
    }

    private boolean backendGone(int pid) {
        try (Connection su = server.superuser(); Statement s = su.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)) {
            rs.next();
            return rs.getInt(1) == 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
