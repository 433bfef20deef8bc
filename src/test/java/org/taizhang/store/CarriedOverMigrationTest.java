package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;

/**
 * Schema 5 lets a task be 已结转: the task table is made anew with the wider check. A ledger of
 * schema 4 keeps its tasks, measures and chain through it, and its foreign keys still hold.
 */
class CarriedOverMigrationTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2023-12-20T02:00:00Z");

    @Test
    void aSchemaFourLedgerKeepsItsTasksAndChainAndTakesTheNewStatus() throws Exception {
        Path file = dir.resolve("v4.taizhang");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        try (Connection db = ds.getConnection(); Statement s = db.createStatement()) {
            s.execute("PRAGMA application_id = " + LedgerFile.APPLICATION_ID);
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:org/taizhang/store/migration")
                .target("4").load().migrate();
        // Two tasks, one the measure of the other, as the schema-4 program wrote them.
        Task parent = Task.builder().id(1).revision(1).year(2023).number("1.").title("推进DRG/DIP支付方式改革")
                .leadUnits(UnitList.parse("市医保局")).deadline("年底前").status(Status.IN_PROGRESS).build();
        Task child = Task.builder().id(2).revision(1).year(2023).parentId(1L).number("(1)").title("定点医疗机构全覆盖")
                .leadUnits(UnitList.parse("市医保局")).deadline("年底前").status(Status.IN_PROGRESS).build();
        Adjustment first = new Adjustment(1, AdjustmentType.ADD, "", "", "赵静", Instant.parse("2023-03-01T02:00:00Z"),
                null, null, List.of(TaskChange.between(null, parent)), null, null).sealed("");
        Adjustment second = new Adjustment(2, AdjustmentType.ADD, "", "", "赵静", Instant.parse("2023-03-02T02:00:00Z"),
                null, null, List.of(TaskChange.between(null, child)), null, null).sealed(first.hash());
        try (Connection db = ds.getConnection(); Statement s = db.createStatement()) {
            for (Adjustment a : List.of(first, second)) {
                s.execute("INSERT INTO adjustment (id, type, reason, basis, operator, time, source_kind, source_file, "
                        + "source_sha256, undoes, previous_hash, hash) VALUES (" + a.id() + ", 'ADD', '', '', '赵静', '"
                        + a.time() + "', 'MANUAL', '', '', NULL, '" + a.previousHash() + "', '" + a.hash() + "')");
                s.execute("INSERT INTO adjustment_task (adjustment_id, seq, task_id, kind, changes) VALUES (" + a.id()
                        + ", 1, " + a.changes().get(0).taskId() + ", 'CREATE', '"
                        + ChangeCodec.encode(a.changes().get(0).fields()) + "')");
            }
            s.execute("INSERT INTO task (id, revision, parent_id, number, year, title, lead_units, deadline_text, "
                    + "deadline_date, deadline_kind, status) VALUES (1, 1, NULL, '1.', 2023, '推进DRG/DIP支付方式改革', "
                    + "'市医保局', '年底前', '2023-12-31', 'year_end', '推进中'), (2, 1, 1, '(1)', 2023, '定点医疗机构全覆盖', "
                    + "'市医保局', '年底前', '2023-12-31', 'year_end', '推进中')");
            s.execute("INSERT INTO ledger_meta VALUES ('uuid', 'u-2023'), ('title', '北疆市2023年台账'), ('year', '2023'), "
                    + "('created', '2023-03-01T00:00:00Z'), ('log_count', '2'), ('log_head', '" + second.hash() + "')");
        }

        try (OpenLedger l = OpenLedger.open(file, clock)) {
            assertTrue(l.service().verify().ok(), l.service().verify().problems().toString());
            assertEquals(List.of(first, second), l.service().log());
            assertEquals(1L, l.service().task(2).orElseThrow().parentId());
            Requests requests = new Requests(l.service());
            long id = requests.receive(1L, "市医保局", RequestType.CARRY_OVER, Map.of(),
                    Note.by("赵静", "年内无法完成", "")).id();
            requests.opinion(List.of(id), true, Note.by("赵静"));
            requests.decide(List.of(id), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 12, 20),
                    Note.by("赵静", "", "市委深改委第八次会议"));
            assertEquals(Status.CARRIED_OVER, l.service().task(1).orElseThrow().status());
            assertEquals(Status.CARRIED_OVER, l.service().task(2).orElseThrow().status());
            assertTrue(l.service().verify().ok());
        }
        assertEquals("5", scalar(file, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history"));
        assertEquals("0", scalar(file, "SELECT count(*) FROM sqlite_master WHERE name = 'task_v4'"));
        assertEquals("1", scalar(file, "SELECT count(*) FROM sqlite_master WHERE name = 'task_by_parent'"));
        SQLiteConfig fk = new SQLiteConfig();
        fk.enforceForeignKeys(true);
        try (Connection db = fk.createConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                assertTrue(!rs.next(), "no dangling references");
            }
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO task (id, revision, parent_id, year, title, "
                    + "status) VALUES (9, 1, 99, 2023, '无上级', '推进中')"), "a measure still needs its task");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO task (id, revision, year, title, status) "
                    + "VALUES (9, 1, 2023, '乱写', '差不多')"), "the status is still checked");
        }
    }

    private static String scalar(Path file, String sql) throws SQLException {
        try (Connection db = LedgerFile.connect(file, true); Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
