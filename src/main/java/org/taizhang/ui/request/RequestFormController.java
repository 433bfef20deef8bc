package org.taizhang.ui.request;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Task;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.FormController;

/** Binds fxml/RequestForm.fxml to its view model; 登记 only when the request is complete; each message under its field. */
public final class RequestFormController extends FormController {
    private final RequestFormViewModel vm;
    @FXML private Label task;
    @FXML private TextField unit;
    @FXML private ComboBox<RequestType> type;
    @FXML private Label toLabel;
    @FXML private TextField to;
    @FXML private Label intoLabel;
    @FXML private ComboBox<Task> into;
    @FXML private TextArea reason;
    @FXML private Label unitError;
    @FXML private Label typeError;
    @FXML private Label toError;
    @FXML private Label intoError;
    @FXML private Label reasonError;
    @FXML private Button ok;

    public RequestFormController(RequestFormViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        task.setText(vm.task().label());
        unit.textProperty().bindBidirectional(vm.unitProperty());
        type.getItems().setAll(vm.types());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        to.textProperty().bindBidirectional(vm.toProperty());
        to.promptTextProperty().bind(vm.toPromptProperty());
        into.getItems().setAll(vm.mergeTargets());
        into.setConverter(new StringConverter<>() {
            @Override
            public String toString(Task t) {
                return t == null ? "" : t.label();
            }

            @Override
            public Task fromString(String s) {
                return null;
            }
        });
        into.valueProperty().bindBidirectional(vm.intoProperty());
        for (javafx.scene.Node n : java.util.List.of(toLabel, to)) {
            n.visibleProperty().bind(vm.asksValueProperty());
            n.managedProperty().bind(vm.asksValueProperty());
        }
        for (javafx.scene.Node n : java.util.List.of(intoLabel, into)) {
            n.visibleProperty().bind(vm.mergingProperty());
            n.managedProperty().bind(vm.mergingProperty());
        }
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        ErrorUnder.show(unitError, vm.errors().of("unit"), unit);
        ErrorUnder.show(typeError, vm.errors().of("type"), type);
        ErrorUnder.show(toError, vm.errors().of("to"), to);
        ErrorUnder.show(intoError, vm.errors().of("into"), into);
        ErrorUnder.show(reasonError, vm.errors().of("reason"), reason);
        ok.disableProperty().bind(vm.errors().noneProperty().not());
    }
}
