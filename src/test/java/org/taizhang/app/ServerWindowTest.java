package org.taizhang.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.PgCluster;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.Views;
import org.taizhang.ui.dialog.FxDialogService;
import org.taizhang.ui.main.MainViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window reaching a ledger on a real PostgreSQL server through 连接服务器台账 (Ctrl+Shift+O). */
@ExtendWith(ApplicationExtension.class)
class ServerWindowTest {
    @TempDir
    Path dir;
    MainViewModel vm;
    FxBackground background;
    MemoryPrefs prefs = new MemoryPrefs();
    PgCluster server = PgCluster.get();
    String name = server.newLedgerName();

    @Start
    void start(Stage stage) {
        OpenLedger.createSample(LedgerAddress.parse(server.address(name)), Clock.systemUTC()).close();
        prefs.setOperator("测试员");
        background = new FxBackground();
        vm = new MainViewModel(background, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"), dir.resolve("示例.taizhang"),
                prefs, new FxDialogService(() -> stage, prefs));
        stage.setScene(Views.scene(TaizhangApp.mainWindow(vm, prefs)));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(vm::shutdown);
        background.close();
        server.drop(name);
    }

    @Test
    void aPastedAddressFillsTheFormAndOpensTheServerLedger(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#password").tryQuery().isPresent());
        javafx.scene.Parent form = robot.lookup("#password").query().getScene().getRoot();
        Button ok = robot.from(form).lookup(".button").match(b -> b instanceof Button btn && btn.isDefaultButton())
                .queryButton();
        assertTrue(ok.isDisabled(), "an empty form cannot be confirmed");
        TextField address = robot.lookup("#address").queryAs(TextField.class);
        robot.interact(() -> address.setText(server.address(name)));
        assertEquals("127.0.0.1", robot.lookup("#host").queryAs(TextField.class).getText());
        assertEquals(name, robot.lookup("#ledger").queryAs(TextField.class).getText());
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.ledgerOpenProperty().get() && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.windowTitleProperty().get().contains(name), vm.windowTitleProperty().get());
        assertTrue(vm.table().size() > 50, "the sample's tasks are shown: " + vm.table().size());
        assertEquals(LedgerAddress.parse(server.address(name)).display(), prefs.recent().get(0));
    }
}
