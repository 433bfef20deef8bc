package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.store.OpenLedger;
import org.taizhang.ui.ImmediateBackground;

/** The main window's logic, without a toolkit. */
class MainViewModelTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");
    MainViewModel vm;
    List<String> messages = new ArrayList<>();

    @BeforeEach
    void create() {
        vm = new MainViewModel(new ImmediateBackground(), clock, dir.resolve("sample").resolve("示例.taizhang"));
        vm.setOnMessage(messages::add);
    }

    @AfterEach
    void shutdown() {
        vm.shutdown();
    }

    @Test
    void theSampleIsMadeOnFirstUseAndShownInOutlineOrder() {
        assertFalse(vm.ledgerOpenProperty().get());
        vm.openSample();
        assertTrue(vm.ledgerOpenProperty().get(), messages.toString());
        assertTrue(vm.rows().size() >= 60);
        assertEquals("1.", vm.rows().get(0).task().number().text());
        assertEquals(1, vm.rows().get(1).depth(), "a measure sits under its task");
        assertTrue(vm.windowTitleProperty().get().startsWith("北疆市2023年全面深化改革任务台账"));
        assertTrue(vm.statusTextProperty().get().startsWith("共 " + vm.rows().size() + " 项任务"),
                vm.statusTextProperty().get());
        assertTrue(vm.statusTextProperty().get().contains("已完成"));
        vm.openSample();
        assertEquals(List.of(), messages, "reopening the sample reuses it");
    }

    @Test
    void aLedgerHeldByAnotherProgramOpensReadOnlyAndSaysWhy() {
        Path file = dir.resolve("held.taizhang");
        try (OpenLedger other = OpenLedger.create(file, "别人的台账", 2024, clock)) {
            vm.open(file);
            assertTrue(vm.ledgerOpenProperty().get());
            assertTrue(vm.windowTitleProperty().get().contains("只读"), vm.windowTitleProperty().get());
            assertEquals(1, messages.size());
            assertTrue(messages.get(0).contains("另一个台账程序"), messages.get(0));
        }
    }

    @Test
    void aFileThatIsNotALedgerGivesAMessageAndChangesNothing() throws Exception {
        vm.openSample();
        int shown = vm.rows().size();
        Path bad = Files.writeString(dir.resolve("bad.taizhang"), "not a ledger");
        vm.open(bad);
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).contains("不是台账文件"), messages.get(0));
        assertEquals(shown, vm.rows().size(), "the ledger on screen stays");
        vm.open(dir.resolve("sample").resolve("示例.taizhang"));
        assertEquals(1, messages.size(), "and stays open: reopening it is not refused by our own lock");
        assertFalse(vm.windowTitleProperty().get().contains("只读"));
    }

    @Test
    void newAndClose() {
        Path file = dir.resolve("2025.taizhang");
        vm.create(file, "北疆市2025年全面深化改革任务台账", 2025);
        assertTrue(vm.ledgerOpenProperty().get());
        assertEquals(0, vm.rows().size());
        assertTrue(Files.exists(file));
        vm.close();
        assertFalse(vm.ledgerOpenProperty().get());
        assertEquals("改革任务台账", vm.windowTitleProperty().get());
    }
}
