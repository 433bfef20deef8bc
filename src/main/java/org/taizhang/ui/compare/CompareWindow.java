package org.taizhang.ui.compare;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.ui.Background;
import org.taizhang.ui.Views;

/** Opens the comparison of the ledger on two dates in a window of its own. */
public final class CompareWindow {

    private CompareWindow() {
    }

    /**
     * Shows how {@code service}'s ledger changed from {@code from} to {@code to}, each date meaning
     * the end of that day in {@code zone}; the comparison runs on {@code background}.
     */
    public static void show(Window owner, LedgerService service, Background background, ZoneId zone, LocalDate from,
            LocalDate to) {
        CompareViewModel vm = new CompareViewModel(service, background, zone, from, to);
        Stage stage = Views.window(owner, I18n.text("compare.title"),
                Views.load("CompareDates.fxml", new CompareController(vm)), false);
        stage.show();
        vm.compare();
    }
}
