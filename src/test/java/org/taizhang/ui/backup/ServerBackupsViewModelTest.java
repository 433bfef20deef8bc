package org.taizhang.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.store.Backups;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.PgCluster;
import org.taizhang.ui.ImmediateBackground;

/** 恢复备份 on a server ledger: its backups are ledger files on this PC, listed and restored as a file's are. */
class ServerBackupsViewModelTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2024-01-10T02:00:00Z");
    PgCluster server;
    String name;
    OpenLedger ledger;

    @BeforeEach
    void sampleOnTheServer() {
        server = PgCluster.get();
        name = server.newLedgerName();
        ledger = OpenLedger.createSample(LedgerAddress.parse(server.address(name)), clock);
        ledger.service().saveSetting(Backups.FOLDER_SETTING, dir.resolve("备份").toString());
    }

    @AfterEach
    void drop() {
        ledger.close();
        server.drop(name);
    }

    @Test
    void aServerLedgersBackupsAreListedAndOneIsRestoredAsAFile() {
        BackupsViewModel vm = new BackupsViewModel(ledger.service(), ledger::backups, new ImmediateBackground(),
                BackupsViewModelTest.ZONE);
        vm.load();
        vm.backUpNow();
        assertEquals(dir.resolve("备份").toString(), vm.folderProperty().get());
        assertEquals(1, vm.rows().size());
        assertEquals("与当前台账相同", vm.rows().get(0).after());

        clock.advance(Duration.ofMinutes(5));
        Task t = ledger.service().tasks().stream().filter(x -> x.number().text().equals("16.")).findFirst().orElseThrow();
        ledger.service().edit(t.toBuilder().progress("服务器上改的进展").build(), Note.by("李强"));
        vm.load();
        BackupsViewModel.Row row = vm.rows().get(0);
        assertEquals("之后 1 次调整：修改进展（李强）", row.after());

        String fileName = vm.restoredName(row);
        assertEquals(name + "（恢复自2024-01-10 10.00）.taizhang", fileName, "named after the server ledger");
        Path target = dir.resolve(fileName);
        List<Path> restored = new ArrayList<>();
        vm.restore(row, target, restored::add);
        assertEquals(List.of(target), restored);
        try (OpenLedger copy = OpenLedger.open(target, clock)) {
            assertTrue(copy.service().verify().ok());
            assertEquals(row.adjustments(), copy.service().head().count());
            assertEquals(ledger.service().info().uuid(), copy.service().info().uuid());
        }
    }
}
