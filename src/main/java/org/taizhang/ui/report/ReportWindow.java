package org.taizhang.ui.report;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.ui.Views;

/** Opens the 报表 screen in a window of its own and counts the ledger for today. */
public final class ReportWindow {
    private ReportWindow() {
    }

    public static Stage show(Window owner, ReportViewModel vm) {
        Stage stage = Views.window(owner, I18n.text("dashboard.title"),
                Views.load("Report.fxml", new ReportController(vm)), false);
        stage.show();
        vm.refresh();
        return stage;
    }
}
