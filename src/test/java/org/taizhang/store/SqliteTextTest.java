package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;

/** A ledger file's text read as SQLite's bytes, decoded by the store: the same strings as sqlite-jdbc's getString gives. */
class SqliteTextTest {
    @TempDir
    Path dir;

    @Test
    void textReadAsBytesIsWhatGetStringReads() throws Exception {
        Path file = dir.resolve("文字.taizhang");
        String odd = "𠮷野家😀 第1项\n=SUM(A1)\t«引号»　全角空格 é"; // four-byte UTF-8, a break, a formula, a tab
        try (OpenLedger ledger = OpenLedger.create(file, "测试台账", 2023, SettableClock.at("2024-01-10T02:00:00Z"))) {
            ledger.service().commit(AdjustmentType.IMPORT, Note.by("赵静"), List.of(
                    Task.builder().number("1.").domain("经济体制改革").year(2023).title(odd).measures("")
                            .leadUnits(UnitList.parse("*市财政局、市统计局")).progress(odd + odd).target("84.5")
                            .build()));
        }
        try (OpenLedger ledger = OpenLedger.openForReading(file, SettableClock.at("2024-01-10T02:00:00Z"))) {
            Task t = ledger.service().tasks().get(0);
            assertEquals(odd, t.title());
            assertEquals(odd + odd, t.progress());
            assertEquals("84.5", t.target());
            assertEquals("*市财政局、市统计局", t.leadUnits().toString());

            SqliteLedgerStore store = ledger.file();
            int compared = 0;
            try (Statement s = store.connection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT " + JdbcLedgerStore.TASK_COLUMNS + ", NULL, 42, 4.5 FROM task")) {
                while (rs.next()) {
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        assertEquals(rs.getString(c), store.text(rs, c), "column " + c);
                        compared++;
                    }
                    assertNull(store.text(rs, 26));
                    assertEquals("42", store.text(rs, 27));
                }
            }
            assertTrue(compared >= 28, compared + " columns");
        }
    }
}
