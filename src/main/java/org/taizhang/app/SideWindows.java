package org.taizhang.app;

import java.time.LocalDate;
import java.util.List;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.Views;
import org.taizhang.ui.backup.BackupsController;
import org.taizhang.ui.backup.BackupsViewModel;
import org.taizhang.ui.compare.CompareWindow;
import org.taizhang.ui.export.ExportUnitsWindow;
import org.taizhang.ui.export.Exporting;
import org.taizhang.ui.help.AboutController;
import org.taizhang.ui.help.AboutViewModel;
import org.taizhang.ui.help.HelpWindow;
import org.taizhang.ui.importer.ImportWizardWindow;
import org.taizhang.ui.log.AdjustmentLogWindow;
import org.taizhang.ui.main.FxMainDialogs;
import org.taizhang.ui.main.MainController;
import org.taizhang.ui.main.MainViewModel;
import org.taizhang.ui.reference.ReferenceDataWindow;
import org.taizhang.ui.report.ReportViewModel;
import org.taizhang.ui.report.ReportWindow;
import org.taizhang.ui.settings.SettingsController;
import org.taizhang.ui.settings.SettingsViewModel;

/** The windows the main window opens beside itself, each over the open ledger. */
record SideWindows(MainViewModel main, UserPrefs prefs) implements MainController.OtherWindows {

    @Override
    public void log(Window owner) {
        AdjustmentLogWindow.show(owner, main.service(), main.background(), main.zone());
    }

    /** Starts by comparing the ledger as set up with the ledger now: how the baseline moved. */
    @Override
    public void compare(Window owner) {
        List<LocalDate> period = main.comparePeriod();
        CompareWindow.show(owner, main.service(), main.background(), main.zone(), period.get(0), period.get(1));
    }

    @Override
    public void reference(Window owner) {
        ReferenceDataWindow.show(owner, main.service(), main.background(), new FxMainDialogs(() -> owner, prefs),
                main::refresh);
    }

    @Override
    public void importer(Window owner) {
        ImportWizardWindow.show(owner, main.service(), main.background(), prefs, main::refresh);
    }

    /** The ledger exports as it is shown: a past date exports the ledger as of that date. */
    @Override
    public void export(Window owner, MainController.Export what) {
        switch (what) {
            case LEDGER -> Exporting.ledger(owner, main.service(), main.background(), main.zone(),
                    main.asOfProperty().get());
            case UNITS -> ExportUnitsWindow.show(owner, main.service(), main.background(), LocalDate.now(main.zone()));
            case HISTORY -> Exporting.history(owner, main.service(), main.background(), main.zone());
        }
    }

    /** The report counts what the main window shows (or all of it), and its clicks filter the main window. */
    @Override
    public void report(Window owner) {
        ReportWindow.show(owner, new ReportViewModel(main.service(), main.info().year(), main.background(), main.zone(),
                LocalDate.now(main.zone()), prefs, main.table().filter(), main::showOnly));
    }

    @Override
    public void backups(Window owner) {
        BackupsViewModel vm = new BackupsViewModel(main.service(), main::backups, main.background(), main.zone());
        Views.window(owner, I18n.text("backups.title"),
                Views.load("Backups.fxml", new BackupsController(vm, main.ledgerFile(), main::open)), false).show();
    }

    @Override
    public void guide(Window owner) {
        HelpWindow.show(owner);
    }

    @Override
    public void about(Window owner) {
        AboutViewModel vm = new AboutViewModel(SideWindows.class.getPackage().getImplementationVersion(),
                AppDirs.dataDir().toString(), AppDirs.logFile().toString());
        Views.window(owner, I18n.text("menu.about"), Views.load("About.fxml", new AboutController(vm)), true).show();
    }

    @Override
    public void settings(Window owner) {
        SettingsViewModel vm = new SettingsViewModel(prefs, main.service(), main.background());
        Views.window(owner, I18n.text("menu.preferences"),
                Views.load("Settings.fxml", new SettingsController(vm, main::refresh)), true).showAndWait();
    }
}
