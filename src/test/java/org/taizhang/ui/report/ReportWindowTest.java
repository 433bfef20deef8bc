package org.taizhang.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.print.Printer;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.I18n;
import org.taizhang.core.sample.SampleLedger;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.WindowFactory;
import org.taizhang.ui.dialog.FxDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real 报表 window and its print preview from fxml/, rendered headless over the sample ledger. */
@ExtendWith(ApplicationExtension.class)
class ReportWindowTest {
    @RegisterExtension
    static TestLedger sample = TestLedger.sample().at("2024-01-10T00:00:00Z");
    static OpenLedger ledger;
    FxBackground background;
    ReportViewModel vm;
    final List<TaskFilter> shown = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void build() {
        ledger = sample.ledger();
    }

    @Start
    void start(Stage owner) {
        background = new FxBackground();
        vm = new ReportViewModel(ledger.service(), 2023, background, SampleLedger.ZONE, LocalDate.of(2024, 1, 10),
                new MemoryPrefs(), TaskFilter.NONE, (f, d) -> shown.add(f));
        vm.asOfProperty().set(LocalDate.of(2023, 12, 31));
        vm.fromProperty().set(LocalDate.of(2023, 10, 1));
        vm.toProperty().set(LocalDate.of(2023, 12, 31));
        java.util.concurrent.atomic.AtomicReference<Stage> self = new java.util.concurrent.atomic.AtomicReference<>();
        self.set(WindowFactory.beside(owner, I18n.text("dashboard.title"), "Report.fxml",
                new ReportController(vm, new FxDialogService(self::get, new MemoryPrefs()))));
        vm.refresh();
    }

    private static void idle(FxRobot robot, ReportViewModel vm) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFiguresChartsAndListsAreDrawnAndClickThrough(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.summaryProperty().get() != null);
        idle(robot, vm);
        assertEquals("北疆市2023年全面深化改革任务推进情况", robot.lookup("#titleLabel").queryAs(Label.class).getText());
        PieChart pie = robot.lookup("#statusPie").queryAs(PieChart.class);
        assertEquals(List.of("已完成 37", "推进中 28", "滞后 7", "未启动 1", "长期坚持 6"),
                pie.getData().stream().map(PieChart.Data::getName).toList());
        assertTrue(pie.getData().get(2).getNode().getStyleClass().contains("chart-status-behind"),
                "coloured as the ledger colours 滞后");
        StackedBarChart<?, ?> domains = robot.lookup("#domainChart").queryAs(StackedBarChart.class);
        assertEquals(4, domains.getData().size(), "done, in progress, behind, other");
        assertEquals(8, domains.getData().get(0).getData().size(), "a bar per 领域");
        assertEquals(30, robot.lookup("#ranking").queryAs(TableView.class).getItems().size());
        assertEquals(7, robot.lookup("#lists").queryAs(TabPane.class).getTabs().size());

        robot.clickOn(pie.getData().get(2).getNode());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shown.isEmpty());
        assertEquals(Set.of(Status.BEHIND), shown.get(0).statuses());
        robot.interact(background::close);
    }

    @Test
    void thePreviewShowsEveryPageAndWithoutAPrinterOffersThePdf(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.summaryProperty().get() != null);
        idle(robot, vm);
        robot.clickOn("#previewButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pageList").tryQuery().isPresent());
        idle(robot, vm);
        javafx.scene.control.ListView<?> pages = robot.lookup("#pageList").queryAs(javafx.scene.control.ListView.class);
        assertEquals(6, pages.getItems().size(), "the sample's year-end report is six A4 pages");
        assertTrue(robot.lookup("#pageCount").queryAs(Label.class).getText().contains("6"));
        List<String> texts = robot.from(pages).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text)
                .queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText).toList();
        assertTrue(texts.contains("北疆市2023年全面深化改革任务推进情况"), "the first page is drawn");
        assertTrue(texts.contains("第 1 页 共 6 页"), "with its footer");

        Assumptions.assumeTrue(Printer.getDefaultPrinter() == null, "this machine has a printer");
        assertTrue(robot.lookup("#printerLabel").queryAs(Label.class).getText().contains("没有可用的打印机"));
        robot.clickOn("#printButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot().lookup(".dialog-pane") != null));
        javafx.scene.control.DialogPane dialog = Window.getWindows().stream()
                .map(w -> w.getScene().getRoot().lookup(".dialog-pane")).filter(java.util.Objects::nonNull)
                .map(javafx.scene.control.DialogPane.class::cast).findFirst().orElseThrow();
        assertTrue(dialog.getContentText().contains("存为 PDF"), dialog.getContentText());
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        robot.interact(background::close);
    }
}
