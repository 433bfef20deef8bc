package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.exchange.export.LockProbe;
import org.taizhang.store.OpenLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.command.StandardAction;

/**
 * The window does not silently trust a ledger: one that does not match its hash chain opens
 * read-only under a banner saying from which record on, whether or not another program has it.
 */
class SuspectLedgerViewModelTest {
    static final String SUSPECT = "台账记录自第 200 条起与校验链不符，可能被程序以外的方式改动过。"
            + "为免在改动之上继续记录，台账以只读方式打开；请核实，必要时从备份恢复（文件 → 恢复备份）";

    static final String CHECKING = "校验中：保存将在核对后进行";
    @TempDir
    Path dir;
    Path file;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");
    ScriptedDialogs dialogs = new ScriptedDialogs();
    ImmediateBackground background = new ImmediateBackground();
    MainViewModel vm;

    @BeforeEach
    void create() {
        file = dir.resolve("x.taizhang");
        OpenLedger.createSample(file, clock).close();
        vm = new MainViewModel(background, clock, ZoneId.of("Asia/Shanghai"), dir.resolve("sample.taizhang"),
                new MemoryPrefs(), dialogs);
    }

    @AfterEach
    void shutdown() {
        vm.shutdown();
    }

    private void tamper() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET reason = '事后改写的理由' WHERE id = 200");
        }
    }

    @Test
    void aWholeLedgerOpensForWritingWithoutABanner() {
        vm.open(file);
        assertTrue(vm.ledgerOpenProperty().get(), dialogs.told.toString());
        assertEquals("", vm.suspectProperty().get());
        assertTrue(vm.editableProperty().get());
        assertEquals(List.of(), dialogs.told);
    }

    @Test
    void anAlteredLedgerOpensReadOnlyUnderABannerSayingWhereItBreaks() throws Exception {
        tamper();
        vm.open(file);
        assertTrue(vm.ledgerOpenProperty().get(), dialogs.told.toString());
        assertEquals(SUSPECT, vm.suspectProperty().get());
        assertTrue(vm.readOnlyProperty().get());
        assertFalse(vm.editableProperty().get(), "nothing may be built on the alteration");
        assertEquals(List.of(SUSPECT), dialogs.told, "said once, when it opens");
        assertTrue(vm.windowTitleProperty().get().contains("只读"), vm.windowTitleProperty().get());
        assertTrue(vm.table().size() > 60, "it can still be looked at");

        vm.travelTo(LocalDate.of(2023, 6, 30));
        assertEquals(SUSPECT, vm.suspectProperty().get(), "the banner stays while travelling in time");
        vm.close();
        assertEquals("", vm.suspectProperty().get());
    }

    @Test
    void theLedgerIsShownBeforeItIsCheckedAndASaveMadeMeanwhileWaitsForTheCheck() throws Exception {
        background.hold = true;
        vm.open(file);
        assertTrue(background.next(), "opening");
        assertTrue(vm.table().size() > 60, "shown before it is checked");
        assertTrue(vm.checkingProperty().get());
        assertTrue(vm.editableProperty().get(), "the clerk may start a change");
        assertEquals(CHECKING, vm.busyMessageProperty().get());

        saveProgressOfTask16("会后补录的进展");
        assertEquals(CHECKING, vm.busyMessageProperty().get(), "the save waits behind the check, and the clerk sees why");
        assertTrue(background.next(), "the check");
        assertFalse(vm.checkingProperty().get());
        assertEquals("", vm.suspectProperty().get());
        while (background.next()) {
            // the edit: its task read afresh, then saved
        }
        assertTrue(vm.service().tasks().stream().anyMatch(t -> t.progress().contains("会后补录的进展")));
        assertEquals(List.of(), dialogs.told);
    }

    @Test
    void aSaveMadeWhileAnAlteredLedgerIsCheckedIsRefusedAndTheLedgerTurnsReadOnly() throws Exception {
        tamper();
        int records = records();
        background.hold = true;
        vm.open(file);
        assertTrue(background.next(), "opening");
        assertEquals("", vm.suspectProperty().get(), "not known yet");
        saveProgressOfTask16("建在改动之上的进展");
        assertTrue(background.next(), "the check");
        assertEquals(SUSPECT, vm.suspectProperty().get());
        assertTrue(vm.readOnlyProperty().get());
        assertFalse(vm.editableProperty().get());
        assertTrue(vm.windowTitleProperty().get().contains("只读"), vm.windowTitleProperty().get());
        while (background.next()) {
            // the edit
        }
        assertEquals(SUSPECT, dialogs.told.get(0));
        assertTrue(dialogs.told.size() == 2 && dialogs.told.get(1).contains("校验链不符"), dialogs.told.toString());
        vm.close();
        while (background.next()) {
            // closing
        }
        assertEquals(records, records(), "nothing was written on the altered ledger");
    }

    /** Edits task 16's progress through the task form, as the clerk would. */
    private void saveProgressOfTask16(String progress) {
        vm.selectedProperty().set(vm.table().visibleRows().stream()
                .filter(r -> !r.isHeading() && r.task().number().text().equals("16.")).findFirst().orElseThrow());
        dialogs.edits.push(form -> {
            form.progressProperty().set(progress);
            return java.util.Optional.of(form.result());
        });
        assertTrue(vm.command(StandardAction.EDIT_TASK).isExecutable());
        vm.command(StandardAction.EDIT_TASK).execute();
    }

    private int records() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM adjustment")) {
            return rs.getInt(1);
        }
    }

    @Test
    void anAlteredLedgerAnotherProgramHoldsIsCheckedToo() throws Exception {
        tamper();
        Path lock = dir.resolve("x.taizhang.lock");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockProbe.class.getName(), "hold", lock.toString())
                .redirectErrorStream(true).start();
        try {
            assertEquals("holding", new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
            vm.open(file);
            assertTrue(vm.readOnlyProperty().get());
            assertEquals(SUSPECT, vm.suspectProperty().get());
            assertEquals(2, dialogs.told.size(), dialogs.told.toString());
            assertTrue(dialogs.told.get(0).contains("正由另一个台账程序编辑"), dialogs.told.get(0));
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void savingASuspectLedgerUnderAnotherNameKeepsItSuspect() throws Exception {
        tamper();
        vm.open(file);
        Path copy = dir.resolve("副本.taizhang");
        vm.saveAs(copy);
        assertTrue(Files.exists(copy));
        assertTrue(vm.windowTitleProperty().get().contains("副本"), vm.windowTitleProperty().get());
        assertEquals(SUSPECT, vm.suspectProperty().get(), "a copy is no cure");
        assertTrue(vm.readOnlyProperty().get());
        assertFalse(vm.editableProperty().get());
    }
}
