package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;

/** Creating, opening, migrating and refusing ledger files, on real files in a temp folder. */
class LedgerFileTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2023-03-20T01:00:00Z");

    private static Task task(String title) {
        return Task.builder().number("1.").title(title).leadUnits(UnitList.parse("市财政局")).deadline("年内")
                .status(Status.IN_PROGRESS).build();
    }

    private static List<String> tables(Connection db) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        }
    }

    private static String scalar(Path file, String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void aNewLedgerHasTheWholeSchemaInWalModeWithItsInfo() throws Exception {
        Path file = dir.resolve("新台账.taizhang");
        try (OpenLedger l = OpenLedger.create(file, "北疆市2024年全面深化改革任务台账", 2024, clock)) {
            assertEquals("北疆市2024年全面深化改革任务台账", l.service().info().title());
            assertEquals(2024, l.service().info().year());
            assertEquals(36, l.service().info().uuid().length());
            try (Connection db = LedgerFile.connect(file, true)) {
                assertTrue(tables(db).containsAll(List.of("task", "adjustment", "adjustment_task",
                        "unit", "domain", "ledger_meta", "setting")));
            }
        }
        assertEquals("wal", scalar(file, "PRAGMA journal_mode"));
        assertEquals(Integer.toString(LedgerFile.SCHEMA_VERSION),
                scalar(file, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"));
        assertEquals(Integer.toString(LedgerFile.APPLICATION_ID), scalar(file, "PRAGMA application_id"));
    }

    @Test
    void theSchemaVersionIsTheNewestMigration() throws Exception {
        long sql;
        long java;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            sql = files.filter(p -> p.getFileName().toString().startsWith("V")).count();
        }
        try (var files = Files.list(Path.of("src/main/java/org/taizhang/store/migration"))) {
            java = files.filter(p -> p.getFileName().toString().startsWith("V")).count();
        }
        assertEquals(LedgerFile.SCHEMA_VERSION, sql + java);
    }

    @Test
    void aLedgerOfThePreviousSchemaIsMigratedWithItsDataIntact() throws Exception {
        Path file = dir.resolve("old.taizhang");
        // Build a ledger exactly as the version-1 program left it.
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection db = ds.getConnection(); Statement s = db.createStatement()) {
            s.execute("PRAGMA application_id = " + LedgerFile.APPLICATION_ID);
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection db = ds.getConnection(); Statement s = db.createStatement()) {
            assertFalse(tables(db).contains("setting"));
            s.execute("INSERT INTO ledger_meta VALUES ('uuid', 'u'), ('title', '旧台账'), ('year', '2022'), "
                    + "('created', '2022-03-01T00:00:00Z'), ('log_count', '0'), ('log_head', '')");
        }
        try (OpenLedger l = OpenLedger.open(file, clock)) {
            assertEquals("旧台账", l.service().info().title());
            l.service().add(task("迁移后新增"), Note.by("赵静"));
            l.store().saveSetting("light.yellowDays", "15");
            assertEquals("15", l.store().setting("light.yellowDays").orElseThrow());
        }
        assertEquals(Integer.toString(LedgerFile.SCHEMA_VERSION),
                scalar(file, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"));
        try (OpenLedger l = OpenLedger.openForReading(file, clock)) {
            assertEquals(1, l.service().tasks().size());
            assertTrue(l.service().verify().ok());
        }
    }

    @Test
    void aVersionTwoLedgerKeepsItsHistoryThroughTheMoveToOneRowPerTask() throws Exception {
        Path file = dir.resolve("v2.taizhang");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection db = ds.getConnection(); Statement s = db.createStatement()) {
            s.execute("PRAGMA application_id = " + LedgerFile.APPLICATION_ID);
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("2").load().migrate();
        // Two adjustments as the version-2 program wrote them: one adjustment_field row per field.
        org.taizhang.core.history.Adjustment add = new org.taizhang.core.history.Adjustment(1,
                org.taizhang.core.history.AdjustmentType.ADD, "", "", "赵静", java.time.Instant.parse("2023-03-20T01:00:00Z"),
                null, null, List.of(org.taizhang.core.history.TaskChange.between(null, task("深化改革").toBuilder().id(1)
                        .year(2023).revision(1).build())), null, null).sealed("");
        Task before = task("深化改革").toBuilder().id(1).year(2023).revision(1).build();
        org.taizhang.core.history.Adjustment edit = new org.taizhang.core.history.Adjustment(2,
                org.taizhang.core.history.AdjustmentType.PROGRESS, "", "", "刘洋",
                java.time.Instant.parse("2023-04-10T02:00:00Z"), null, null,
                List.of(org.taizhang.core.history.TaskChange.between(before, before.toBuilder().progress("已起草方案").build())),
                null, null).sealed(add.hash());
        try (Connection db = ds.getConnection(); Statement s = db.createStatement()) {
            for (org.taizhang.core.history.Adjustment a : List.of(add, edit)) {
                s.execute("INSERT INTO adjustment VALUES (" + a.id() + ", '" + a.type().name() + "', '', '', '"
                        + a.operator() + "', '" + a.time() + "', 'MANUAL', '', '', NULL, '" + a.previousHash() + "', '"
                        + a.hash() + "')");
                var c = a.changes().get(0);
                s.execute("INSERT INTO adjustment_task VALUES (" + a.id() + ", 1, 1, '" + c.kind().name() + "')");
                int n = 0;
                for (var f : c.fields()) {
                    s.execute("INSERT INTO adjustment_field VALUES (" + a.id() + ", 1, " + (++n) + ", '" + f.field().code()
                            + "', '" + f.before() + "', '" + f.after() + "')");
                }
            }
            s.execute("INSERT INTO task (id, revision, number, year, title, lead_units, deadline_text, deadline_date, "
                    + "deadline_kind, status, progress) VALUES (1, 2, '1.', 2023, '深化改革', '市财政局', '年内', '2023-12-31', "
                    + "'year_end', '推进中', '已起草方案')");
            s.execute("INSERT INTO ledger_meta VALUES ('uuid', 'u'), ('title', '旧台账'), ('year', '2023'), "
                    + "('created', '2023-03-01T00:00:00Z'), ('log_count', '2'), ('log_head', '" + edit.hash() + "')");
        }
        try (OpenLedger l = OpenLedger.open(file, clock)) {
            assertTrue(l.service().verify().ok(), l.service().verify().problems().toString());
            assertEquals(List.of(add, edit), l.service().log());
            assertEquals("已起草方案", l.service().tasksAsOf(java.time.Instant.parse("2023-05-01T00:00:00Z")).get(0).progress());
        }
        assertEquals("0", scalar(file, "SELECT count(*) FROM sqlite_master WHERE name = 'adjustment_field'"));
    }

    @Test
    void aLedgerFromANewerProgramIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("new.taizhang");
        OpenLedger.create(file, "t", 2023, clock).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '9', 'future', 'SQL', "
                    + "'V9__future.sql', 0, 'x', 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);
        LedgerException e = assertThrows(LedgerException.class, () -> LedgerFile.open(file));
        assertEquals("ledger.tooNew", e.key());
        assertTrue(e.getMessage().contains("9"), e.getMessage());
        assertEquals("ledger.tooNew", assertThrows(LedgerException.class, () -> LedgerFile.openReadOnly(file)).key());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void filesThatAreNotLedgersGetClearMessages() throws Exception {
        assertEquals("ledger.notFound", assertThrows(LedgerException.class,
                () -> LedgerFile.open(dir.resolve("missing.taizhang"))).key());
        Path text = Files.writeString(dir.resolve("notes.taizhang"), "这不是数据库");
        assertEquals("ledger.notSqlite", assertThrows(LedgerException.class, () -> LedgerFile.open(text)).key());
        Path empty = Files.createFile(dir.resolve("empty.taizhang"));
        assertEquals("ledger.notSqlite", assertThrows(LedgerException.class, () -> LedgerFile.open(empty)).key());
        Path other = dir.resolve("other.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        assertEquals("ledger.notLedger", assertThrows(LedgerException.class, () -> LedgerFile.open(other)).key());
        assertEquals("ledger.exists", assertThrows(LedgerException.class,
                () -> LedgerFile.create(text, "t", 2023, clock)).key());
        assertEquals("这不是数据库", Files.readString(text), "nothing written");
    }

    @Test
    void aDamagedFileIsReportedNotOpened() throws Exception {
        Path file = dir.resolve("damaged.taizhang");
        try (OpenLedger l = OpenLedger.create(file, "t", 2023, clock)) {
            for (int i = 0; i < 200; i++) {
                l.service().add(task("任务" + i + "，".repeat(50)), Note.by("赵静"));
            }
        }
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = raw.length() / 2 / 4096 * 4096;
            raw.seek(middle);
            raw.write(new byte[4096 * 3]); // zero out whole pages in the middle
        }
        LedgerException e = assertThrows(LedgerException.class, () -> LedgerFile.open(file));
        assertEquals("ledger.damaged", e.key(), e.getMessage());
    }

    @Test
    void onlyOneProgramWritesALedgerOthersMayRead() {
        Path file = dir.resolve("shared.taizhang");
        try (OpenLedger first = OpenLedger.create(file, "t", 2023, clock)) {
            first.service().add(task("任务"), Note.by("赵静"));
            LedgerException e = assertThrows(LedgerException.class, () -> OpenLedger.open(file, clock));
            assertEquals("ledger.locked", e.key());
            try (OpenLedger reader = OpenLedger.openForReading(file, clock)) {
                assertEquals(1, reader.service().tasks().size());
                assertEquals("ledger.readOnly", assertThrows(LedgerException.class,
                        () -> reader.service().add(task("不能写"), Note.by("x"))).key());
            }
            first.service().add(task("任务二"), Note.by("赵静"));
        }
        try (OpenLedger again = OpenLedger.open(file, clock)) {
            assertEquals(2, again.service().tasks().size(), "the lock goes with the program that held it");
        }
    }

    @Test
    void aFailedWriteLeavesTheLedgerAsItWas() {
        Path file = dir.resolve("atomic.taizhang");
        try (OpenLedger l = OpenLedger.create(file, "t", 2023, clock)) {
            l.service().add(task("任务"), Note.by("赵静"));
            SqliteLedgerStore store = l.file();
            assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
                l.service().add(task("半途"), Note.by("赵静"));
                throw new IllegalStateException("power cut");
            }));
            assertEquals(1, l.service().tasks().size());
            assertEquals(1, l.service().log().size());
            assertTrue(l.service().verify().ok());
        }
    }
}
