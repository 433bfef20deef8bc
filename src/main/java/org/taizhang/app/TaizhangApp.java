package org.taizhang.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.taizhang.core.I18n;
import org.taizhang.ui.FxBackground;
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
        Parent root = load("MainWindow.fxml", new MainController(main, clock));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(TaizhangApp.class.getResource("/fxml/taizhang.css").toExternalForm());
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setScene(scene);
        stage.show();
        getParameters().getRaw().stream().findFirst().map(java.nio.file.Path::of).ifPresent(main::open);
    }

    /** Loads a view from fxml/ with the program's words and the given controller. */
    static Parent load(String view, Object controller) {
        FXMLLoader loader = new FXMLLoader(TaizhangApp.class.getResource("/fxml/" + view), I18n.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(view + " wants " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + view, e);
        }
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
