package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;

/**
 * A ledger that cannot grow, as on a full disk (SQLite's max_page_count gives the same failure
 * without a disk to fill; FullDiskTest fills a real one): the change is refused with a clear
 * message and everything saved before stays.
 */
class LedgerFullTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2023-11-20T01:00:00Z");

    @Test
    void aChangeThatDoesNotFitIsRefusedAndNothingSavedIsLost() throws Exception {
        Path file = dir.resolve("满.taizhang");
        try (OpenLedger l = OpenLedger.createSample(file, clock)) {
            List<Task> before = l.service().tasks();
            int logBefore = l.service().log().size();
            try (Statement s = l.store().connection().createStatement();
                    ResultSet pages = s.executeQuery("PRAGMA page_count")) {
                pages.next();
                s.execute("PRAGMA max_page_count = " + (pages.getLong(1) + 4));
            }
            List<Task> many = new ArrayList<>();
            for (int i = 1; i <= 2000; i++) {
                many.add(Task.builder().number(i + ".").title("第" + i + "项改革任务，".repeat(20))
                        .leadUnits(UnitList.parse("市财政局")).deadline("年底前").build());
            }
            LedgerException e = assertThrows(LedgerException.class,
                    () -> l.service().commit(AdjustmentType.IMPORT, Note.by("赵静"), many));
            assertEquals("ledger.diskFull", e.key(), e.getMessage());
            assertEquals("磁盘已满，台账“满.taizhang”未能保存本次改动；之前保存的内容完好", e.getMessage());

            assertEquals(before, l.service().tasks(), "the open ledger is as it was");
            assertEquals(logBefore, l.service().log().size());
            assertTrue(l.service().verify().ok(), l.service().verify().problems().toString());
        }
        try (OpenLedger again = OpenLedger.open(file, clock)) {
            assertTrue(again.service().verify().ok(), again.service().verify().problems().toString());
            assertEquals(369, again.service().log().size(), "the sample's year of adjustments, all there");
        }
    }
}
