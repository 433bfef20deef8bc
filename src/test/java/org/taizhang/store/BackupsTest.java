package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.testing.TestLedger;

/** Backups of a real ledger file: taken before structural changes, rotated, listed, restored. */
class BackupsTest {
    @TempDir
    Path dir;
    SettableClock clock;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z").named("北疆市台账.taizhang");
    OpenLedger ledger;
    LedgerService service;

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
        clock = sample.clock();
        service = ledger.service();
    }

    private Backups backups() {
        return ledger.file().backups();
    }

    private Task task(String number) {
        return service.tasks().stream().filter(t -> t.number().text().equals(number)).findFirst().orElseThrow();
    }

    private void postpone(String number, String deadline) {
        clock.advance(java.time.Duration.ofMinutes(1));
        service.edit(task(number).toBuilder().deadline(deadline).build(), Note.by("王芳", "平台延期", "北改办发〔2023〕15号"));
    }

    @Test
    void aStructuralChangeKeepsTheLedgerAsItWasBeforeIt() {
        long before = service.log().size();
        String deadlineBefore = task("16.").deadline().text();
        postpone("16.", "2024年6月底前");

        List<Backups.Backup> list = backups().list();
        assertEquals(1, list.size());
        Backups.Backup b = list.get(0);
        assertEquals("调整时限前", b.reason());
        assertEquals(before, b.adjustments(), "the copy holds the log up to the change, not the change");
        assertEquals(sample.dir().resolve("北疆市台账（备份）"), b.file().getParent());
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss")
                .format(clock.instant().atZone(java.time.ZoneId.systemDefault())); // named in the PC's own time
        assertEquals("北疆市台账 " + stamp + " 调整时限前.taizhang", b.file().getFileName().toString());

        Path restored = dir.resolve("恢复的台账.taizhang");
        Backups.restore(b, restored);
        try (OpenLedger copy = OpenLedger.open(restored, clock)) {
            assertEquals(deadlineBefore, copy.service().tasks().stream()
                    .filter(t -> t.number().text().equals("16.")).findFirst().orElseThrow().deadline().text());
            assertTrue(copy.service().verify().ok(), "the restored ledger carries its whole, intact history");
            assertEquals(before, copy.service().log().size());
        }
        assertEquals("2024年6月底前", task("16.").deadline().text(), "the ledger itself is not touched");
        assertThrows(LedgerException.class, () -> Backups.restore(b, restored), "never over an existing file");
    }

    @Test
    void routineProgressTakesNoBackupAndAnUnchangedLedgerIsNotCopiedTwice() {
        clock.advance(java.time.Duration.ofMinutes(1));
        service.edit(task("16.").toBuilder().progress("已开展调研").status(Status.IN_PROGRESS).build(), Note.by("王芳"));
        assertTrue(backups().list().isEmpty(), "修改进展 is routine");
        service.backup("关闭时");
        clock.advance(java.time.Duration.ofMinutes(1));
        service.backup("关闭时");
        assertEquals(1, backups().list().size(), "the same state is kept once");
    }

    @Test
    void onlyTheNewestAreKeptAndTheFolderCanBeChosen() throws Exception {
        service.saveSetting(Backups.KEEP_SETTING, "3");
        Path chosen = dir.resolve("U盘").resolve("台账备份");
        service.saveSetting(Backups.FOLDER_SETTING, chosen.toString());
        for (int i = 1; i <= 5; i++) {
            postpone("16.", "2024年" + i + "月底前");
        }
        List<Backups.Backup> list = backups().list();
        assertEquals(3, list.size());
        assertEquals(chosen, list.get(0).file().getParent());
        assertTrue(list.get(0).time().isAfter(list.get(2).time()), "newest first");
        assertEquals(list.get(0).adjustments() - 2, list.get(2).adjustments());
        try (Stream<Path> files = Files.list(chosen)) {
            assertEquals(3, files.count(), "no temporary files left, the oldest deleted");
        }
    }

    @Test
    void aHalfBackupAKilledProgramLeftIsClearedByTheNext() throws Exception {
        postpone("16.", "2024年6月底前");
        Path folder = backups().folder();
        Path half = Files.writeString(folder.resolve(".北疆市台账 2024-01-10 10.00.00 关闭时.taizhang.part"), "half");
        Path others = Files.writeString(folder.resolve(".别的台账 2024-01-10 10.00.00 关闭时.taizhang.part"), "half");
        postpone("16.", "2024年7月底前");
        assertFalse(Files.exists(half));
        assertTrue(Files.exists(others), "another ledger's writer may be at work on it");
        assertEquals(2, backups().list().size());
    }

    @Test
    void filesThatAreNotThisLedgersBackupsAreNotListed() throws Exception {
        postpone("16.", "2024年6月底前");
        Path folder = backups().folder();
        Files.writeString(folder.resolve("北疆市台账 2024-01-11 09.00.00 导入前.taizhang"), "not a ledger");
        Files.writeString(folder.resolve("说明.txt"), "备份");
        Files.copy(backups().list().get(0).file(), folder.resolve("别的台账 2024-01-11 09.00.00 导入前.taizhang"));
        assertEquals(1, backups().list().size());
    }

    @Test
    void aReadOnlyLedgerIsNotBackedUp() {
        ledger.close();
        try (OpenLedger reading = OpenLedger.openForReading(sample.file(), clock)) {
            reading.service().backup("关闭时");
            assertFalse(Files.exists(sample.dir().resolve("北疆市台账（备份）")));
        }
        ledger = OpenLedger.open(sample.file(), clock);
        service = ledger.service();
    }

    @Test
    void aStructuralChangeWithoutItsBackupIsNotMade() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("备份位置是个文件"), "");
        service.saveSetting(Backups.FOLDER_SETTING, notAFolder.toString());
        String deadline = task("16.").deadline().text();
        int records = service.log().size();
        LedgerException e = assertThrows(LedgerException.class, () -> postpone("16.", "2024年6月底前"));
        assertEquals("backup.failed", e.key());
        assertTrue(e.getMessage().contains("备份位置是个文件"), e.getMessage());
        assertEquals(deadline, task("16.").deadline().text());
        assertEquals(records, service.log().size());
    }
}
