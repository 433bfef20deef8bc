package org.taizhang.ui.export;

import java.time.LocalDate;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.ui.Background;
import org.taizhang.ui.Views;

/** Opens the 填报 export: one workbook per chosen lead unit, for a period, into a folder. */
public final class ExportUnitsWindow {
    private ExportUnitsWindow() {
    }

    public static void show(Window owner, LedgerService service, Background background, LocalDate today) {
        ExportUnitsViewModel vm = new ExportUnitsViewModel(service, background, today);
        Views.window(owner, I18n.text("exporting.unitsTitle"),
                Views.load("ExportUnits.fxml", new ExportUnitsController(vm, background)), true).show();
    }
}
