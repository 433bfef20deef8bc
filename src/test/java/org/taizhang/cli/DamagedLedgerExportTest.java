package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.OpenLedger;

/**
 * taizhang export of a damaged ledger file: named as damaged, and nothing written, neither the
 * workbook nor a half of it, nor over a workbook already there.
 */
class DamagedLedgerExportTest {
    @TempDir
    Path dir;
    final SettableClock clock = SettableClock.at("2024-01-10T02:00:00Z");

    private Path damagedLedger() throws Exception {
        Path file = dir.resolve("damaged.taizhang");
        try (OpenLedger l = OpenLedger.create(file, "测试台账", 2023, clock)) {
            List<Task> drafts = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) { // more than the export's first chunks
                drafts.add(Task.builder().number((i + 1) + ".").domain("经济体制改革").year(2023)
                        .title("任务" + i + "，".repeat(50)).leadUnits(UnitList.parse("市财政局")).deadline("年内")
                        .status(Status.IN_PROGRESS).build());
            }
            l.service().commit(AdjustmentType.IMPORT, Note.by("赵静"), drafts);
        }
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = raw.length() / 2 / 4096 * 4096;
            raw.seek(middle);
            raw.write(new byte[4096 * 3]); // whole pages zeroed in the middle of the task table
        }
        return file;
    }

    /** The files in the folder but the ledger's own (SQLite's -wal and -shm, the lock). */
    private List<String> filesBeside() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("damaged.taizhang")).sorted()
                    .toList();
        }
    }

    @Test
    void aDamagedLedgerIsNamedAndNoWorkbookIsWritten() throws Exception {
        Path ledger = damagedLedger();
        assertEquals(List.of(), filesBeside());
        Path out = dir.resolve("台账.xlsx");
        CliRun r = CliRun.of(clock, "export", ledger.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("已损坏"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), filesBeside(), "no workbook and no half-written temporary file");

        byte[] earlier = "an earlier export".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(out, earlier);
        r = CliRun.of(clock, "export", ledger.toString(), "--out", out.toString(), "--force");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("已损坏"), r.err());
        assertArrayEquals(earlier, Files.readAllBytes(out), "the workbook already there is left as it was");
    }
}
