package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.Source;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.LedgerStore;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.testing.PgCluster;

/**
 * A large adjustment (an import of thousands of rows, a change of thousands of tasks, the undo of
 * each) is sealed and its rows are made on second threads while they are written (RowFeed,
 * decision 0025). What is written must be exactly what one thread wrote before: the same task
 * rows, the same history rows in the same order, the same hashes. Checked twice: against the same
 * adjustments written by one thread in this run, table by table, and against the contents the
 * program wrote before the rows were made aside (pinned below: a digest of every row of the log and
 * the tables, made by the commit before this change). A ledger on a server, written by the same
 * store code, must end with the same chain.
 */
class LargeAppendTest {
    /** Tasks an adjustment makes here: above RowFeed.asideFrom, so that the second threads work. */
    private static final int TASKS = 3_000;
    /**
     * SHA-256 over every row of adjustment, adjustment_task, task, unit and domain and the recorded
     * head, after {@link #adjust}, as written by the program before rows were made on second
     * threads (commit 2cbfadd). Only a change to what the log holds may change it.
     */
    private static final String BEFORE = "960c051f96c2b138ea762cc9e748d7a58abd26ee07cccf61cca829e5c7727591";

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsWhatOneThreadWroteBefore() throws Exception {
        Path file = dir.resolve("台账.taizhang");
        adjust(file);
        assertEquals(BEFORE, digest(contents(file)));
    }

    @Test
    void oneThreadAndTwoWriteTheSameRows() throws Exception {
        Path aside = dir.resolve("两个线程.taizhang");
        adjust(aside);
        Path alone = dir.resolve("一个线程.taizhang");
        int was = RowFeed.asideFrom;
        RowFeed.asideFrom = Integer.MAX_VALUE;
        try {
            adjust(alone);
        } finally {
            RowFeed.asideFrom = was;
        }
        Map<String, List<String>> one = contents(alone);
        Map<String, List<String>> two = contents(aside);
        for (String table : one.keySet()) {
            assertEquals(one.get(table), two.get(table), table);
        }
        assertEquals(BEFORE, digest(one), "one thread writes what it wrote before");
    }

    @Test
    void aServerLedgerGetsTheSameChain() {
        PgCluster server = PgCluster.get();
        String name = server.newLedgerName();
        try {
            LedgerStore.ChainHead onServer = adjust(LedgerAddress.parse(server.address(name)));
            assertEquals(adjust(dir.resolve("台账.taizhang")), onServer, "the same records, sealed alike");
        } finally {
            server.drop(name);
        }
    }

    /**
     * Four large adjustments on a new ledger, at fixed times: an import of {@link #TASKS} new
     * tasks (measures under tasks of the same import among them), a change of most of them, and
     * the undo of each (the last removes every task). Each ledger then passes the program's check.
     */
    static LedgerStore.ChainHead adjust(Path file) {
        return adjust(new LedgerAddress.File(file));
    }

    static LedgerStore.ChainHead adjust(LedgerAddress address) {
        SettableClock clock = SettableClock.at("2023-12-21T02:00:00Z");
        try (OpenLedger ledger = OpenLedger.create(address, "北疆市2023年改革任务台账", 2023, clock)) {
            LedgerService service = ledger.service();
            Note imported = Note.by("赵静", "", "").from(Source.file("市发展改革委 2023年第四季度.xlsx",
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
            Adjustment created = service.commit(AdjustmentType.IMPORT, imported, drafts());
            assertEquals(TASKS, created.changes().size());
            clock.advance(Duration.ofMinutes(5));
            List<Task> changed = new ArrayList<>();
            for (Task t : service.tasks()) {
                if (t.id() % 7 != 0) {
                    changed.add(t.toBuilder().progress(t.progress() + "\n4.第二次报回：\"已完成\"\\评估\u2028")
                            .status(t.id() % 3 == 0 ? Status.DONE : Status.BEHIND).actual(Long.toString(t.id() % 97))
                            .build());
                }
            }
            service.commit(AdjustmentType.IMPORT, imported, changed);
            clock.advance(Duration.ofMinutes(5));
            service.undoLast(Note.by("赵静", "报回有误，撤销", ""));
            clock.advance(Duration.ofMinutes(5));
            service.undoLast(Note.by("赵静", "整体重报", ""));
            assertEquals(0, service.tasks().size(), "the import undone removes its tasks");
            assertTrue(ledger.service().verify().ok(), "the chain and the tasks check out");
            return service.head();
        }
    }

    /** New tasks as an import hands them in: every one different, a measure under every fifth. */
    private static List<Task> drafts() {
        String[] units = {"*市发展改革委、市财政局", "市医保局", "*市政务服务局、市大数据中心、市财政局", "市农牧局"};
        String[] deadlines = {"6月底前", "年底前", "三季度末", "2023年12月31日", "持续推进", "每季度"};
        String[] domains = {"经济体制改革", "生态文明体制改革", "民主法制领域改革", ""};
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            Task.Builder b = Task.builder().number(i % 5 == 4 ? "(" + (i % 5) + ")" : (i + 1) + ".")
                    .domain(domains[i % domains.length])
                    .title("第" + (i + 1) + "项：深化重点领域改革，推进“一网通办” <" + i + "> & 'x'")
                    .leadUnits(UnitList.parse(units[i % units.length]))
                    .partnerUnits(UnitList.parse(i % 2 == 0 ? "各旗县市区、市司法局" : ""))
                    .deadline(deadlines[i % deadlines.length])
                    .progress("1.已完成实施方案起草并征求意见" + i + "条。\n2.召开专题推进会\t" + (i % 7) + "次 🙂")
                    .status(Status.values()[i % 4]).target("100").actual(Integer.toString(i % 101))
                    .problems(i % 3 == 0 ? "部门间数据共享不够顺畅\r\n" : "").nextSteps("下一步加快推进试点扩面");
            if (i % 5 == 4) {
                b.parentId((long) -i); // the task just before, of this list (1-based)
            }
            out.add(b.build());
        }
        return out;
    }

    /** Every row of the log and the tables, as text, by table, in key order, and the recorded head. */
    static Map<String, List<String>> contents(Path file) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = LedgerFile.connect(file, true); Statement s = c.createStatement()) {
            for (String sql : List.of("SELECT * FROM adjustment ORDER BY id",
                    "SELECT * FROM adjustment_task ORDER BY adjustment_id, seq", "SELECT * FROM task ORDER BY id",
                    "SELECT * FROM unit ORDER BY id", "SELECT * FROM domain ORDER BY id",
                    "SELECT key, value FROM ledger_meta WHERE key IN ('log_count', 'log_head') ORDER BY key")) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(sql)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                out.put(sql, rows);
            }
        }
        return out;
    }

    static String digest(Map<String, List<String>> contents) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        contents.forEach((table, rows) -> {
            sha.update(table.getBytes(StandardCharsets.UTF_8));
            rows.forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
        });
        return HexFormat.of().formatHex(sha.digest());
    }
}
