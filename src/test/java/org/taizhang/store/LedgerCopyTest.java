package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.testing.PgCluster;

/** A ledger copied between a file and a server ledger, either way, keeps all it holds; a failed copy leaves nothing. */
class LedgerCopyTest {
    /** Every table of a ledger, in either store. */
    static final List<String> TABLES = List.of("adjustment", "adjustment_task", "domain", "ledger_meta", "setting", "task",
            "unit");

    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2024-01-10T02:00:00Z");
    PgCluster server;
    List<String> names = new ArrayList<>();
    Path sample;

    @BeforeEach
    void sample() {
        server = PgCluster.get();
        sample = dir.resolve("北疆市台账.taizhang");
        try (OpenLedger ledger = OpenLedger.createSample(sample, clock)) {
            ledger.service().saveSetting("light.yellow", "15"); // a setting, to be copied too
        }
    }

    @AfterEach
    void drop() {
        names.forEach(server::drop);
    }

    LedgerAddress.Server onServer() {
        String name = server.newLedgerName();
        names.add(name);
        return (LedgerAddress.Server) LedgerAddress.parse(server.address(name));
    }

    @Test
    void theSampleGoesToTheServerAndBackWithEveryRowAsItWas() throws Exception {
        LedgerAddress.Server there = onServer();
        Path back = dir.resolve("回来的台账.taizhang");

        LedgerCopy.Result up = LedgerCopy.copy(new LedgerAddress.File(sample), there, clock);
        LedgerCopy.Result down = LedgerCopy.copy(there, new LedgerAddress.File(back), clock);

        for (LedgerCopy.Result r : List.of(up, down)) {
            assertTrue(r.check().ok(), r.check().problems().toString());
            assertTrue(r.sameHead());
            assertTrue(r.ok());
        }
        assertEquals(up.head(), down.head());
        assertTrue(up.adjustments() > 100 && up.tasks() > 10, up.rows().toString());
        assertEquals(TABLES, up.rows().keySet().stream().sorted().toList(), "every table, none left out");
        assertEquals(up.rows(), down.rows());

        Map<String, List<List<String>>> first = fileRows(sample);
        assertEquals(TABLES, List.copyOf(first.keySet()), "the schema has no table the copy does not know of");
        assertEquals(first, fileRows(back), "the file come back holds every row of every table as the first");
        try (PgLedgerStore s = PgLedgerStore.openReadOnly(there.jdbcUrl(), server.login(), there.ledger())) {
            assertEquals(first, rows(s.connection(), s.tables()), "and so does the server ledger between");
        }
        try (OpenLedger a = OpenLedger.openForReading(sample, clock); OpenLedger b = OpenLedger.openForReading(back, clock)) {
            LedgerInfo info = a.service().info();
            assertEquals(info, b.service().info(), "the same ledger: uuid, title, year, created");
            assertFalse(info.uuid().isEmpty());
            assertEquals(a.service().head(), b.service().head());
            assertEquals(a.service().checkCode(), b.service().checkCode());
        }
    }

    @Test
    void aLedgerCopiedToTheServerIsWrittenOnThere() {
        LedgerAddress.Server there = onServer();
        LedgerCopy.copy(new LedgerAddress.File(sample), there, clock);
        try (OpenLedger ledger = OpenLedger.open(there, clock)) {
            long highest = ledger.store().units().stream().mapToLong(Unit::id).max().orElseThrow();
            Unit added = ledger.service().saveUnit(new Unit(0, "市数据局", "", "", 0));
            assertTrue(added.id() > highest, "new ids come after the copied ones");
            clock.advance(Duration.ofMinutes(5));
            ledger.service().add(Task.builder().number("99.").title("复制后新增的任务").leadUnits(UnitList.parse("市数据局"))
                    .deadline("年底前").status(Status.NOT_STARTED).build(), Note.by("赵静"));
            assertTrue(ledger.service().verify().ok(), "the copied chain goes on");
        }
    }

    @Test
    void aServerLedgerIsCopiedToAnotherNameOnTheServer() throws Exception {
        LedgerAddress.Server first = onServer();
        LedgerAddress.Server second = onServer();
        LedgerCopy.copy(new LedgerAddress.File(sample), first, clock);
        LedgerCopy.Result r = LedgerCopy.copy(first, second, clock);
        assertTrue(r.ok());
        try (PgLedgerStore a = PgLedgerStore.openReadOnly(first.jdbcUrl(), server.login(), first.ledger());
                PgLedgerStore b = PgLedgerStore.openReadOnly(second.jdbcUrl(), server.login(), second.ledger())) {
            assertEquals(rows(a.connection(), a.tables()), rows(b.connection(), b.tables()));
        }
    }

    @Test
    void aSourceOpenInAWindowIsCopiedAsItStands() {
        Path copy = dir.resolve("副本.taizhang");
        try (OpenLedger open = OpenLedger.open(sample, clock)) { // the one writer holds the file
            LedgerCopy.Result r = LedgerCopy.copy(new LedgerAddress.File(sample), new LedgerAddress.File(copy), clock);
            assertTrue(r.ok());
            assertEquals(open.service().head(), r.head());
        }
    }

    @Test
    void aChangeWrittenWhileTheCopyReadsIsNotHalfInIt() {
        LedgerAddress.Server there = onServer();
        LedgerCopy.copy(new LedgerAddress.File(sample), there, clock);
        for (LedgerAddress source : List.of(new LedgerAddress.File(sample), there)) {
            OpenLedger[] window = new OpenLedger[1];
            LedgerCopy.Steps writer = step -> {
                if (step.equals("table:ledger_meta")) { // the head is read; the log is not yet
                    window[0] = OpenLedger.open(source, clock);
                    clock.advance(Duration.ofMinutes(1));
                    window[0].service().add(Task.builder().number("98.").title("复制时另一处新增的任务")
                            .leadUnits(UnitList.parse("市财政局")).deadline("年底前").status(Status.NOT_STARTED).build(),
                            Note.by("刘洋"));
                }
            };
            Path target = dir.resolve("副本" + names.size() + source.getClass().getSimpleName() + ".taizhang");
            try {
                LedgerCopy.Result r = LedgerCopy.copy(source, new LedgerAddress.File(target), clock, writer);
                assertTrue(r.ok(), source + ": " + r.check().problems());
                assertEquals(window[0].service().head().count() - 1, r.head().count(), "the state the copy began on");
                assertTrue(r.rows().get("task") < window[0].service().tasks().size());
            } finally {
                window[0].close();
            }
        }
    }

    @Test
    void anExistingDestinationIsRefusedAndLeftAsItWas() throws IOException {
        Path taken = dir.resolve("已有.taizhang");
        Files.writeString(taken, "别人的文件");
        LedgerException e = assertThrows(LedgerException.class,
                () -> LedgerCopy.copy(new LedgerAddress.File(sample), new LedgerAddress.File(taken), clock));
        assertEquals("ledger.exists", e.key());
        assertEquals("别人的文件", Files.readString(taken));

        LedgerAddress.Server there = onServer();
        String uuid;
        try (OpenLedger other = OpenLedger.create(there, "服务器上原有的台账", 2024, clock)) {
            uuid = other.service().info().uuid();
        }
        e = assertThrows(LedgerException.class, () -> LedgerCopy.copy(new LedgerAddress.File(sample), there, clock));
        assertEquals("server.ledgerExists", e.key());
        assertTrue(e.getMessage().contains(there.ledger()), e.getMessage());
        try (OpenLedger other = OpenLedger.openForReading(there, clock)) {
            assertEquals(uuid, other.service().info().uuid());
            assertEquals("服务器上原有的台账", other.service().info().title());
            assertEquals(0, other.service().head().count());
        }
        assertEquals("copy.sameLedger", assertThrows(LedgerException.class, () -> LedgerCopy.copy(
                new LedgerAddress.File(sample), new LedgerAddress.File(sample), clock)).key());
    }

    @Test
    void aCopyFailingPartWayLeavesNoDestination() throws Exception {
        LedgerCopy.Steps failing = step -> {
            if (step.equals("table:adjustment_task")) {
                throw new LedgerException("ledger.diskFull", "副本");
            }
        };
        Path target = dir.resolve("副本.taizhang");
        List<String> before = filesIn(dir);
        assertThrows(LedgerException.class,
                () -> LedgerCopy.copy(new LedgerAddress.File(sample), new LedgerAddress.File(target), clock, failing));
        assertFalse(Files.exists(target));
        assertEquals(before, filesIn(dir), "no half copy beside");

        LedgerAddress.Server there = onServer();
        assertThrows(LedgerException.class, () -> LedgerCopy.copy(new LedgerAddress.File(sample), there, clock, failing));
        assertFalse(PgLedgerStore.exists(there.jdbcUrl(), server.login(), there.ledger()));
        assertEquals(List.of(), scratchSchemas(), "the scratch ledger is dropped");

        // and the other way: a server ledger copied to a file that fails half way
        LedgerCopy.copy(new LedgerAddress.File(sample), there, clock);
        assertThrows(LedgerException.class, () -> LedgerCopy.copy(there, new LedgerAddress.File(target), clock, failing));
        assertFalse(Files.exists(target));
    }

    @Test
    void aLedgerMadeUnderTheSameNameMeanwhileIsLeftAndTheCopyIsRefused() throws Exception {
        LedgerAddress.Server there = onServer();
        LedgerCopy.Steps otherPc = step -> {
            if (step.equals("filled")) { // another PC makes a ledger of that name while the copy is written
                OpenLedger.create(there, "另一台电脑新建的台账", 2024, clock).close();
            }
        };
        LedgerException e = assertThrows(LedgerException.class,
                () -> LedgerCopy.copy(new LedgerAddress.File(sample), there, clock, otherPc));
        assertEquals("server.ledgerExists", e.key());
        try (OpenLedger other = OpenLedger.openForReading(there, clock)) {
            assertEquals("另一台电脑新建的台账", other.service().info().title());
            assertEquals(0, other.service().tasks().size());
        }
        assertEquals(List.of(), scratchSchemas());

        Path target = dir.resolve("副本.taizhang");
        List<String> before = new ArrayList<>(filesIn(dir));
        before.add("副本.taizhang");
        before.sort(null);
        LedgerCopy.Steps otherProgram = step -> {
            if (step.equals("filled")) {
                try {
                    Files.writeString(target, "另一个程序刚写的文件");
                } catch (IOException io) {
                    throw new java.io.UncheckedIOException(io);
                }
            }
        };
        e = assertThrows(LedgerException.class,
                () -> LedgerCopy.copy(new LedgerAddress.File(sample), new LedgerAddress.File(target), clock, otherProgram));
        assertEquals("ledger.exists", e.key());
        assertEquals("另一个程序刚写的文件", Files.readString(target));
        assertEquals(before, filesIn(dir), "the copy left nothing of its own");
    }

    @Test
    void aSuspectLedgerIsNotCopied() throws Exception {
        try (Connection db = LedgerFile.connect(sample, false); Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE task SET progress = '改过的进展' WHERE id = 1"); // behind the program's back
        }
        Path target = dir.resolve("副本.taizhang");
        assertThrows(org.taizhang.core.ledger.SuspectLedgerException.class,
                () -> LedgerCopy.copy(new LedgerAddress.File(sample), new LedgerAddress.File(target), clock));
        assertFalse(Files.exists(target));
    }

    private List<String> scratchSchemas() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection db = server.superuser(); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'taizhang_copy%'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The files in {@code folder} but the sample's own (its lock; the -wal and -shm a reader leaves beside it). */
    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> !f.startsWith("北疆市台账.taizhang"))
                    .sorted().toList();
        }
    }

    /** Every row of every table of a ledger file, as text, in key order. */
    static Map<String, List<List<String>>> fileRows(Path file) throws SQLException {
        try (Connection db = LedgerFile.connect(file, true)) {
            List<String> tables = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master "
                    + "WHERE type = 'table' AND name NOT LIKE 'flyway%' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return rows(db, tables);
        }
    }

    static Map<String, List<List<String>>> rows(Connection db, List<String> tables) throws SQLException {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (String table : tables.stream().sorted().toList()) {
            List<List<String>> rows = new ArrayList<>();
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT) + "=" + rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            rows.sort((a, b) -> String.join("\u0001", a).compareTo(String.join("\u0001", b)));
            out.put(table, rows);
        }
        return out;
    }
}
