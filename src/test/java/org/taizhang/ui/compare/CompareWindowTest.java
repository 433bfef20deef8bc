package org.taizhang.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.I18n;
import org.taizhang.core.sample.SampleLedger;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.Css;
import org.taizhang.ui.WindowFactory;
import org.taizhang.ui.compare.CompareController.Line;
import org.taizhang.ui.export.Exporter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real comparison window from fxml/, rendered headless over the sample ledger. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {
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
        CompareViewModel vm = new CompareViewModel(ledger.service(), background, SampleLedger.ZONE,
                LocalDate.of(2023, 3, 20), LocalDate.of(2023, 12, 31));
        WindowFactory.beside(owner, I18n.text("compare.title"), "CompareDates.fxml", new CompareController(vm,
                new Exporter(ledger.service(), background, SampleLedger.ZONE, new ScriptedDialogs())));
        vm.compare();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void comparesTheChosenDatesAndRefusesABackwardsRange(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#summaryLabel").startsWith("2023-03-20 至 2023-12-31"));
        DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#toPicker").queryAs(DatePicker.class);
        robot.interact(() -> {
            from.setValue(LocalDate.of(2023, 6, 1));
            to.setValue(LocalDate.of(2023, 7, 1));
        });
        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#summaryLabel").startsWith("2023-06-01"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2023-06-01 至 2023-07-01：新增 2 项，取消 3 项，合并 2 项，恢复 0 项，变更 1 项；期间调整 7 次",
                text(robot, "#summaryLabel"));

        ListView<Line> list = robot.lookup("#list").queryListView();
        List<String> groups = list.getItems().stream().filter(l -> l.style().equals("compare-group"))
                .map(Line::text).toList();
        assertEquals(List.of("新增 2 项", "取消 3 项", "合并 2 项", "变更 1 项"), groups);
        List<String> lines = list.getItems().stream().map(Line::text).toList();
        int task = lines.indexOf("58. 推进文化和旅游深度融合体制机制创新");
        assertTrue(task > 0, lines.toString());
        assertEquals("完成时限：上半年 → 下半年", lines.get(task + 1));
        robot.interact(() -> list.scrollTo(task));
        WaitForAsyncUtils.waitForFxEvents();
        // the line is drawn with its marks: 上 struck through before the arrow, 下 underlined after it
        Text removed = robot.from(list).lookup((Text t) -> t.getText().equals("上")
                && t.getStyleClass().contains(Css.DIFF_REMOVED)).query();
        Text added = robot.from(list).lookup((Text t) -> t.getText().equals("下")
                && t.getStyleClass().contains(Css.DIFF_ADDED)).query();
        assertTrue(removed.isStrikethrough() && added.isUnderline(), "marked by more than colour");
        assertTrue(removed.getParent().getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof Text t && t.getText().equals(" → ") && t.getStyleClass().contains(Css.DIFF_SAME)),
                "the words between the values are not marked");
        assertTrue(robot.lookup(".compare-group").tryQuery().isPresent(), "the groups are drawn");

        robot.interact(() -> from.setValue(LocalDate.of(2023, 7, 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("起始日期 2023-07-02 晚于截止日期 2023-07-01，请重新选择", text(robot, "#datesError"),
                "said under the dates at once");
        javafx.scene.Node under = robot.lookup("#datesError").query();
        assertTrue(under.isVisible());
        assertTrue(under.localToScene(under.getBoundsInLocal()).getMinY()
                >= from.localToScene(from.getBoundsInLocal()).getMaxY() - 2, "under the pickers");
        assertTrue(from.getPseudoClassStates().contains(org.taizhang.ui.ErrorUnder.INVALID));
        assertTrue(robot.lookup("#compareButton").queryButton().isDisabled(), "比较 waits for dates that make sense");
        assertTrue(robot.lookup("#messageLabel").query().isVisible() == false, "not said a second time");
        robot.interact(() -> from.setValue(LocalDate.of(2023, 6, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!under.isVisible() && !from.getPseudoClassStates().contains(org.taizhang.ui.ErrorUnder.INVALID));
        robot.interact(background::close);
    }
}
