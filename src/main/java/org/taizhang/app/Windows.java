package org.taizhang.app;

import java.time.LocalDate;
import java.util.List;
import javafx.stage.Stage;
import org.taizhang.core.I18n;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.Views;
import org.taizhang.ui.backup.BackupsController;
import org.taizhang.ui.backup.BackupsViewModel;
import org.taizhang.ui.compare.CompareWindow;
import org.taizhang.ui.dialog.FxDialogService;
import org.taizhang.ui.export.ExportUnitsWindow;
import org.taizhang.ui.export.Exporting;
import org.taizhang.ui.help.AboutController;
import org.taizhang.ui.help.AboutViewModel;
import org.taizhang.ui.help.HelpWindow;
import org.taizhang.ui.importer.ImportWizardWindow;
import org.taizhang.ui.log.AdjustmentLogWindow;
import org.taizhang.ui.main.MainViewModel;
import org.taizhang.ui.main.SideWindows;
import org.taizhang.ui.reference.ReferenceDataWindow;
import org.taizhang.ui.report.ReportViewModel;
import org.taizhang.ui.report.ReportWindow;
import org.taizhang.ui.settings.SettingsController;
import org.taizhang.ui.settings.SettingsViewModel;

/** The windows the main window opens beside itself, each over the open ledger, owned by the main window. */
record Windows(MainViewModel main, UserPrefs prefs, Stage owner) implements SideWindows {

    @Override
    public void log() {
        AdjustmentLogWindow.show(owner, main.service(), main.background(), main.zone());
    }

    /** Starts by comparing the ledger as set up with the ledger now: how the baseline moved. */
    @Override
    public void compare() {
        List<LocalDate> period = main.comparePeriod();
        CompareWindow.show(owner, main.service(), main.background(), main.zone(), period.get(0), period.get(1));
    }

    @Override
    public void reference() {
        ReferenceDataWindow.show(owner, main.service(), main.background(), new FxDialogService(() -> owner, prefs),
                main::refresh);
    }

    @Override
    public void importer() {
        ImportWizardWindow.show(owner, main.service(), main.background(), prefs, main::refresh);
    }

    /** The ledger exports as it is shown: a past date exports the ledger as of that date. */
    @Override
    public void exportLedger() {
        Exporting.ledger(owner, main.service(), main.background(), main.zone(), main.asOfProperty().get());
    }

    @Override
    public void exportUnits() {
        ExportUnitsWindow.show(owner, main.service(), main.background(), LocalDate.now(main.zone()));
    }

    @Override
    public void exportHistory() {
        Exporting.history(owner, main.service(), main.background(), main.zone());
    }

    /** The report counts what the main window shows (or all of it), and its clicks filter the main window. */
    @Override
    public void report() {
        ReportWindow.show(owner, new ReportViewModel(main.service(), main.info().year(), main.background(), main.zone(),
                LocalDate.now(main.zone()), prefs, main.table().filter(), main::showOnly));
    }

    @Override
    public void backups() {
        BackupsViewModel vm = new BackupsViewModel(main.service(), main::backups, main.background(), main.zone());
        Views.window(owner, I18n.text("backups.title"),
                Views.load("Backups.fxml", new BackupsController(vm, main.ledgerFile(), main::open)), false).show();
    }

    @Override
    public void guide() {
        HelpWindow.show(owner);
    }

    @Override
    public void about() {
        AboutViewModel vm = new AboutViewModel(Windows.class.getPackage().getImplementationVersion(),
                AppDirs.dataDir().toString(), AppDirs.logFile().toString());
        Views.window(owner, I18n.text("menu.about"), Views.load("About.fxml", new AboutController(vm)), true).show();
    }

    @Override
    public void settings() {
        SettingsViewModel vm = new SettingsViewModel(prefs, main.service(), main.background());
        Views.window(owner, I18n.text("menu.preferences"),
                Views.load("Settings.fxml", new SettingsController(vm, main::refresh)), true).showAndWait();
    }

    @Override
    public void exit() {
        owner.hide();
    }
}
