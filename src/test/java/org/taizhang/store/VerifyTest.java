package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;

/** Edits made behind the program's back, with plain SQL, are found by verify. */
class VerifyTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void ledgerWithHistory() {
        file = dir.resolve("v.taizhang");
        SettableClock clock = SettableClock.at("2023-03-20T01:00:00Z");
        try (OpenLedger l = OpenLedger.create(file, "t", 2023, clock)) {
            for (int i = 1; i <= 5; i++) {
                clock.advance(java.time.Duration.ofHours(1));
                l.service().add(Task.builder().number(i + ".").title("任务" + i)
                        .leadUnits(UnitList.parse("市财政局")).deadline("年内").build(), Note.by("赵静"));
            }
            long id = l.service().tasks().get(0).id();
            l.service().edit(l.service().task(id).orElseThrow().toBuilder().progress("进展")
                    .status(Status.IN_PROGRESS).build(), Note.by("刘洋"));
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private VerifyReport verify() {
        try (OpenLedger l = OpenLedger.openForReading(file, java.time.Clock.systemUTC())) {
            return l.service().verify();
        }
    }

    @Test
    void anUntouchedLedgerVerifies() {
        VerifyReport r = verify();
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(6, r.adjustments());
        assertEquals(5, r.tasks());
    }

    @Test
    void theLogRefusesPlainEdits() throws Exception {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> sql("UPDATE adjustment_task SET changes = '[]' WHERE adjustment_id = 3"));
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
    }

    @Test
    void anEditedFieldValueIsFoundAtItsRecord() throws Exception {
        sql("DROP TRIGGER adjustment_task_no_update",
                "UPDATE adjustment_task SET changes = replace(changes, '任务3', '任务三（改）') WHERE adjustment_id = 3",
                "UPDATE task SET title = '任务三（改）' WHERE title = '任务3'");
        VerifyReport r = verify();
        assertEquals("verify.tampered", r.problems().get(0).key());
        assertEquals("3", String.valueOf(r.problems().get(0).args()[0]), "the first broken record is named");
    }

    @Test
    void anEditedOperatorIsFound() throws Exception {
        sql("DROP TRIGGER adjustment_no_update", "UPDATE adjustment SET operator = '别人' WHERE id = 6");
        assertEquals("verify.tampered", verify().problems().get(0).key());
    }

    @Test
    void aDeletedRecordInTheMiddleIsFound() throws Exception {
        sql("DROP TRIGGER adjustment_no_delete", "DROP TRIGGER adjustment_task_no_delete",
                "DELETE FROM adjustment_task WHERE adjustment_id = 2", "DELETE FROM adjustment WHERE id = 2");
        VerifyReport r = verify();
        assertEquals("verify.missing", r.problems().get(0).key());
    }

    @Test
    void theLastRecordCutOffIsFound() throws Exception {
        sql("DROP TRIGGER adjustment_no_delete", "DROP TRIGGER adjustment_task_no_delete",
                "DELETE FROM adjustment_task WHERE adjustment_id = 6", "DELETE FROM adjustment WHERE id = 6");
        VerifyReport r = verify();
        assertTrue(r.problems().stream().anyMatch(p -> p.key().equals("verify.headMismatch")), r.problems().toString());
    }

    @Test
    void aTaskChangedOutsideTheLogIsFound() throws Exception {
        sql("UPDATE task SET status = '已完成' WHERE title = '任务2'");
        VerifyReport r = verify();
        assertEquals("verify.taskDiffers", r.problems().get(0).key());
        assertEquals("status", r.problems().get(0).args()[1]);
    }
}
