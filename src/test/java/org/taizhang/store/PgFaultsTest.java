package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.testing.PgCluster;

/**
 * What goes wrong between a PC and the server, each on the real test server: the connection
 * dropped while the ledger lay idle (taken up again once, unseen), dropped inside a save, the
 * server restarted mid-save, its disk full (a real small disk), a wrong or missing password, a schema older or newer
 * than the program's. Each is a message in words, and nothing half-written stays behind.
 */
class PgFaultsTest {
    PgCluster server;
    String name;
    SettableClock clock = SettableClock.at("2023-03-20T01:00:00Z");
    PgLedgerStore store;
    LedgerService service;

    @BeforeEach
    void create() {
        server = PgCluster.get();
        name = server.newLedgerName();
        store = PgLedgerStore.create(server.url(), server.login(), name, "测试台账", 2023, clock);
        service = new LedgerService(store, clock);
        service.add(task("任务甲"), Note.by("赵静"));
    }

    @AfterEach
    void drop() {
        store.close();
        server.drop(name);
    }

    Task task(String title) {
        clock.advance(Duration.ofMinutes(1));
        return Task.builder().number("1.").title(title).leadUnits(UnitList.parse("市财政局")).deadline("年底前")
                .status(Status.NOT_STARTED).build();
    }

    static long backend(PgLedgerStore store) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Ends a session from the server's side, as an administrator or an idle timeout would, and waits till it is gone. */
    void terminate(long pid) throws SQLException {
        try (Connection db = server.superuser(); PreparedStatement ps = db.prepareStatement(
                "SELECT pg_terminate_backend(CAST(? AS INTEGER), 10000)")) {
            ps.setLong(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertTrue(rs.getBoolean(1), "the session ended");
            }
        }
    }

    @Test
    void aConnectionDroppedWhileIdleIsTakenUpAgainForTheNextReadAndTheNextWrite() throws SQLException {
        long first = backend(store);
        terminate(first);
        assertEquals(List.of("任务甲"), store.tasks().stream().map(Task::title).toList()); // a read
        long second = backend(store);
        assertTrue(second != first, "a new session");

        terminate(second);
        store.saveSetting("light.red", "15"); // a write: its transaction had not begun
        assertEquals(Optional.of("15"), store.setting("light.red"));

        terminate(backend(store));
        service.add(task("任务乙"), Note.by("赵静"));
        assertEquals(2, store.head().count());
        assertTrue(service.verify().ok());
    }

    @Test
    void aConnectionDroppedInsideASaveFailsItCleanlyAndTheNextOneWorks() throws SQLException {
        var head = store.head();
        long pid = backend(store);
        LedgerException e = assertThrows(LedgerException.class, () -> store.inTransaction(() -> {
            store.saveSetting("a", "1");
            try {
                terminate(pid);
            } catch (SQLException failed) {
                throw new IllegalStateException(failed);
            }
            store.saveSetting("b", "2"); // the transaction went with the connection: no new one here
            return null;
        }));
        assertEquals("server.connectionLost", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains("没有保存"), e.getMessage());
        assertEquals(Optional.empty(), store.setting("a"), "nothing of the save is written");
        assertEquals(head, store.head());
        service.add(task("任务乙"), Note.by("赵静"));
        assertTrue(service.verify().ok());
    }

    @Test
    void aServerRestartedMidSaveLeavesNothingHalfWrittenAndTheLedgerWorksOnAfterwards() {
        var head = store.head();
        int tasks = store.tasks().size();
        LedgerException e = assertThrows(LedgerException.class, () -> store.inTransaction(() -> {
            service.add(task("任务乙"), Note.by("赵静")); // a whole adjustment, inside the outer save
            server.restartImmediately();
            service.add(task("任务丙"), Note.by("赵静"));
            return null;
        }));
        assertEquals("server.connectionLost", e.key(), e.getMessage());
        assertEquals(head, store.head(), "the first adjustment went with the transaction");
        assertEquals(tasks, store.tasks().size());
        assertTrue(service.verify().ok());
        service.add(task("任务乙"), Note.by("赵静"));
        assertEquals(head.count() + 1, store.head().count());
    }

    @Test
    void aFullDiskOnTheServerIsSaidSoNothingIsWrittenAndTheLedgerSavesWhenThereIsRoomAgain() throws SQLException {
        // A server of its own whose ledgers' tables sit on a 4 MB disk (a tmpfs only that server
        // sees), filled up by a table of its administrator's: the server's own disk_full (53100).
        PgCluster small = PgCluster.onSmallDisk("4m");
        try {
            String ledger = small.newLedgerName();
            try (PgLedgerStore full = PgLedgerStore.create(small.url(), small.login(), ledger, "测试台账", 2023, clock)) {
                LedgerService on = new LedgerService(full, clock);
                on.add(task("任务甲"), Note.by("赵静"));
                fill(small);
                var head = full.head();
                Task large = task("任务乙").toBuilder().progress(randomText(150_000)).build();
                LedgerException e = assertThrows(LedgerException.class, () -> on.add(large, Note.by("赵静")));
                assertEquals("server.diskFull", e.key(), e.getMessage());
                assertTrue(e.getMessage().contains("磁盘已满") && e.getMessage().contains("127.0.0.1"), e.getMessage());
                assertTrue(e.getCause().getMessage().contains("No space left on device"), e.getCause().getMessage());
                assertEquals(head, full.head(), "nothing of the adjustment is written");
                assertEquals(1, full.tasks().size());
                assertTrue(on.verify().ok());

                try (Connection db = small.superuser(); Statement s = db.createStatement()) {
                    s.execute("DROP TABLE filler"); // the administrator makes room
                }
                on.add(large, Note.by("赵静"));
                assertEquals(head.count() + 1, full.head().count());
                assertTrue(on.verify().ok());
            }
        } finally {
            small.stopAndRemove();
        }
    }

    /** Fills the small disk to its end, as another database on the server would. */
    static void fill(PgCluster small) throws SQLException {
        try (Connection db = small.superuser(); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE filler (x TEXT) TABLESPACE small");
            for (int i = 0; i < 1000; i++) {
                try {
                    s.execute("INSERT INTO filler SELECT repeat(md5(g::text), 30) FROM generate_series(1, 100) g");
                } catch (SQLException e) {
                    assertEquals("53100", e.getSQLState(), e.getMessage());
                    return;
                }
            }
        }
        throw new AssertionError("the small disk did not fill up");
    }

    /** Chinese text that does not compress: the server must find room for all of it. */
    static String randomText(int chars) {
        java.util.Random random = new java.util.Random(18);
        StringBuilder b = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            b.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return b.toString();
    }

    @Test
    void theServersDiskFullStateIsTheMessageWhereverASaveMeetsIt() throws SQLException {
        // The same error on the program's usual server, raised by a trigger where a real full disk
        // would fail the save: in the middle of writing an adjustment, after its log rows went in.
        try (Connection db = server.superuser(); Statement s = db.createStatement()) {
            s.execute("SET search_path TO " + name);
            s.execute("CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END; $$");
            s.execute("CREATE TRIGGER full_disk BEFORE INSERT ON task FOR EACH ROW EXECUTE FUNCTION full_disk()");
        }
        var head = store.head();
        LedgerException e = assertThrows(LedgerException.class, () -> service.add(task("任务乙"), Note.by("赵静")));
        assertEquals("server.diskFull", e.key());
        assertEquals(head, store.head());
        assertEquals(1, store.adjustments().size());
        assertTrue(service.verify().ok());
    }

    @Test
    void aWrongOrMissingPasswordIsSaidSoAndTheRightOneLogsIn() {
        server.passwordRole("clerk_with_password", "正确的密码");
        ServerRights.grant((LedgerAddress.Server) LedgerAddress.parse(server.address(name)), null,
                Map.of("clerk_with_password", ServerRights.Access.CLERK));
        LedgerAddress.Server address = (LedgerAddress.Server) LedgerAddress.parse(
                server.address(name, "clerk_with_password"));
        LedgerException wrong = assertThrows(LedgerException.class,
                () -> OpenLedger.open(address, "错误的密码".toCharArray(), clock));
        assertEquals("server.wrongPassword", wrong.key());
        assertTrue(wrong.getMessage().contains("密码不对") && wrong.getMessage().contains("clerk_with_password"),
                wrong.getMessage());
        Properties none = server.login("clerk_with_password");
        LedgerException missing = assertThrows(LedgerException.class,
                () -> PgLedgerStore.open(server.url(), none, name));
        assertEquals("server.passwordNeeded", missing.key(), missing.getMessage());
        try (OpenLedger right = OpenLedger.open(address, "正确的密码".toCharArray(), clock)) {
            assertEquals(List.of("任务甲"), right.service().tasks().stream().map(Task::title).toList());
        }
    }

    @Test
    void aLedgerOfANewerProgramIsRefused() throws SQLException {
        try (Connection db = server.superuser(); Statement s = db.createStatement()) {
            s.execute("INSERT INTO " + name + ".flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, execution_time, success) VALUES (99, '"
                    + (PgLedgerStore.SCHEMA_VERSION + 1) + "', 'later', 'SQL', 'V3__later.sql', 0, 'taizhang', 0, true)");
        }
        for (boolean readOnly : new boolean[] {false, true}) {
            LedgerException e = assertThrows(LedgerException.class, () -> (readOnly
                    ? PgLedgerStore.openReadOnly(server.url(), server.login(), name)
                    : PgLedgerStore.open(server.url(), server.login(), name)).close());
            assertEquals("ledger.tooNew", e.key());
        }
    }

    @Test
    void anOlderLedgerIsBroughtUpToDateByItsOwnerAndAClerkIsToldWhoMust() throws SQLException {
        String older = server.newLedgerName();
        PGSimpleDataSource ds = PgLedgerStore.dataSource(server.url(), server.login(), older);
        try {
            PgLedgerStore.migrate(ds, older, "1"); // as a program of schema 1 made it
            ServerRights.grant((LedgerAddress.Server) LedgerAddress.parse(server.address(older)), null,
                    Map.of(PgCluster.CLERK, ServerRights.Access.CLERK, PgCluster.VIEWER, ServerRights.Access.VIEWER));
            for (String role : List.of(PgCluster.CLERK, PgCluster.VIEWER)) {
                LedgerException e = assertThrows(LedgerException.class,
                        () -> PgLedgerStore.openReadOnly(server.url(), server.login(role), older));
                assertEquals("server.needsUpgrade", e.key());
                assertTrue(e.getMessage().contains("“" + PgCluster.ROLE + "”") && e.getMessage().contains("server upgrade"),
                        e.getMessage());
            }
            assertEquals("server.needsUpgrade", assertThrows(LedgerException.class,
                    () -> PgLedgerStore.open(server.url(), server.login(PgCluster.CLERK), older)).key());

            PgLedgerStore.open(server.url(), server.login(), older).close(); // the owner: migrates
            try (Connection db = server.superuser(); Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM " + older
                            + ".flyway_schema_history")) {
                rs.next();
                assertEquals(PgLedgerStore.SCHEMA_VERSION, rs.getInt(1));
            }
            PgLedgerStore.open(server.url(), server.login(PgCluster.CLERK), older).close();
            assertFalse(assertThrows(NotWritableException.class,
                    () -> PgLedgerStore.open(server.url(), server.login(PgCluster.VIEWER), older)).getMessage().isEmpty());
        } finally {
            server.drop(older);
        }
    }
}
