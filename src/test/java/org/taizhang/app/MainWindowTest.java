package org.taizhang.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.Views;
import org.taizhang.ui.main.MainController;
import org.taizhang.ui.main.MainViewModel;

/** The real main window from fxml/, rendered headless: welcome first, the sample ledger one click away. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    MainViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(new FxBackground(), Clock.systemUTC(), dir.resolve("示例.taizhang"));
        Scene scene = Views.scene(Views.load("MainWindow.fxml", new MainController(vm, Clock.systemUTC())));
        stage.setScene(scene);
        stage.titleProperty().bind(vm.windowTitleProperty());
        stage.show();
    }

    @Test
    void welcomeOffersTheSampleAndItOpensInTheTable(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#welcome").query().isVisible());
        robot.clickOn("打开示例台账");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.ledgerOpenProperty().get());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        assertTrue(table.isVisible());
        assertTrue(table.getItems().size() >= 60);
        assertEquals("序号", table.getColumns().get(0).getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".status-done").tryQuery().isPresent(), "statuses show as coloured labels");
        robot.interact(() -> vm.shutdown());
    }
}
