package org.taizhang.exchange.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.HashChain;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.LedgerStore;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.Progress;
import org.taizhang.store.OpenLedger;

/**
 * A return of 200,000 rows imported into a ledger file the way the window and {@code taizhang
 * import} import it ({@link WorkbookImport}: read, plan, apply), in a JVM of 256 MB of heap: Maven
 * runs this class in the hostile-corpus execution (-Xmx256m), not in the quick unit tests. The plan
 * must be complete before anything is written, and the import must be one adjustment, all or
 * nothing. The timeout only guards against hangs; nothing here measures speed.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LargeImportTest {
    static final int ROWS = 200_000;
    private static final SettableClock CLOCK = SettableClock.at("2023-12-21T02:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aReturnOf200000RowsImportsWithin256MegabytesOfHeap() throws Exception {
        Path workbook = dir.resolve("市发展改革委 2023年第四季度.xlsx");
        org.taizhang.cli.ImportBench.write(workbook, ROWS); // the benchmark's return: every row different
        Path file = dir.resolve("台账.taizhang");
        OpenLedger.create(file, "北疆市2023年改革任务台账", 2023, CLOCK).close();

        long planned = importInto(file, workbook);

        assertEquals(planned, count(file, "SELECT count(*) FROM task"), "the planned tasks are in the ledger");
        assertEquals(1, count(file, "SELECT count(*) FROM adjustment"), "one adjustment");
        assertEquals(ROWS, count(file, "SELECT count(*) FROM adjustment_task"), "a change a task, in that adjustment");
        // The whole chain checked by the program's own verify, in a JVM of its own with the same
        // 256 MB, as `taizhang verify` runs (the check walks the log and holds none of it).
        Process verify = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Duser.language=en", "-cp", System.getProperty("java.class.path"),
                "org.taizhang.app.Launcher", "verify", file.toString()).redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(verify.waitFor(10, TimeUnit.MINUTES), "verify ends");
        assertEquals(0, verify.exitValue(), said);
    }

    /** Reads, plans and applies the return as the window and the command line do; the rows planned as new. */
    private static long importInto(Path file, Path workbook) {
        try (OpenLedger ledger = OpenLedger.open(file, CLOCK)) {
            LedgerService service = ledger.service();
            WorkbookImport imports = new WorkbookImport(service);
            WorkbookImport.Reading reading = imports.read(workbook, WorkbookImport.Choices.NONE, Progress.NONE);
            ImportPlan plan = reading.plan();
            // the whole plan, before anything is written: every row a new task, every row accounted for
            long planned = plan.count(ImportPlan.Kind.NEW);
            assertEquals(ROWS, planned, "every row is planned as a new task");
            assertEquals(ROWS, plan.tally().tasks());
            assertEquals(0, plan.tally().lost());
            assertEquals(3, plan.tally().skipped(), "the title, the 填报单位 line and the header are passed over");
            assertEquals(0, service.head().count(), "nothing is written while planning");

            WorkbookImport.Outcome outcome = imports.apply(reading, Importer.defaultExclusions(plan),
                    Note.by("赵静", "第四季度报回", ""));
            Adjustment written = outcome.adjustment().orElseThrow();
            assertEquals(ROWS, written.changes().size(), "one adjustment holds every row's task");
            assertEquals(new LedgerStore.ChainHead(1, written.hash()), service.head(), "one adjustment, sealed");
            assertEquals(written.hash(), HashChain.hash(written), "its seal covers what it holds");

            Task first = service.task(written.changes().get(0).taskId()).orElseThrow();
            assertEquals("1.", first.number().text());
            assertEquals("市发展改革委", first.leadUnits().primary());
            assertEquals(Status.IN_PROGRESS, first.status());
            Task last = service.task(written.changes().get(ROWS - 1).taskId()).orElseThrow();
            assertEquals(ROWS + ".", last.number().text());
            assertTrue(last.title().startsWith("第" + ROWS + "项"), last.title());
            assertTrue(last.progress().contains("征求意见" + (ROWS - 1) + "条"), last.progress());
            return planned;
        }
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return r.getLong(1);
        }
    }
}
