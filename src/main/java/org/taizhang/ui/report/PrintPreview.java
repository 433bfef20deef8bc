package org.taizhang.ui.report;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.ui.Views;

/** Opens the print preview of laid-out pages in a window of its own. */
final class PrintPreview {
    private PrintPreview() {
    }

    static Stage show(Window owner, ReportViewModel vm, ReportViewModel.Pages pages) {
        Stage stage = Views.window(owner, I18n.text("preview.title", pages.report().title()),
                Views.load("PrintPreview.fxml", new PrintPreviewController(vm, pages)), false);
        stage.show();
        return stage;
    }
}
