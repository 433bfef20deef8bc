package org.taizhang.ui.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.taizhang.core.I18n;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.dialog.FxDialogService;
import org.taizhang.ui.WindowFactory;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.store.OpenLedger;
import org.taizhang.ui.FxBackground;

/** The real reference-data window from fxml/, rendered headless over the sample ledger. */
@ExtendWith(ApplicationExtension.class)
class ReferenceDataWindowTest {
    static final AtomicInteger LEDGERS = new AtomicInteger();
    @TempDir
    static Path dir;
    OpenLedger ledger;
    FxBackground background;
    final List<String> asked = new CopyOnWriteArrayList<>();
    final AtomicInteger changed = new AtomicInteger();

    @Start
    void start(Stage owner) {
        ledger = OpenLedger.createSample(dir.resolve("sample-" + LEDGERS.incrementAndGet() + ".taizhang"), SettableClock.at("2026-11-27T08:00:00Z"));
        background = new FxBackground();
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
        ReferenceDataViewModel vm = new ReferenceDataViewModel(ledger.service(), background, (type, lines) -> {
            asked.add(type.name());
            asked.addAll(lines);
            return Optional.of(Note.by("赵静", "机构改革", "北编发〔2023〕3号"));
        }, changed::incrementAndGet);
        java.util.concurrent.atomic.AtomicReference<Stage> self = new java.util.concurrent.atomic.AtomicReference<>();
        self.set(WindowFactory.modal(owner, I18n.text("reference.title"), "ReferenceData.fxml",
                new ReferenceDataController(vm, new FxDialogService(self::get, new MemoryPrefs()))));
        vm.load();
    }

    @AfterEach
    void close() {
        background.close();
        ledger.close();
    }

    @Test
    void filtersTheUnitsAndRenamesOneThroughTheDialog(FxRobot robot) throws Exception {
        Stage window = (Stage) robot.window("单位与领域");
        assertTrue(org.taizhang.ui.Modal.isBlocked(window.getOwner()), "the window that opened it waits");
        TableView<UnitRow> table = robot.lookup("#unitTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertEquals(ledger.service().units().size(), table.getItems().size());
        assertTrue(robot.lookup("#renameUnitButton").queryAs(Button.class).isDisabled(), "nothing selected yet");

        robot.clickOn("#unitFilter").write("医保");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("市医保局"), names(table));
        long involved = table.getItems().get(0).taskCount();
        assertTrue(involved > 0);

        robot.clickOn("市医保局");
        robot.clickOn("#renameUnitButton");
        TextField newName = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        assertEquals("市医保局", newName.getSelectedText(), "the old name is selected, to be typed over");
        robot.targetWindow(newName.getScene().getWindow()).write("市医疗保障局");
        assertEquals("市医疗保障局", newName.getText());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> changed.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("RENAME_UNIT", "市医保局 → 市医疗保障局", "涉及 " + involved + " 项任务"), asked);
        List<Adjustment> log = ledger.service().log();
        Adjustment last = log.get(log.size() - 1);
        assertEquals(AdjustmentType.RENAME_UNIT, last.type());
        assertEquals("机构改革", last.reason());
        assertEquals(involved, last.changes().size());
        assertTrue(ledger.service().tasks().stream().noneMatch(t -> t.leadUnits().contains("市医保局")
                || t.partnerUnits().contains("市医保局")));
        assertTrue(names(table).isEmpty(), "the filter still applies: 医保 no longer matches");
        assertTrue(robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("市医疗保障局"));

        robot.clickOn("#unitFilter").eraseText(2).write("医疗保障");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("市医疗保障局"), names(table));
        assertEquals(involved, table.getItems().get(0).taskCount());
        assertFalse(robot.lookup("#renameUnitButton").queryAs(Button.class).isDisabled(), "it stays selected");
    }

    @Test
    void aLevelIsEditedInPlaceAndSavedWithoutAReason(FxRobot robot) throws Exception {
        TableView<UnitRow> table = robot.lookup("#unitTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        int logSize = ledger.service().log().size();
        robot.clickOn("#unitFilter").write("海关");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("北疆海关"), names(table));

        robot.doubleClickOn("其他");
        TextField level = robot.lookup("#unitTable .combo-box .text-field").queryAs(TextField.class);
        robot.clickOn(level).push(KeyCode.END).eraseText(2).write("中直驻市单位").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> changed.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(ledger.service().units().stream()
                .anyMatch(u -> u.name().equals("北疆海关") && u.level().equals("中直驻市单位")));
        assertEquals("中直驻市单位", table.getItems().get(0).unit().level());
        assertEquals(logSize, ledger.service().log().size(), "routine: no adjustment");
        assertTrue(asked.isEmpty(), "no reason asked");
    }

    private static List<String> names(TableView<UnitRow> table) {
        return new ArrayList<>(table.getItems().stream().map(UnitRow::name).toList());
    }
}
