package org.taizhang.app;

import java.time.LocalDate;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.WindowFactory;
import org.taizhang.ui.backup.BackupsController;
import org.taizhang.ui.backup.BackupsViewModel;
import org.taizhang.ui.compare.CompareController;
import org.taizhang.ui.compare.CompareViewModel;
import java.util.concurrent.atomic.AtomicReference;
import org.taizhang.ui.dialog.FxDialogService;
import org.taizhang.ui.export.ExportUnitsController;
import org.taizhang.ui.export.ExportUnitsViewModel;
import org.taizhang.ui.export.Exporter;
import org.taizhang.ui.help.AboutController;
import org.taizhang.ui.help.AboutViewModel;
import org.taizhang.ui.help.HelpController;
import org.taizhang.ui.help.HelpViewModel;
import org.taizhang.ui.importer.ImportWizardController;
import org.taizhang.ui.importer.ImportWizardViewModel;
import org.taizhang.ui.log.AdjustmentLogController;
import org.taizhang.ui.log.AdjustmentLogViewModel;
import org.taizhang.ui.main.MainViewModel;
import org.taizhang.ui.main.SideWindows;
import org.taizhang.ui.reference.ReferenceDataController;
import org.taizhang.ui.reference.ReferenceDataViewModel;
import org.taizhang.ui.report.ReportController;
import org.taizhang.ui.request.RequestsController;
import org.taizhang.ui.request.RequestsViewModel;
import org.taizhang.ui.report.ReportViewModel;
import org.taizhang.ui.settings.SettingsController;
import org.taizhang.ui.settings.SettingsViewModel;

/**
 * The windows the main window opens beside itself, each over the open ledger: where each window's
 * view model and controller are made and given to {@link WindowFactory}.
 */
record Windows(MainViewModel main, UserPrefs prefs, FxDialogService dialogs, Stage owner) implements SideWindows {
    private static final String IMPORT_WIZARD = ImportWizardViewModel.class.getName();

    @Override
    public void log() {
        AdjustmentLogViewModel vm = new AdjustmentLogViewModel(main.service(), main.background(), main.zone());
        WindowFactory.beside(owner, I18n.text("log.title"), "AdjustmentLog.fxml", new AdjustmentLogController(vm));
        vm.load();
    }

    @Override
    public void requests() {
        AtomicReference<Stage> self = new AtomicReference<>();
        RequestsViewModel vm = new RequestsViewModel(main.service(), main.background(), dialogs.ownedBy(self::get),
                java.time.Clock.systemDefaultZone(), main.zone(), main::refresh, main.asOfProperty().get());
        self.set(WindowFactory.beside(owner, I18n.text("requests.title"), "Requests.fxml", new RequestsController(vm)));
        vm.load();
    }

    @Override
    public void notices() {
        AtomicReference<Stage> self = new AtomicReference<>();
        org.taizhang.ui.notice.NoticesViewModel vm = new org.taizhang.ui.notice.NoticesViewModel(main.service(),
                main.background(), dialogs.ownedBy(self::get), java.time.Clock.system(main.zone()), main::refresh);
        self.set(WindowFactory.beside(owner, I18n.text("notices.title"), "Notices.fxml",
                new org.taizhang.ui.notice.NoticesController(vm)));
        vm.load();
    }

    /** Starts by comparing the ledger as set up with the ledger now: how the baseline moved. */
    @Override
    public void compare() {
        List<LocalDate> period = main.comparePeriod();
        CompareViewModel vm = new CompareViewModel(main.service(), main.background(), main.zone(), period.get(0),
                period.get(1));
        AtomicReference<Stage> self = new AtomicReference<>();
        self.set(WindowFactory.beside(owner, I18n.text("compare.title"), "CompareDates.fxml",
                new CompareController(vm, new Exporter(main.service(), main.background(), main.zone(),
                        dialogs.ownedBy(self::get)))));
        vm.compare();
    }

    @Override
    public void reference() {
        AtomicReference<Stage> self = new AtomicReference<>();
        FxDialogService asks = dialogs.ownedBy(self::get);
        ReferenceDataViewModel vm = new ReferenceDataViewModel(main.service(), main.background(), asks, main::refresh);
        Stage stage = WindowFactory.modal(owner, I18n.text("reference.title"), "ReferenceData.fxml",
                new ReferenceDataController(vm, asks));
        self.set(stage);
        stage.setMinWidth(560);
        stage.setMinHeight(400);
        vm.load();
    }

    /** The wizard reads and writes in the background; it tells the main window to reload after each import. */
    @Override
    public void importer() {
        ImportWizardViewModel vm = new ImportWizardViewModel(main.service(), main.background(), prefs, main::refresh);
        AtomicReference<Stage> self = new AtomicReference<>();
        vm.setDialogs(dialogs.ownedBy(self::get));
        Stage stage = WindowFactory.modal(owner, I18n.text("importer.title"), "ImportWizard.fxml",
                new ImportWizardController(vm));
        self.set(stage);
        stage.getProperties().put(IMPORT_WIZARD, vm);
        stage.setMinWidth(900);
        stage.setMinHeight(520);
        stage.setOnHidden(e -> vm.close());
        vm.start();
    }

    /** The view model of an import wizard window, for the screenshots that drive it. */
    static ImportWizardViewModel importWizardOf(Window window) {
        return (ImportWizardViewModel) window.getProperties().get(IMPORT_WIZARD);
    }

    /** The exports asked for from the main window. */
    private Exporter exporter() {
        return new Exporter(main.service(), main.background(), main.zone(), dialogs);
    }

    /** The ledger exports as it is shown: a past date exports the ledger as of that date. */
    @Override
    public void exportLedger() {
        exporter().ledger(main.asOfProperty().get());
    }

    @Override
    public void exportSelection(java.util.List<org.taizhang.core.task.Task> tasks) {
        exporter().selection(tasks, main.asOfProperty().get());
    }

    @Override
    public void exportUnits() {
        ExportUnitsViewModel vm = new ExportUnitsViewModel(main.service(), main.background(), LocalDate.now(main.zone()));
        AtomicReference<Stage> self = new AtomicReference<>();
        self.set(WindowFactory.modal(owner, I18n.text("exporting.unitsTitle"), "ExportUnits.fxml",
                new ExportUnitsController(vm, main.background(), dialogs.ownedBy(self::get))));
    }

    @Override
    public void exportHistory() {
        exporter().history();
    }

    @Override
    public void exportRequestList() {
        exporter().requestList(null);
    }

    /** The report counts what the main window shows (or all of it), and its clicks filter the main window. */
    @Override
    public void report() {
        ReportViewModel vm = new ReportViewModel(main.service(), main.info().year(), main.background(), main.zone(),
                LocalDate.now(main.zone()), prefs, main.table().filter(), main::showOnly);
        AtomicReference<Stage> self = new AtomicReference<>();
        self.set(WindowFactory.beside(owner, I18n.text("dashboard.title"), "Report.fxml",
                new ReportController(vm, dialogs.ownedBy(self::get))));
        vm.refresh();
    }

    /** A print preview beside the main window (打印台账). */
    @Override
    public void preview(org.taizhang.ui.report.Paper.Pages pages,
            java.util.function.Consumer<org.taizhang.ui.dialog.DialogService> savePdf) {
        AtomicReference<Stage> self = new AtomicReference<>();
        self.set(WindowFactory.beside(owner, I18n.text("preview.title", pages.report().title()), "PrintPreview.fxml",
                new org.taizhang.ui.report.PrintPreviewController(pages, savePdf, dialogs.ownedBy(self::get))));
    }

    @Override
    public void backups() {
        BackupsViewModel vm = new BackupsViewModel(main.service(), main::backups, main.background(), main.zone());
        AtomicReference<Stage> self = new AtomicReference<>();
        self.set(WindowFactory.beside(owner, I18n.text("backups.title"), "Backups.fxml",
                new BackupsController(vm, main::open, dialogs.ownedBy(self::get))));
    }

    @Override
    public void guide() {
        HelpViewModel vm = new HelpViewModel(I18n.locale());
        WindowFactory.beside(owner, vm.title(), "Help.fxml", new HelpController(vm));
    }

    @Override
    public void about() {
        AboutViewModel vm = new AboutViewModel(Windows.class.getPackage().getImplementationVersion(),
                AppDirs.dataDir().toString(), AppDirs.logFile().toString());
        WindowFactory.modal(owner, I18n.text("menu.about"), "About.fxml", new AboutController(vm));
    }

    @Override
    public void settings() {
        SettingsViewModel vm = new SettingsViewModel(prefs, main.service(), main.background());
        WindowFactory.form(owner, I18n.text("menu.preferences"), "Settings.fxml",
                new SettingsController(vm, main::refresh, dialogs.ownedBy(() -> javafx.stage.Window.getWindows().stream()
                        .filter(javafx.stage.Window::isFocused).findFirst().orElse(owner)))); // over the form itself
    }

    @Override
    public void exit() {
        owner.hide();
    }
}
