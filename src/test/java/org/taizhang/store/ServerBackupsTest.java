package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.testing.PgCluster;

/** A server ledger's backups: ledger files on this PC, taken, listed, skipped when nothing changed, opened. */
class ServerBackupsTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2024-01-10T02:00:00Z");
    PgCluster server;
    String name;
    OpenLedger ledger;
    LedgerService service;

    @BeforeEach
    void sampleOnTheServer() {
        server = PgCluster.get();
        name = server.newLedgerName();
        ledger = OpenLedger.createSample(LedgerAddress.parse(server.address(name)), clock);
        service = ledger.service();
        service.saveSetting(Backups.FOLDER_SETTING, dir.resolve("服务器台账备份").toString());
    }

    @AfterEach
    void drop() {
        ledger.close();
        server.drop(name);
    }

    private Task task(String number) {
        return service.tasks().stream().filter(t -> t.number().text().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void aBackupIsALedgerFileWithTheWholeHistoryOpenedAsAFile() {
        service.backup("手动");
        List<Backups.Backup> list = ledger.backups().list();
        assertEquals(1, list.size());
        Backups.Backup b = list.get(0);
        assertEquals(dir.resolve("服务器台账备份"), b.file().getParent());
        assertTrue(b.file().getFileName().toString().startsWith(name + " "), b.file().toString());
        assertEquals("手动", b.reason());
        assertEquals(service.head(), new org.taizhang.core.ledger.LedgerStore.ChainHead(b.adjustments(), b.head()));

        try (OpenLedger copy = OpenLedger.open(b.file(), clock)) {
            assertTrue(copy.service().verify().ok(), "the whole history, intact");
            assertEquals(service.head(), copy.service().head());
            assertEquals(service.info(), copy.service().info());
            assertEquals(service.tasks().size(), copy.service().tasks().size());
        }
        Path restored = dir.resolve("恢复的台账.taizhang");
        Backups.restore(b, restored);
        try (OpenLedger copy = OpenLedger.open(restored, clock)) {
            assertEquals(service.head(), copy.service().head());
        }
    }

    @Test
    void anUnchangedLedgerIsNotCopiedAgainAndAStructuralChangeKeepsTheStateBeforeIt() {
        service.backup("手动");
        clock.advance(Duration.ofMinutes(1));
        service.backup("关闭时");
        assertEquals(1, ledger.backups().list().size(), "the head has not moved: no second copy");

        long before = service.head().count();
        clock.advance(Duration.ofMinutes(1));
        service.edit(task("16.").toBuilder().deadline("2024年6月底前").build(), Note.by("王芳", "平台延期", "北改办发〔2023〕15号"));
        // the edit's backup found the newest copy holding the state before it: still one, then one after
        assertEquals(1, ledger.backups().list().size());
        clock.advance(Duration.ofMinutes(1));
        service.backup("关闭时");
        List<Backups.Backup> list = ledger.backups().list();
        assertEquals(2, list.size());
        assertEquals(before + 1, list.get(0).adjustments(), "newest first");
        assertEquals(before, list.get(1).adjustments());
    }

    @Test
    void theNewestAreKeptAndOnlyTheLedgersOwnAreListed() throws Exception {
        service.saveSetting(Backups.KEEP_SETTING, "2");
        for (String deadline : List.of("2024年3月底前", "2024年4月底前", "2024年5月底前")) {
            clock.advance(Duration.ofMinutes(1));
            service.edit(task("16.").toBuilder().deadline(deadline).build(), Note.by("王芳", "平台延期", "会议"));
        }
        List<Backups.Backup> list = ledger.backups().list();
        assertEquals(2, list.size(), "the newest two stay");
        assertTrue(list.get(0).time().isAfter(list.get(1).time()));
        Files.writeString(ledger.backups().folder().resolve("other 2024-01-10 10.00.00 手动.taizhang"), "另一个台账的");
        assertEquals(2, ledger.backups().list().size());
    }

    @Test
    void withoutAChosenFolderTheyGoToAFolderOfTheLedgerInTheUsersHome() {
        service.saveSetting(Backups.FOLDER_SETTING, "");
        PgLedgerStore store = (PgLedgerStore) ledger.store();
        Path expected = Path.of(System.getProperty(PgLedgerStore.BACKUP_ROOT_PROPERTY),
                PgLedgerStore.backupFolderName("127.0.0.1", portOf(server.url()), PgCluster.DATABASE, name));
        assertEquals(expected, store.defaultBackupFolder());
        assertEquals(expected, ledger.backups().folder());
        service.backup("手动");
        assertEquals(1, ledger.backups().list().size());
        assertTrue(Files.isDirectory(expected));

        String root = System.clearProperty(PgLedgerStore.BACKUP_ROOT_PROPERTY);
        try {
            assertEquals(Path.of(System.getProperty("user.home"), ".taizhang", "server-backups"), PgLedgerStore.backupRoot(),
                    "on a clerk's PC: under the user's home");
        } finally {
            System.setProperty(PgLedgerStore.BACKUP_ROOT_PROPERTY, root);
        }
        assertEquals("10.1.2.3_gaigeban_bj2023", PgLedgerStore.backupFolderName("10.1.2.3", 5432, "gaigeban", "bj2023"));
        assertEquals("fe80_1_6543_改革办_bj2023", PgLedgerStore.backupFolderName("fe80::1", 6543, "改革办", "bj2023"));
    }

    @Test
    void aViewerTakesNoBackup() {
        try (OpenLedger viewer = OpenLedger.openForReading(LedgerAddress.parse(server.address(name)), clock)) {
            viewer.service().backup("关闭时");
            assertFalse(Files.exists(viewer.backups().folder()));
        }
    }

    private static int portOf(String url) {
        return java.net.URI.create(url.substring("jdbc:".length())).getPort();
    }
}
