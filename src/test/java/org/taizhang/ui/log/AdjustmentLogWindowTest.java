package org.taizhang.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.sample.SampleLedger;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.WindowFactory;
import org.taizhang.ui.Css;
import org.taizhang.ui.log.AdjustmentLogViewModel.ChangeRow;
import org.taizhang.ui.log.AdjustmentLogViewModel.Row;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real adjustment log window from fxml/, rendered headless over the sample ledger. */
@ExtendWith(ApplicationExtension.class)
class AdjustmentLogWindowTest {
    @RegisterExtension
    static TestLedger sample = TestLedger.sample().at("2024-01-01T00:00:00Z");
    static OpenLedger ledger;
    FxBackground background;

    @BeforeAll
    static void build() {
        ledger = sample.ledger();
    }

    @Start
    void start(Stage owner) {
        background = new FxBackground();
        AdjustmentLogViewModel vm = new AdjustmentLogViewModel(ledger.service(), background, SampleLedger.ZONE);
        WindowFactory.beside(owner, I18n.text("log.title"), "AdjustmentLog.fxml", new AdjustmentLogController(vm));
        vm.load();
    }

    @Test
    void filtersByTypeThroughTheControlsAndShowsWhatTheAdjustmentChanged(FxRobot robot) throws Exception {
        TableView<Row> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 369);
        assertEquals("共 369 条调整（筛选后 369 条）", robot.lookup("#countLabel").queryLabeled().getText());

        ComboBox<String> type = robot.lookup("#typeBox").queryComboBox();
        robot.interact(() -> type.getSelectionModel().select("调整时限"));
        List<Long> deadlines = ledger.service().log().stream().filter(a -> a.type() == AdjustmentType.DEADLINE)
                .map(Adjustment::id).sorted((a, b) -> Long.compare(b, a)).toList();
        assertEquals(deadlines, table.getItems().stream().map(r -> r.adjustment().id()).toList());
        assertEquals("共 369 条调整（筛选后 4 条）", robot.lookup("#countLabel").queryLabeled().getText());

        robot.clickOn("2023-06-16 10:00"); // the oldest postponement, selected with the mouse
        TableView<ChangeRow> changes = robot.lookup("#changeTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> changes.getItems().size() == 1);
        ChangeRow shown = changes.getItems().get(0);
        assertEquals(List.of("58. 推进文化和旅游深度融合体制机制创新", "完成时限", "上半年", "下半年"),
                List.of(shown.task(), shown.field(), shown.before(), shown.after()));
        WaitForAsyncUtils.waitForFxEvents();
        // the cells draw the marks: 上 struck through in the 调整前 column, 下 underlined in 调整后
        Text removed = robot.from(changes).lookup((Text t) -> t.getStyleClass().contains(Css.DIFF_REMOVED)).query();
        Text added = robot.from(changes).lookup((Text t) -> t.getStyleClass().contains(Css.DIFF_ADDED)).query();
        assertEquals("上", removed.getText());
        assertEquals("下", added.getText());
        assertTrue(removed.isStrikethrough(), "removed is struck through, not said by colour alone");
        assertTrue(added.isUnderline(), "added is underlined");
        assertTrue(robot.from(changes).lookup((Text t) -> t.getText().equals("半年")
                && t.getStyleClass().contains(Css.DIFF_SAME)).queryAll().size() == 2, "what stayed is not marked");
        assertTrue(robot.lookup((Text t) -> t.getText().equals("58. 推进文化和旅游深度融合体制机制创新")).tryQuery()
                .isPresent(), "the task is drawn in the changes table");

        robot.clickOn("#sourceField").write("xlsx");
        assertEquals(0, table.getItems().size(), "the sample's adjustments were all made by hand");
        robot.clickOn("#clearButton");
        assertEquals(369, table.getItems().size());
        assertEquals("全部类型", type.getValue());
        assertEquals("", robot.lookup("#sourceField").queryAs(TextField.class).getText());
        robot.interact(background::close);
    }
}
