package org.taizhang.ui.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.I18n;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.WindowFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real 督办单 window from fxml/, rendered headless over the sample's notices. */
@ExtendWith(ApplicationExtension.class)
class NoticesWindowTest {
    @RegisterExtension
    static TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    FxBackground background;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage owner) {
        background = new FxBackground();
        NoticesViewModel vm = new NoticesViewModel(sample.service(), background, dialogs,
                Clock.fixed(sample.clock().instant(), ZoneId.of("Asia/Shanghai")), () -> { });
        WindowFactory.beside(owner, I18n.text("notices.title"), "Notices.fxml", new NoticesController(vm));
        vm.load();
    }

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void theNoticesAreListedAndOnlyAnOpenOneCanBeMarkedAnswered(FxRobot robot) throws Exception {
        TableView<NoticeRow> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 22);
        Button answer = robot.lookup("#answerButton").queryButton();
        assertTrue(answer.isDisabled(), "nothing selected");
        robot.clickOn("市文旅广电局");
        assertFalse(answer.isDisabled(), "the overdue one awaits its answer");
        robot.clickOn("改革督〔2023〕22号");
        assertTrue(answer.isDisabled(), "answered already");
        assertEquals("共 22 份督办单，待答复 0 份，逾期未答复 1 份", robot.lookup("#countsLabel").queryLabeled().getText());
    }
}
