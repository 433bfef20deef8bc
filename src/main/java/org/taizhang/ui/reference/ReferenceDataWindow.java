package org.taizhang.ui.reference;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.ui.Background;
import org.taizhang.ui.ReasonPrompt;
import org.taizhang.ui.Views;

/** Opens the reference-data window (单位与领域) over the open ledger. */
public final class ReferenceDataWindow {

    private ReferenceDataWindow() {
    }

    /**
     * Shows the window, modal to {@code owner}, and starts reading the lists. {@code onChanged}
     * runs on the FX thread after each save, so the main window can reload its tasks.
     */
    public static void show(Window owner, LedgerService service, Background background, ReasonPrompt prompt,
            Runnable onChanged) {
        ReferenceDataViewModel vm = new ReferenceDataViewModel(service, background, prompt, onChanged);
        Stage stage = Views.window(owner, I18n.text("reference.title"),
                Views.load("ReferenceData.fxml", new ReferenceDataController(vm)), true);
        stage.setMinWidth(560);
        stage.setMinHeight(400);
        stage.show();
        vm.load();
    }
}
