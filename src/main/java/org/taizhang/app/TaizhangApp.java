package org.taizhang.app;

import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.Views;
import org.taizhang.ui.main.MainController;
import org.taizhang.ui.main.MainViewModel;

/** The desktop program: builds the window's parts and wires them together (the composition root of the UI). */
public final class TaizhangApp extends Application {
    private FxBackground background;
    private MainViewModel main;

    @Override
    public void start(Stage stage) {
        Clock clock = Clock.systemDefaultZone();
        background = new FxBackground();
        main = new MainViewModel(background, clock, AppDirs.sampleLedger());
        Scene scene = Views.scene(Views.load("MainWindow.fxml", new MainController(main, clock)));
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setScene(scene);
        stage.show();
        getParameters().getRaw().stream().findFirst().map(java.nio.file.Path::of).ifPresent(main::open);
    }

    @Override
    public void stop() {
        if (main != null) {
            main.shutdown();
        }
        if (background != null) {
            background.close();
        }
    }
}
