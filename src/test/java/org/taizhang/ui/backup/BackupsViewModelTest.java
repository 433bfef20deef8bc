package org.taizhang.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;

/** 恢复备份 on a real ledger file: what each backup is followed by, backing up by hand, restoring. */
class BackupsViewModelTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
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

    private BackupsViewModel vm() {
        BackupsViewModel vm = new BackupsViewModel(service, ledger.file()::backups, new ImmediateBackground(), ZONE);
        vm.load();
        return vm;
    }

    private Task task(String number) {
        return service.tasks().stream().filter(t -> t.number().text().equals(number)).findFirst().orElseThrow();
    }

    private void later() {
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void eachBackupSaysWhatTheLedgerWentThroughAfterIt() {
        assertEquals("还没有备份。每次导入前、结构性调整前和关闭台账时，程序都会自动备份。", vm().messageProperty().get());

        later();
        service.edit(task("16.").toBuilder().deadline("2024年6月底前").build(), Note.by("王芳", "平台延期", "北改办发〔2023〕15号"));
        later();
        service.edit(task("16.").toBuilder().progress("已完成招标").build(), Note.by("李强", "", ""));
        later();
        service.cancel(task("17.").id(), Note.by("王芳", "任务已由省级统筹", "北改办发〔2023〕20号"));

        BackupsViewModel vm = vm();
        assertEquals("", vm.messageProperty().get());
        assertEquals(sample.dir().resolve("北疆市台账（备份）").toString(), vm.folderProperty().get());
        List<BackupsViewModel.Row> rows = vm.rows();
        assertEquals(List.of("取消前", "调整时限前"), rows.stream().map(BackupsViewModel.Row::reason).toList(),
                "newest first; a progress note is no structural change and takes no backup");
        assertEquals("2024-01-10 10:15", rows.get(0).time(), "in the office's time");
        assertEquals("之后 1 次调整：取消（王芳，任务已由省级统筹）", rows.get(0).after());
        assertEquals("之后 3 次调整：调整时限（王芳，平台延期）；修改进展（李强）；取消（王芳，任务已由省级统筹）",
                rows.get(1).after());
        assertEquals(rows.get(1).adjustments() + 2, rows.get(0).adjustments());
    }

    @Test
    void backingUpByHandKeepsTheLedgerAsItIsOnceOnly() {
        BackupsViewModel vm = vm();
        vm.backUpNow();
        assertEquals(1, vm.rows().size());
        assertEquals("手动备份", vm.rows().get(0).reason());
        assertEquals("与当前台账相同", vm.rows().get(0).after());
        assertEquals("", vm.messageProperty().get());

        later();
        vm.backUpNow();
        assertEquals(1, vm.rows().size(), "nothing changed since: no second copy");
        assertEquals("台账自上次备份后没有变化，无需再备份。", vm.messageProperty().get());
    }

    @Test
    void aBackupIsRestoredAsANewLedgerAndTheOpenOneStaysAsItIs() throws Exception {
        String before = task("16.").deadline().text();
        later();
        service.edit(task("16.").toBuilder().deadline("2024年6月底前").build(), Note.by("王芳", "平台延期", "北改办发〔2023〕15号"));
        BackupsViewModel vm = vm();
        BackupsViewModel.Row row = vm.rows().get(0);
        String name = vm.restoredName(row);
        assertEquals("北疆市台账（恢复自2024-01-10 10.05）.taizhang", name);

        Path target = dir.resolve(name);
        List<Path> restored = new ArrayList<>();
        vm.restore(row, target, restored::add);
        assertEquals(List.of(target), restored);
        try (OpenLedger copy = OpenLedger.open(target, clock)) {
            assertEquals(before, copy.service().tasks().stream().filter(t -> t.number().text().equals("16."))
                    .findFirst().orElseThrow().deadline().text());
            assertTrue(copy.service().verify().ok());
        }
        assertEquals("2024年6月底前", task("16.").deadline().text());

        vm.restore(row, target, restored::add);
        assertEquals(1, restored.size(), "an existing file is never overwritten");
        assertTrue(vm.messageProperty().get().contains("已存在"), vm.messageProperty().get());
        assertTrue(Files.exists(target));
    }

    @Test
    void aLedgerOpenReadOnlyIsNotBackedUpFromHere() {
        assertTrue(vm().canBackUp());
        ledger.close();
        ledger = OpenLedger.openForReading(sample.file(), clock);
        service = ledger.service();
        assertEquals(false, vm().canBackUp(), "its writer, or nobody, backs it up");
    }
}
