package org.taizhang.ui;

import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;

/**
 * A form answered with OK or 取消 (its FXML: {@code onAction="#onOk"} and {@code "#onCancel"}):
 * whether it was confirmed, its window closed either way. The form's controller binds the rest.
 */
public abstract class FormController {
    private boolean confirmed;

    @FXML
    public void onOk(ActionEvent event) {
        confirmed = true;
        close(event);
    }

    @FXML
    public void onCancel(ActionEvent event) {
        close(event);
    }

    /** Whether the clerk answered with OK. */
    public boolean confirmed() {
        return confirmed;
    }

    private static void close(ActionEvent event) {
        ((Node) event.getSource()).getScene().getWindow().hide();
    }
}
