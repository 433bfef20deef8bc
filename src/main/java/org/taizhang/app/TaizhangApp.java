package org.taizhang.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.SystemPrefs;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.Views;
import org.taizhang.ui.WindowPlaces;
import org.taizhang.ui.dialog.FxDialogService;
import org.taizhang.ui.main.FilterBarController;
import org.taizhang.ui.main.LedgerTableController;
import org.taizhang.ui.main.MainController;
import org.taizhang.ui.main.MainViewModel;
import org.taizhang.ui.main.TaskDetailController;

/** The desktop program: builds the window's parts and wires them together (the composition root of the UI). */
public final class TaizhangApp extends Application {
    private FxBackground background;
    private MainViewModel main;

    @Override
    public void start(Stage stage) {
        Clock clock = Clock.systemDefaultZone();
        UserPrefs prefs = SystemPrefs.forUser();
        background = new FxBackground();
        FxDialogService dialogs = new FxDialogService(() -> stage, prefs,
                folder -> getHostServices().showDocument(folder.toUri().toString()));
        main = new MainViewModel(background, clock, ZoneId.systemDefault(), AppDirs.sampleLedger(), prefs, dialogs);
        main.setWindows(new Windows(main, prefs, dialogs, stage));
        Scene scene = Views.scene(mainWindow(main, prefs));
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.getIcons().setAll(Views.appIcons());
        WindowPlaces.use(prefs);
        WindowPlaces.keep(stage, "main", 1400, 900);
        stage.show();
        main.start(getParameters().getRaw().stream().findFirst());
    }

    /** The main window with its parts: frame, filter bar, ledger table, task pane. */
    static javafx.scene.Parent mainWindow(MainViewModel main, UserPrefs prefs) {
        return Views.load("MainWindow.fxml", new MainController(main), new FilterBarController(main.table()),
                new LedgerTableController(main, prefs), new TaskDetailController(main.detail()));
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
