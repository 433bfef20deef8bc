package org.taizhang.ui.help;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.ui.Views;

/** Opens the user guide in a window of its own. */
public final class HelpWindow {
    private HelpWindow() {
    }

    public static Stage show(Window owner) {
        HelpViewModel vm = new HelpViewModel(I18n.locale());
        Stage stage = Views.window(owner, vm.title(), Views.load("Help.fxml", new HelpController(vm)), false);
        stage.show();
        return stage;
    }
}
