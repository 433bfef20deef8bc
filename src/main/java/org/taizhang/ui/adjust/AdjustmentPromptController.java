package org.taizhang.ui.adjust;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.FormController;

/** Binds fxml/AdjustmentPrompt.fxml to its view model; OK only when the reason is given (its message under the field). */
public final class AdjustmentPromptController extends FormController {
    private final AdjustmentPromptViewModel vm;
    @FXML
    private Label heading;
    @FXML
    private Label why;
    @FXML
    private ListView<String> changes;
    @FXML
    private TextArea reason;
    @FXML
    private TextField basis;
    @FXML
    private TextField operator;
    @FXML
    private Label reasonError;
    @FXML
    private Label operatorError;
    @FXML
    private Button ok;

    public AdjustmentPromptController(AdjustmentPromptViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        heading.setText(vm.heading());
        why.setText(vm.why());
        why.setManaged(!vm.why().isEmpty());
        changes.getItems().setAll(vm.changes());
        changes.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            private final Label line = new Label();

            {
                line.setWrapText(true);
                line.maxWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                line.setText(text);
                setGraphic(empty || text == null ? null : line);
            }
        });
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        basis.textProperty().bindBidirectional(vm.basisProperty());
        operator.textProperty().bindBidirectional(vm.operatorProperty());
        ErrorUnder.show(reasonError, vm.errors().of("reason"), reason);
        ErrorUnder.show(operatorError, vm.errors().of("operator"), operator);
        ok.disableProperty().bind(vm.completeProperty().not());
    }
}
