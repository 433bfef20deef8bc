package org.taizhang.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.SystemPrefs;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.Views;
import org.taizhang.ui.compare.CompareWindow;
import org.taizhang.ui.log.AdjustmentLogWindow;
import org.taizhang.ui.main.FxMainDialogs;
import org.taizhang.ui.main.MainController;
import org.taizhang.ui.reference.ReferenceDataWindow;
import org.taizhang.ui.main.MainViewModel;
import org.taizhang.ui.settings.SettingsController;
import org.taizhang.ui.settings.SettingsViewModel;

/** The desktop program: builds the window's parts and wires them together (the composition root of the UI). */
public final class TaizhangApp extends Application {
    private FxBackground background;
    private MainViewModel main;

    @Override
    public void start(Stage stage) {
        Clock clock = Clock.systemDefaultZone();
        UserPrefs prefs = SystemPrefs.forUser();
        background = new FxBackground();
        main = new MainViewModel(background, clock, ZoneId.systemDefault(), AppDirs.sampleLedger(), prefs);
        Scene scene = Views.scene(Views.load("MainWindow.fxml",
                new MainController(main, clock, prefs, new Windows(main, prefs))));
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(600);
        stage.show();
        main.start(getParameters().getRaw().stream().findFirst().map(Path::of));
    }

    /** The windows the main window opens beside itself, each over the open ledger. */
    private record Windows(MainViewModel main, UserPrefs prefs) implements MainController.OtherWindows {
        @Override
        public void log(Window owner) {
            AdjustmentLogWindow.show(owner, main.service(), main.background(), main.zone());
        }

        /** Compares the start of the ledger's year with today (or the year's end, for a past year). */
        @Override
        public void compare(Window owner) {
            int year = main.info().year();
            LocalDate today = LocalDate.now(main.zone());
            LocalDate end = LocalDate.of(year, 12, 31);
            CompareWindow.show(owner, main.service(), main.background(), main.zone(), LocalDate.of(year, 1, 1),
                    today.isBefore(end) ? today : end);
        }

        @Override
        public void reference(Window owner) {
            ReferenceDataWindow.show(owner, main.service(), main.background(), new FxMainDialogs(() -> owner, prefs),
                    main::refresh);
        }

        @Override
        public void settings(Window owner) {
            SettingsViewModel vm = new SettingsViewModel(prefs, main.service(), main.background());
            Views.window(owner, I18n.text("menu.preferences"),
                    Views.load("Settings.fxml", new SettingsController(vm, main::refresh)), true).showAndWait();
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
