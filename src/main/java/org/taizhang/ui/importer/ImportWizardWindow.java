package org.taizhang.ui.importer;

import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.ui.Background;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.Views;

/** Opens the import wizard for departments' workbooks over the open ledger. */
public final class ImportWizardWindow {
    /** Where the window keeps its view model. */
    private static final String VIEW_MODEL = ImportWizardViewModel.class.getName();

    private ImportWizardWindow() {
    }

    /**
     * Shows the wizard, modal to {@code owner} (it writes the ledger the owner shows). Reading and
     * importing run on {@code background}; {@code onImported} runs on the FX thread after any
     * adjustment was written, so the main window can reload.
     */
    public static void show(Window owner, LedgerService service, Background background, UserPrefs prefs,
            Runnable onImported) {
        ImportWizardViewModel vm = new ImportWizardViewModel(service, background, prefs, onImported);
        Parent root = Views.load("ImportWizard.fxml", new ImportWizardController(vm, prefs));
        root.getProperties().put(VIEW_MODEL, vm);
        Stage stage = Views.window(owner, I18n.text("importer.title"), root, true);
        stage.setMinWidth(900);
        stage.setMinHeight(520);
        stage.setOnHidden(e -> vm.close());
        stage.show();
        vm.start();
    }

    /**
     * The view model of a wizard window shown by {@link #show}, for what drives the window from
     * outside (its tests, the screenshots): a file chooser cannot be driven, the view model can.
     */
    public static ImportWizardViewModel viewModelOf(Window window) {
        return (ImportWizardViewModel) window.getScene().getRoot().getProperties().get(VIEW_MODEL);
    }
}
