package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.Message;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SuspectLedgerException;
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

    @Test
    void anUntouchedLedgerHasNoSummaryAndABrokenOneSaysWhereItBreaksFirst() throws Exception {
        assertEquals(null, verify().summary());
        sql("DROP TRIGGER adjustment_no_update", "UPDATE adjustment SET reason = '事后补写' WHERE id = 4");
        assertEquals(new Message("verify.summary.record", 4L), verify().summary());
        assertEquals("台账记录自第 4 条起与校验链不符，可能被程序以外的方式改动过", verify().summary().text());
    }

    @Test
    void aTaskChangedOutsideTheLogIsNamedInTheSummary() throws Exception {
        sql("UPDATE task SET status = '已完成' WHERE title = '任务2'");
        assertEquals(new Message("verify.summary.task", 2L), verify().summary());
    }

    @Test
    void theEndCutOffIsSummarisedFromTheFirstMissingRecord() throws Exception {
        sql("DROP TRIGGER adjustment_no_delete", "DROP TRIGGER adjustment_task_no_delete",
                "DELETE FROM adjustment_task WHERE adjustment_id = 6", "DELETE FROM adjustment WHERE id = 6");
        assertEquals(new Message("verify.summary.record", 6L), verify().summary());
    }

    @Test
    void anEditBuiltOnATaskChangedBehindTheProgramsBackIsFoundWhereItBuiltOnIt() throws Exception {
        SettableClock later = SettableClock.at("2023-05-01T01:00:00Z");
        try (OpenLedger l = OpenLedger.open(file, later)) {
            // While the program has the ledger open, someone rewrites a task's title with plain SQL …
            sql("UPDATE task SET title = '任务二（私改）' WHERE title = '任务2'");
            Task changed = l.service().tasks().stream().filter(t -> t.title().equals("任务二（私改）")).findFirst()
                    .orElseThrow();
            // … and the clerk then rewords that same title: the table and the replayed log agree again.
            l.service().edit(changed.toBuilder().title("任务二（再改）").build(), Note.by("刘洋", "按会议意见修改表述", ""));
        }
        VerifyReport r = verify();
        assertEquals(new Message("verify.beforeDiffers", 7L, 2L, new Message("field.title")), r.problems().get(0),
                r.problems().toString());
        assertEquals("第 7 条调整记录所记任务 2 的“改革任务”原值与之前的记录不符：任务在此之前被绕过程序改动",
                r.problems().get(0).text());
        assertEquals(new Message("verify.summary.record", 7L), r.summary());
    }

    @Test
    void aRecordRewrittenIntoSomethingTheProgramNeverWritesIsReportedNotACrash() throws Exception {
        sql("DROP TRIGGER adjustment_task_no_update",
                "UPDATE adjustment_task SET changes = '不是记录' WHERE adjustment_id = 3");
        VerifyReport r = verify();
        assertEquals(List.of(new Message("verify.unreadable", 3L)), r.problems());
        assertEquals(new Message("verify.summary.record", 3L), r.summary());
    }

    @Test
    void aLedgerThatDoesNotMatchItsChainIsNotOpenedForWriting() throws Exception {
        sql("UPDATE task SET progress = '私下改的进展' WHERE title = '任务3'");
        SuspectLedgerException e = assertThrows(SuspectLedgerException.class,
                () -> OpenLedger.open(file, java.time.Clock.systemUTC()));
        assertEquals("台账“v.taizhang”：任务 3 与调整记录不符，可能被程序以外的方式改动过。为免在改动之上继续记录，不能修改；"
                + "用 taizhang verify 可查看详情", e.getMessage());
        try (OpenLedger again = OpenLedger.openForReading(file, java.time.Clock.systemUTC())) {
            assertEquals(5, again.service().tasks().size(), "it can still be looked at");
        }
        try (OpenLedger third = OpenLedger.openForReading(file, java.time.Clock.systemUTC())) {
            assertEquals(e.report(), third.service().verify(), "the refused open let go of the file");
        }
    }

    /**
     * The check walks the log twice without holding it (the chain, then task by task), yet says
     * what it finds in the log's order: the records first, each record's seal before its changes,
     * then the tasks by id.
     */
    @Test
    void severalAlterationsAreListedInTheLogsOrderThenTheTasks() throws Exception {
        sql("DROP TRIGGER adjustment_no_update", "UPDATE adjustment SET operator = '某人' WHERE id = 4",
                "UPDATE adjustment SET reason = '改过' WHERE id = 2",
                "UPDATE task SET status = '已完成' WHERE title = '任务5'",
                "UPDATE task SET progress = '私改' WHERE title = '任务3'");
        VerifyReport r = verify();
        assertEquals(List.of("verify.tampered 2", "verify.tampered 4", "verify.taskDiffers 3", "verify.taskDiffers 5"),
                r.problems().stream().map(p -> p.key() + " " + p.args()[0]).toList());
        assertEquals(new Message("verify.summary.record", 2L), r.summary());
        assertEquals(6, r.adjustments());
        assertEquals(5, r.tasks());
    }

    @Test
    void aTaskRowAddedBehindTheProgramsBackAndOneDeletedAreFound() throws Exception {
        sql("INSERT INTO task (id, revision, number, domain, year, title, status) "
                + "SELECT 99, 1, number, domain, year, '私加的任务', status FROM task WHERE title = '任务1'",
                "DELETE FROM task WHERE title = '任务4'");
        VerifyReport r = verify();
        assertEquals(List.of(new Message("verify.taskPresence", 4L), new Message("verify.taskPresence", 99L)),
                r.problems());
        assertEquals(new Message("verify.summary.task", 4L), r.summary());
        assertEquals(5, r.tasks(), "the rows in the table now");
    }
}
