package org.taizhang.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.SystemPrefs;

/** Each kind of file dialog starts where the last one of its kind ended, across a restart; a folder gone gives way. */
class LastFoldersTest {
    @TempDir
    Path dir;
    Path home;
    Path reports;
    Path returns;
    Path exports;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void folders() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        reports = Files.createDirectories(dir.resolve("报表"));
        returns = Files.createDirectories(dir.resolve("各单位报回"));
        exports = Files.createDirectories(dir.resolve("导出"));
        dialogs.home = home;
    }

    @Test
    void eachKindStartsInTheFolderLastUsedForIt() {
        dialogs.files.add(reports.resolve("2023年报表.pdf"));
        assertEquals(Optional.of(reports.resolve("2023年报表.pdf")), dialogs.saveFile("报表.pdf", FolderKind.REPORTS,
                FileType.PDF));
        dialogs.saveFile("通报.docx", FolderKind.REPORTS, FileType.DOCX); // cancelled: remembers nothing
        dialogs.openFile(FolderKind.LEDGERS, FileType.LEDGER);
        dialogs.files.add(returns.resolve("市医保局.xlsx"));
        dialogs.files.add(returns.resolve("市民政局.xlsx"));
        assertEquals(2, dialogs.openFiles(FolderKind.RETURNS, FileType.RETURNS).size());
        dialogs.openFiles(FolderKind.RETURNS, FileType.RETURNS);
        dialogs.files.add(exports);
        dialogs.chooseFolder("填报", FolderKind.EXPORTS);
        dialogs.chooseFolder("填报", FolderKind.EXPORTS);
        dialogs.saveFile("台账.xlsx", FolderKind.REPORTS, FileType.XLSX);
        assertEquals(List.of(home, reports, home, home, returns, home, exports, reports), dialogs.startedIn,
                "first in the documents folder, then each kind where its last file was; kinds apart");
    }

    @Test
    void theFoldersSurviveARestart() throws Exception {
        String node = "org/taizhang-test/" + UUID.randomUUID();
        try {
            dialogs.prefs = new SystemPrefs(Preferences.userRoot().node(node));
            dialogs.files.add(returns.resolve("市医保局.xlsx"));
            dialogs.openFiles(FolderKind.RETURNS, FileType.RETURNS);

            ScriptedDialogs restarted = new ScriptedDialogs();
            restarted.home = home;
            restarted.prefs = new SystemPrefs(Preferences.userRoot().node(node));
            restarted.openFiles(FolderKind.RETURNS, FileType.RETURNS);
            restarted.openFile(FolderKind.LEDGERS, FileType.LEDGER);
            assertEquals(List.of(returns, home), restarted.startedIn);
        } finally {
            Preferences.userRoot().node(node).removeNode();
        }
    }

    @Test
    void aFolderThatIsGoneGivesWayToTheDocumentsFolder() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("U盘"));
        dialogs.files.add(stick);
        dialogs.chooseFolder("督办单", FolderKind.REPORTS);
        Files.delete(stick);
        dialogs.chooseFolder("督办单", FolderKind.REPORTS);
        assertEquals(List.of(home, home), dialogs.startedIn);
        assertEquals(Optional.empty(), dialogs.folders().remembered(FolderKind.REPORTS));
    }
}
