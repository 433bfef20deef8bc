package org.taizhang.ui.log;

import java.time.ZoneId;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.ui.Background;
import org.taizhang.ui.Views;

/** Opens the ledger-wide adjustment log in a window of its own, beside the ledger. */
public final class AdjustmentLogWindow {

    private AdjustmentLogWindow() {
    }

    /** Shows the log of {@code service}'s ledger, times in {@code zone}; reading happens on {@code background}. */
    public static void show(Window owner, LedgerService service, Background background, ZoneId zone) {
        AdjustmentLogViewModel vm = new AdjustmentLogViewModel(service, background, zone);
        Stage stage = Views.window(owner, I18n.text("log.title"),
                Views.load("AdjustmentLog.fxml", new AdjustmentLogController(vm)), false);
        stage.show();
        vm.load();
    }
}
