package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.testing.PgCluster;

/** What is a server ledger's own: its schema, the server's guard on the log, one chain for many writers. */
class PgLedgerStoreTest {
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
    }

    @AfterEach
    void drop() {
        if (store != null) {
            store.close();
            server.drop(name);
        }
    }

    long add(String title) {
        clock.advance(Duration.ofMinutes(1));
        Task t = Task.builder().number("1.").title(title).leadUnits(UnitList.parse("市财政局")).deadline("年底前")
                .status(Status.NOT_STARTED).build();
        return service.add(t, Note.by("赵静")).changes().get(0).taskId();
    }

    @Test
    void theLogWalkedIsTheLogReadBeyondOneFetchOfRows() {
        add("任务甲");
        List<Task> drafts = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) { // more changes than the walk fetches at a time
            drafts.add(Task.builder().number(i + ".").title("导入的任务" + i).leadUnits(UnitList.parse("市财政局"))
                    .deadline("年底前").status(Status.NOT_STARTED).build());
        }
        service.commit(org.taizhang.core.history.AdjustmentType.IMPORT, Note.by("赵静"), drafts);
        add("任务乙");
        List<org.taizhang.core.history.Adjustment> read = store.adjustments();
        assertEquals(read, LogWalkTest.walked(store));
        assertEquals(read.stream().map(org.taizhang.core.history.LogWalk::record).toList(), LogWalkTest.records(store));
    }

    @Test
    void theCheckReadsOneStateWhileAnotherPcSavesBetweenItsReads() throws Exception {
        long id = add("任务甲");
        // the store the check reads through, which lets another PC save between its two walks: after
        // the chain, before the tasks (rebuilt from the log, task by task, beside their rows)
        boolean[] saved = {false};
        org.taizhang.core.ledger.LedgerStore checked = (org.taizhang.core.ledger.LedgerStore)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {org.taizhang.core.ledger.LedgerStore.class}, (proxy, method, args) -> {
                            if (method.getName().equals("walkByTask") && !saved[0]) {
                                saved[0] = true;
                                try (PgLedgerStore other = PgLedgerStore.open(server.url(), server.login(), name)) {
                                    LedgerService there = new LedgerService(other, clock);
                                    Task t = there.task(id).orElseThrow();
                                    there.edit(t.toBuilder().progress("另一台电脑写的").build(), Note.by("刘洋"));
                                }
                            }
                            try {
                                return method.invoke(store, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
        var report = new LedgerService(checked, clock).verify();
        assertTrue(saved[0], "the other PC saved while the check read");
        assertTrue(report.ok(), "the log and the tasks as of one moment agree: " + report.problems());
        assertTrue(service.verify().ok(), "and so they do afterwards");
    }

    @Test
    void aReopenedLedgerHasItsInfoChainAndTasks() {
        long id = add("深化“一网通办”改革");
        var head = store.head();
        String uuid = store.info().uuid();
        store.close();
        store = PgLedgerStore.open(server.url(), server.login(), name);
        service = new LedgerService(store, clock);
        assertEquals("测试台账", store.info().title());
        assertEquals(2023, store.info().year());
        assertEquals(uuid, store.info().uuid());
        assertEquals(head, store.head());
        assertEquals(1, head.count());
        assertEquals("深化“一网通办”改革", store.task(id).orElseThrow().title());
        assertTrue(service.verify().ok());
    }

    @Test
    void aLedgerIsMadeOnceAndOpenedOnlyWhenItExists() {
        assertEquals("server.ledgerExists", assertThrows(LedgerException.class,
                () -> PgLedgerStore.create(server.url(), server.login(), name, "另一个", 2023, clock)).key());
        assertEquals("server.ledgerNotFound", assertThrows(LedgerException.class,
                () -> PgLedgerStore.open(server.url(), server.login(), "no_such_ledger")).key());
        assertEquals("server.badLedgerName", assertThrows(LedgerException.class,
                () -> PgLedgerStore.open(server.url(), server.login(), "bj; DROP SCHEMA public")).key());
    }

    @Test
    void theServerLedgerHasTheFileLedgersTablesAndColumns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws SQLException {
        List<String> server = columns(store.connection(), "SELECT table_name || '.' || column_name FROM "
                + "information_schema.columns WHERE table_schema = '" + name + "' AND table_name NOT LIKE 'flyway%' "
                + "ORDER BY table_name, ordinal_position");
        List<String> file = new ArrayList<>();
        try (SqliteLedgerStore f = LedgerFile.create(dir.resolve("a.taizhang"), "t", 2023, clock)) {
            for (String table : columns(f.connection(), "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'flyway%' ORDER BY name")) {
                for (String column : columns(f.connection(), "SELECT name FROM pragma_table_info('" + table + "')")) {
                    file.add(table + "." + column);
                }
            }
        }
        assertEquals(file, server);
    }

    private static List<String> columns(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void theProgramsRoleMayNotChangeTheLog() {
        add("任务");
        for (String sql : List.of("UPDATE adjustment SET operator = '别人'", "DELETE FROM adjustment_task",
                "TRUNCATE adjustment_task")) {
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Statement s = store.connection().createStatement()) {
                    s.execute(sql);
                }
            }, sql);
            assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage()); // insufficient_privilege
        }
    }

    @Test
    void noOneMayChangeTheLogNotEvenASuperuser() throws SQLException {
        add("任务");
        try (Connection db = server.superuser(); Statement s = db.createStatement()) {
            s.execute("SET search_path TO " + name);
            for (String sql : List.of("UPDATE adjustment SET operator = '别人'", "DELETE FROM adjustment_task",
                    "TRUNCATE adjustment_task")) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            }
        }
        assertTrue(service.verify().ok());
    }

    @Test
    void aRecordSealedOnAnOlderHeadIsRefusedSoTheChainStaysOneLine() {
        add("任务甲");
        try (PgLedgerStore other = PgLedgerStore.open(server.url(), server.login(), name)) {
            LedgerService otherPc = new LedgerService(other, clock);
            Adjustment sealedHere = new Adjustment(2, org.taizhang.core.history.AdjustmentType.EDIT, "", "", "赵静",
                    clock.instant().plusSeconds(120), org.taizhang.core.history.Source.MANUAL, null, List.of(), null,
                    null, "").sealed(store.lastAdjustment().orElseThrow().hash());
            clock.advance(Duration.ofMinutes(1));
            otherPc.add(Task.builder().number("2.").title("任务乙").leadUnits(UnitList.parse("市财政局"))
                    .deadline("年底前").status(Status.NOT_STARTED).build(), Note.by("刘洋")); // the other PC appends record 2 first
            LedgerException e = assertThrows(LedgerException.class,
                    () -> store.append(sealedHere, List.of(), Set.of()));
            assertEquals("ledger.logMovedOn", e.key());
        }
        assertEquals(2, store.head().count());
        assertTrue(service.verify().ok());
    }
}
