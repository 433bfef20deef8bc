package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.ServerRights.Access;
import org.taizhang.store.ServerRights.Right;
import org.taizhang.testing.PgCluster;

/**
 * The three kinds of role on a server ledger, with real roles on the test server: the owner
 * ({@link PgCluster#ROLE}) makes the ledger and gives rights; a clerk ({@link PgCluster#CLERK})
 * writes through the program but cannot change the log even by hand; a viewer
 * ({@link PgCluster#VIEWER}) only reads, and its program opens the ledger read-only and says why.
 */
class ServerRightsTest {
    PgCluster server;
    String name;
    SettableClock clock = SettableClock.at("2023-03-20T01:00:00Z");
    LedgerAddress.Server owner;

    @BeforeEach
    void create() {
        server = PgCluster.get();
        name = server.newLedgerName();
        try (PgLedgerStore made = PgLedgerStore.create(server.url(), server.login(), name, "测试台账", 2023, clock)) {
            new LedgerService(made, clock).add(task("任务甲"), Note.by("赵静"));
        }
        owner = (LedgerAddress.Server) LedgerAddress.parse(server.address(name));
    }

    @AfterEach
    void drop() {
        server.drop(name);
    }

    Task task(String title) {
        clock.advance(Duration.ofMinutes(1));
        return Task.builder().number("1.").title(title).leadUnits(UnitList.parse("市财政局")).deadline("年底前")
                .status(Status.NOT_STARTED).build();
    }

    PgLedgerStore openAs(String role) {
        return PgLedgerStore.open(server.url(), server.login(role), name);
    }

    List<Right> grantBoth() {
        return ServerRights.grant(owner, null, Map.of(PgCluster.CLERK, Access.CLERK, PgCluster.VIEWER, Access.VIEWER));
    }

    @Test
    void theOwnerGivesRightsAndSeesWhoHasWhich() {
        assertEquals(List.of(new Right(PgCluster.ROLE, Access.OWNER)), ServerRights.rights(owner, null));
        assertEquals(List.of(new Right(PgCluster.ROLE, Access.OWNER), new Right(PgCluster.CLERK, Access.CLERK),
                new Right(PgCluster.VIEWER, Access.VIEWER)), grantBoth());
    }

    @Test
    void aClerkWritesEverythingTheProgramWritesWithoutAnyRightToChangeTheLog() throws SQLException {
        grantBoth();
        try (PgLedgerStore clerk = openAs(PgCluster.CLERK)) {
            LedgerService service = new LedgerService(clerk, clock);
            long id = service.add(task("任务乙"), Note.by("刘洋")).changes().get(0).taskId();
            Task t = service.task(id).orElseThrow();
            clock.advance(Duration.ofMinutes(1));
            service.edit(t.toBuilder().progress("已召开推进会").build(), Note.by("刘洋"));
            clock.advance(Duration.ofMinutes(1));
            service.undoLast(Note.by("刘洋", "填错了", "")); // a record that refers to another (undoes)
            clerk.saveUnit(new Unit(0, "市数据局", "", "", 0)); // a reference list's identity column
            clerk.saveSetting("light.red", "15");
            assertEquals(4, clerk.head().count());
            assertTrue(service.verify().ok());

            for (String sql : List.of("UPDATE adjustment SET operator = '别人'", "UPDATE adjustment SET id = id",
                    "DELETE FROM adjustment", "TRUNCATE adjustment", "UPDATE adjustment_task SET task_id = 0",
                    "DELETE FROM adjustment_task", "TRUNCATE adjustment_task", "DELETE FROM flyway_schema_history",
                    "DROP TABLE task", "CREATE TABLE extra (x INTEGER)")) {
                SQLException e = assertThrows(SQLException.class, () -> {
                    try (Statement s = clerk.connection().createStatement()) {
                        s.execute(sql);
                    }
                }, sql);
                assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage()); // refused by rights, not a trigger
            }
        }
        try (Connection db = server.superuser(); Statement s = db.createStatement()) {
            for (String table : PgLedgerStore.LOG_TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT has_any_column_privilege('" + PgCluster.CLERK + "', '"
                        + name + "." + table + "', 'UPDATE')")) {
                    rs.next();
                    assertFalse(rs.getBoolean(1), "a clerk may update no column of " + table);
                }
            }
        }
    }

    @Test
    void aViewerOpensTheLedgerReadOnlyAndIsToldWhy() {
        grantBoth();
        NotWritableException e = assertThrows(NotWritableException.class, () -> openAs(PgCluster.VIEWER));
        assertEquals(NotWritableException.Reason.VIEWER_ROLE, e.reason());
        assertTrue(e.getMessage().contains("只读账号") && e.getMessage().contains(PgCluster.VIEWER), e.getMessage());

        LedgerAddress viewer = LedgerAddress.parse(server.address(name, PgCluster.VIEWER));
        try (LedgerSession session = LedgerSession.open(viewer, null, clock)) {
            assertEquals(NotWritableException.Reason.VIEWER_ROLE, session.readOnlyBecause().orElseThrow().reason());
            assertTrue(session.check().isEmpty());
            LedgerService service = session.ledger().service();
            assertTrue(service.isReadOnly());
            assertEquals(List.of("任务甲"), service.tasks().stream().map(Task::title).toList());
            assertEquals("ledger.readOnly", assertThrows(LedgerException.class,
                    () -> service.add(task("任务乙"), Note.by("领导"))).key());
        }
    }

    @Test
    void evenThroughItsOwnConnectionAViewerCannotWrite() throws SQLException {
        grantBoth();
        try (PgLedgerStore viewer = PgLedgerStore.openReadOnly(server.url(), server.login(PgCluster.VIEWER), name)) {
            viewer.connection().setReadOnly(false);
            for (String sql : List.of("UPDATE task SET title = '改了'", "INSERT INTO setting VALUES ('a', 'b')",
                    "UPDATE ledger_meta SET value = ''")) {
                SQLException e = assertThrows(SQLException.class, () -> {
                    try (Statement s = viewer.connection().createStatement()) {
                        s.execute(sql);
                    }
                }, sql);
                assertEquals("42501", e.getSQLState(), sql + ": " + e.getMessage());
            }
        }
    }

    @Test
    void aClerkCannotMakeALedgerAndIsToldWhoCan() {
        String another = server.newLedgerName();
        LedgerException e = assertThrows(LedgerException.class, () -> PgLedgerStore.create(server.url(),
                server.login(PgCluster.CLERK), another, "另一本", 2023, clock));
        assertEquals("server.noCreateRight", e.key(), e.getMessage());
        assertTrue(e.getMessage().contains(PgCluster.CLERK) && e.getMessage().contains("createdb --owner"), e.getMessage());
        server.drop(another);
    }

    @Test
    void aRoleWithoutRightsIsToldWhoCanGiveThem() {
        LedgerException e = assertThrows(LedgerException.class, () -> openAs(PgCluster.CLERK));
        assertEquals("server.noRights", e.key());
        assertTrue(e.getMessage().contains(PgCluster.ROLE), e.getMessage());
    }

    @Test
    void onlyTheOwnerGivesRightsAndOnlyToRolesThatExist() {
        grantBoth();
        LedgerAddress.Server asClerk = (LedgerAddress.Server) LedgerAddress.parse(server.address(name, PgCluster.CLERK));
        assertEquals("server.ownerOnly", assertThrows(LedgerException.class,
                () -> ServerRights.grant(asClerk, null, Map.of(PgCluster.VIEWER, Access.CLERK))).key());
        assertEquals("server.noSuchRole", assertThrows(LedgerException.class,
                () -> ServerRights.grant(owner, null, Map.of("no_such_role", Access.VIEWER))).key());
        assertEquals("server.roleIsOwner", assertThrows(LedgerException.class,
                () -> ServerRights.grant(owner, null, Map.of(PgCluster.ROLE, Access.VIEWER))).key());
    }

    @Test
    void aClerkMadeAViewerLosesTheRightToWriteAndARevokedRoleEveryRight() {
        grantBoth();
        assertEquals(List.of(new Right(PgCluster.ROLE, Access.OWNER), new Right(PgCluster.CLERK, Access.VIEWER),
                new Right(PgCluster.VIEWER, Access.VIEWER)),
                ServerRights.grant(owner, null, Map.of(PgCluster.CLERK, Access.VIEWER)));
        assertEquals(NotWritableException.Reason.VIEWER_ROLE,
                assertThrows(NotWritableException.class, () -> openAs(PgCluster.CLERK)).reason());
        assertEquals(List.of(new Right(PgCluster.ROLE, Access.OWNER), new Right(PgCluster.VIEWER, Access.VIEWER)),
                ServerRights.revoke(owner, null, List.of(PgCluster.CLERK)));
        assertEquals("server.noRights", assertThrows(LedgerException.class, () -> openAs(PgCluster.CLERK)).key());
    }

    @Test
    void aClerkTheOwnerTookRightsFromWhileItWasOpenIsToldSoAndNothingIsWritten() {
        grantBoth();
        try (PgLedgerStore clerk = openAs(PgCluster.CLERK)) {
            var head = clerk.head();
            ServerRights.revoke(owner, null, List.of(PgCluster.CLERK));
            LedgerException e = assertThrows(LedgerException.class,
                    () -> new LedgerService(clerk, clock).add(task("任务乙"), Note.by("刘洋")));
            assertEquals("server.noRight", e.key(), e.getMessage());
            ServerRights.grant(owner, null, Map.of(PgCluster.CLERK, Access.CLERK));
            assertEquals(head, clerk.head());
        }
    }

    @Test
    void tablesAMigrationMakesAreGivenToEachRoleByItsKind() throws SQLException {
        grantBoth();
        try (PgLedgerStore owning = openAs(PgCluster.ROLE); Statement s = owning.connection().createStatement()) {
            s.execute("CREATE TABLE later_table (x BIGINT)"); // as a later migration would, as the owner
            ServerRights.grantAgain(owning.connection(), name);
        }
        try (Connection db = server.superuser(); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT has_table_privilege('" + PgCluster.CLERK + "', '" + name
                        + ".later_table', 'UPDATE'), has_table_privilege('" + PgCluster.VIEWER + "', '" + name
                        + ".later_table', 'SELECT'), has_table_privilege('" + PgCluster.VIEWER + "', '" + name
                        + ".later_table', 'INSERT')")) {
            rs.next();
            assertTrue(rs.getBoolean(1));
            assertTrue(rs.getBoolean(2));
            assertFalse(rs.getBoolean(3));
        }
    }
}
