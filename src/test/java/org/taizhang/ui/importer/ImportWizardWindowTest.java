package org.taizhang.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
import org.taizhang.ui.dialog.FxDialogService;
import org.taizhang.ui.WindowFactory;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.TestWorkbook;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.store.OpenLedger;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.MemoryPrefs;

/**
 * The real import wizard from fxml/, rendered headless over the sample ledger: a workbook read
 * and planned, a row unticked in the table, the 导入本工作簿 button pressed.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardWindowTest {
    static final AtomicInteger LEDGERS = new AtomicInteger();
    @TempDir
    static Path dir;
    OpenLedger ledger;
    FxBackground background;
    final AtomicInteger reloaded = new AtomicInteger();

    ImportWizardViewModel wizard;

    @Start
    void start(Stage owner) {
        ledger = OpenLedger.createSample(dir.resolve("sample-" + LEDGERS.incrementAndGet() + ".taizhang"),
                SettableClock.at("2024-01-10T02:00:00Z"));
        background = new FxBackground();
        MemoryPrefs prefs = new MemoryPrefs();
        prefs.setOperator("赵静");
        owner.setScene(new Scene(new StackPane(), 300, 200));
        owner.show();
        wizard = new ImportWizardViewModel(ledger.service(), background, prefs, reloaded::incrementAndGet);
        wizard.setDialogs(new FxDialogService(() -> owner, prefs));
        WindowFactory.modal(owner, I18n.text("importer.title"), "ImportWizard.fxml", new ImportWizardController(wizard));
        wizard.start();
    }

    @AfterEach
    void close() {
        background.close();
        ledger.close();
    }

    private Task task(String number, String titlePart) {
        return ledger.service().tasks().stream()
                .filter(t -> t.number().text().equals(number) && t.title().contains(titlePart)).findFirst().orElseThrow();
    }

    private Path medicalInsuranceReturn() {
        Task drg = task("(1)", "DRG");
        Task parent = task("26.", "医保");
        return TestWorkbook.xlsx().sheet("市医保局")
                .row("填报单位：市医保局")
                .row("序号", "改革任务", "牵头单位", "完成时限", "进展情况", "状态")
                .row("26.", parent.title(), "市医保局", parent.deadline().text(), parent.progress(),
                        parent.status().label())
                .row("(1)", drg.title(), "市医保局", drg.deadline().text(), "DRG付费覆盖全部二级以上医院。", "滞后")
                .row("(4)", "推进医保基金智能监管", "市医保局", "年底前", "智能监管系统上线试运行", "推进中")
                .save(dir.resolve("市医保局-" + LEDGERS.get() + ".xlsx"));
    }

    /** Waits until the window shows what an action leads to. */
    private static void await(Callable<Boolean> shown) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(shown).get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void readsAWorkbookThenImportsItWithoutTheRowUnticked(FxRobot robot) throws Exception {
        Stage window = (Stage) robot.window("导入部门报回的工作簿");
        assertTrue(org.taizhang.ui.Modal.isBlocked(window.getOwner()), "the window that opened it waits");
        ImportWizardViewModel vm = wizard;
        LedgerService service = ledger.service();
        int logSize = service.log().size();
        Button importButton = robot.lookup("#importButton").queryButton();
        assertTrue(importButton.isDisabled(), "nothing read yet");

        Path workbook = medicalInsuranceReturn();
        robot.interact(() -> vm.addFiles(List.of(workbook)));
        TableView<EntryRow> table = robot.lookup("#entryTable").queryTableView();
        await(() -> table.getItems().size() == 3 && !importButton.isDisabled());

        assertEquals("新增 1　变更 1　未变 1　冲突 0　缺报 2　错误 0",
                robot.lookup("#countsLabel").queryAs(Label.class).getText());
        assertEquals("填报单位：市医保局", robot.lookup("#unitLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup(".import-kind-new").tryQuery().isPresent(), "kinds show as coloured labels");
        ListView<Workbook> list = robot.lookup("#workbookList").queryListView();
        assertEquals("2 项改动", list.getItems().get(0).stateTextProperty().get());
        assertTrue(robot.from(list).lookup("2 项改动").tryQuery().isPresent(), "the list shows the state");
        assertEquals(logSize, service.log().size(), "nothing written before the clerk imports");

        EntryRow added = table.getItems().stream().filter(e -> e.kind() == ImportPlan.Kind.NEW).findFirst().orElseThrow();
        Node row = robot.from(table).lookup(".table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() == added).query();
        CheckBox tick = robot.from(row).lookup(".check-box").queryAs(CheckBox.class);
        assertTrue(tick.isSelected());
        robot.clickOn(tick);
        await(() -> !added.includedProperty().get());
        assertEquals("已勾选 1 行，导入时写入台账", robot.lookup("#chosenLabel").queryAs(Label.class).getText());

        robot.clickOn(importButton);
        await(() -> reloaded.get() == 1 && !vm.importingProperty().get());

        assertEquals(logSize + 1, service.log().size());
        Adjustment a = service.log().get(logSize);
        assertEquals(AdjustmentType.IMPORT, a.type());
        assertEquals("赵静", a.operator());
        assertEquals(List.of(task("(1)", "DRG").id()), a.changes().stream().map(c -> c.taskId()).toList());
        assertEquals(Status.BEHIND, task("(1)", "DRG").status());
        assertFalse(service.tasks().stream().anyMatch(t -> t.title().contains("智能监管")), "the unticked row");

        TableView<SummaryRow> summary = robot.lookup("#summaryTable").queryTableView();
        assertEquals(List.of(new SummaryRow(workbook.getFileName().toString(), "市医保局", 5, 0, 1, 0, 0, 2,
                "第 " + a.id() + " 次调整")), summary.getItems());
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertEquals("summaryTab", tabs.getSelectionModel().getSelectedItem().getId(), "the summary is shown");
        assertTrue(robot.from(list).lookup("已导入（第 " + a.id() + " 次调整）").tryQuery().isPresent());
        assertTrue(importButton.isDisabled(), "imported once");
    }
}
