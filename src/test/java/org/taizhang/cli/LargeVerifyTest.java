package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.OpenLedger;

/**
 * The check of the hash chain of a ledger of 200,000 tasks, within the heap an office PC may give
 * the program: run in the hostile-corpus JVM under -Xmx256m (see the pom), not in the quick unit
 * tests. {@code taizhang verify} of the whole ledger passes; the window's way of opening (shown,
 * then checked) and the command line's (checked, then written) both check it and read its tasks;
 * a task row altered behind the program's back is still found and named. The timeout only guards
 * against hangs; nothing here measures speed.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LargeVerifyTest {
    private static final int TASKS = 200_000;
    /** The first import's tasks; the second, the log's last record, has the other 150,000. */
    private static final int FIRST = 50_000;
    private static final SettableClock CLOCK = SettableClock.at("2023-03-01T02:00:00Z");

    @TempDir
    static Path dir;
    static Path ledger;

    /**
     * An import of 50,000 tasks, two edits, and an import of 150,000 more, as the report's
     * benchmark makes a ledger: quick to make, large to check; the log's last record holds 150,000
     * changes. The texts repeat, but every title differs.
     */
    @BeforeAll
    static void makeALedgerOf200000Tasks() {
        assertTrue(Runtime.getRuntime().maxMemory() <= 300L << 20,
                "runs in the hostile-corpus execution, under -Xmx256m: " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        ledger = dir.resolve("二十万项.taizhang");
        String[] domains = {"经济体制改革", "生态文明体制改革", "社会体制改革", "放管服改革", "农业农村改革"};
        String[] deadlines = {"6月底前", "年底前", "三季度末", "2023年12月31日", "长期坚持"};
        UnitList[] leads = new UnitList[60];
        for (int u = 0; u < leads.length; u++) {
            leads[u] = UnitList.parse("*市单位" + u + "、市财政局");
        }
        UnitList partners = UnitList.parse("各旗县市区");
        try (OpenLedger open = OpenLedger.create(ledger, "性能测试台账", 2023, CLOCK)) {
            int[] imports = {FIRST, TASKS - FIRST};
            int i = 0;
            for (int size : imports) {
                List<Task> drafts = new ArrayList<>(size);
                for (int k = 0; k < size; k++, i++) {
                    drafts.add(Task.builder().number((i % 1000 + 1) + ".").domain(domains[(int) ((long) i * 5 / TASKS)])
                            .year(2023).title("第" + (i + 1) + "项：深化重点领域和关键环节改革，推进制度创新")
                            .measures("1.制定实施方案；2.开展试点；3.总结推广经验做法。")
                            .leadUnits(leads[i % 60]).partnerUnits(partners)
                            .deadline(deadlines[i % deadlines.length]).status(Status.values()[i % 5])
                            .progress("1.已完成实施方案起草并征求意见。2.召开专题推进会，梳理问题清单。")
                            .target("100").actual(Integer.toString(i % 101)).valueUnit("%").build());
                }
                CLOCK.advance(java.time.Duration.ofDays(1));
                open.service().commit(AdjustmentType.IMPORT, Note.by("测试"), drafts);
                for (long id : size == FIRST ? new long[] {1, FIRST} : new long[0]) { // two edits between
                    Task t = open.service().task(id).orElseThrow();
                    CLOCK.advance(java.time.Duration.ofHours(1));
                    open.service().edit(t.toBuilder().progress("第二季度进展：任务" + id).build(), Note.by("刘洋"));
                }
            }
        }
        CLOCK.set(java.time.Instant.parse("2024-01-10T02:00:00Z"));
    }

    @Test
    void theChainOf200000TasksIsCheckedWithin256MegabytesOfHeap() {
        CliRun run = CliRun.of(CLOCK, "verify", ledger.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("4 条调整记录，哈希链完整；200000 项任务与调整记录一致"), run.out());
    }

    /**
     * The command line's way: checked first, then written. The edit runs as {@code taizhang edit}
     * in a JVM of 64 MB of its own: a write seals its record onto the log's last one, here an import
     * of 150,000 tasks, and must not read that record's changes to do so (reading them took more than
     * the whole heap of 256 MB for an import of 200,000 rows).
     */
    @Test
    void openingItForWritingChecksItFirstAndTheWindowsWayChecksItAfter() throws Exception {
        try (OpenLedger open = OpenLedger.open(ledger, CLOCK)) {
            assertEquals(TASKS, open.service().tasks().size(), "the tasks read, as the window lists them");
        }
        Path edited = dir.resolve("再改.taizhang");
        Files.copy(ledger, edited, StandardCopyOption.REPLACE_EXISTING);
        Process edit = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Duser.language=zh", "-Duser.country=CN", "-cp", System.getProperty("java.class.path"),
                "org.taizhang.app.Launcher", "edit", edited.toString(), "--task=" + TASKS, "--status=已完成",
                "--operator=刘洋").redirectErrorStream(true).start();
        String said = new String(edit.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(edit.waitFor(5, TimeUnit.MINUTES), "the edit ends");
        assertEquals(0, edit.exitValue(), said);
        CliRun run = CliRun.of(CLOCK, "verify", edited.toString());
        assertTrue(run.out().contains("5 条调整记录，哈希链完整；200000 项任务与调整记录一致"), run.out());
        try (OpenLedger open = OpenLedger.openCheckingLater(new org.taizhang.store.LedgerAddress.File(ledger), null, CLOCK)) {
            VerifyReport check = open.check().orElseThrow();
            assertTrue(check.ok(), check.problems().toString());
            assertEquals(TASKS, check.tasks());
        }
    }

    @Test
    void aTaskAlteredBehindTheProgramsBackIsFoundAndNamed() throws Exception {
        Path altered = dir.resolve("改过.taizhang");
        Files.copy(ledger, altered, StandardCopyOption.REPLACE_EXISTING);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + altered); Statement s = db.createStatement()) {
            s.execute("UPDATE task SET status = '已完成' WHERE id = 150000");
        }
        CliRun run = CliRun.of(CLOCK, "verify", altered.toString());
        assertEquals(3, run.code(), run.out());
        assertTrue(run.out().startsWith("任务 150000 与调整记录不符，可能被程序以外的方式改动过"), run.out());
        SuspectLedgerException refused = assertThrows(SuspectLedgerException.class, () -> OpenLedger.open(altered, CLOCK));
        assertEquals(List.of("verify.taskDiffers"), refused.report().problems().stream().map(m -> m.key()).toList());
    }
}
