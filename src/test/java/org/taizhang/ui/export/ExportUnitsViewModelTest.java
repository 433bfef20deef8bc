package org.taizhang.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;

/** The 填报 export dialog's logic, without a toolkit. */
class ExportUnitsViewModelTest {
    @TempDir
    Path dir;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    ImmediateBackground background = new ImmediateBackground();
    ExportUnitsViewModel vm;

    @BeforeEach
    void open() {
        ledger = sample.ledger();
        vm = new ExportUnitsViewModel(ledger.service(), background, LocalDate.of(2024, 1, 10));
        vm.load();
    }

    private long files(Path folder) throws Exception {
        try (var list = Files.list(folder)) {
            return list.count();
        }
    }

    @Test
    void offersEveryLeadUnitWithItsTasksAndAQuarterlyPeriod() {
        assertTrue(vm.units().size() >= 30);
        assertTrue(vm.units().stream().allMatch(u -> u.chosenProperty().get()), "all chosen at first");
        assertEquals("2024年第一季度", vm.periodProperty().get());
        assertFalse(vm.readyProperty().get(), "no folder yet");
        assertTrue(vm.units().get(0).toString().matches(".+（\\d+ 项）"), vm.units().get(0).toString());
    }

    @Test
    void writesOneWorkbookPerChosenUnit() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        vm.chooseAll(false);
        vm.units().stream().filter(u -> u.unit().equals("市医保局") || u.unit().equals("市民政局"))
                .forEach(u -> u.chosenProperty().set(true));
        vm.folderProperty().set(out);
        vm.periodProperty().set("2023年第四季度");
        assertTrue(vm.readyProperty().get());
        vm.export();
        assertEquals(2, files(out));
        assertTrue(Files.exists(out.resolve("市医保局-2023年第四季度.xlsx")));
        assertTrue(vm.resultProperty().get().contains("2 个"), vm.resultProperty().get());

        vm.export();
        assertTrue(vm.resultProperty().get().contains("已存在"), "no replacing unasked: " + vm.resultProperty().get());
        vm.replaceProperty().set(true);
        vm.export();
        assertTrue(vm.resultProperty().get().contains("2 个"));
    }

    @Test
    void nothingChosenOrCancelledWritesNothing() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        vm.folderProperty().set(out);
        vm.chooseAll(false);
        vm.export();
        assertTrue(vm.resultProperty().get().contains("至少选择"));
        vm.chooseAll(true);
        background.cancelNext = true;
        vm.export();
        assertTrue(vm.resultProperty().get().contains("已取消"));
        assertEquals(0, files(out));
    }
}
