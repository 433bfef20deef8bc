package org.taizhang.ui.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The real 调整申请 window from fxml/, rendered headless over the sample's requests. */
@ExtendWith(ApplicationExtension.class)
class RequestsWindowTest {
    @RegisterExtension
    static TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    FxBackground background;
    ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage owner) {
        background = new FxBackground();
        RequestsViewModel vm = new RequestsViewModel(sample.service(), background, dialogs, sample.clock(),
                ZoneId.of("Asia/Shanghai"), () -> { });
        WindowFactory.beside(owner, I18n.text("requests.title"), "Requests.fxml", new RequestsController(vm));
        vm.load();
    }

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void theOpenRequestIsShownAndTheOfficeGivesItsOpinion(FxRobot robot) throws Exception {
        TableView<RequestRow> table = robot.lookup("#table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        Button agree = robot.lookup("#agreeButton").queryButton();
        assertTrue(agree.isDisabled(), "nothing selected");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("东风旗").tryQuery().isPresent()); // drawn
        robot.clickOn("东风旗");
        assertFalse(agree.isDisabled());
        assertTrue(robot.lookup("#decideButton").queryButton().isDisabled(), "no decision before an opinion");

        dialogs.texts.add("拟同意");
        robot.clickOn(agree);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().get(0).state().equals("已提出意见"));
        assertEquals("拟同意：拟同意", table.getItems().get(0).opinion());
    }
}
