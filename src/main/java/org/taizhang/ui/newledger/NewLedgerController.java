package org.taizhang.ui.newledger;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.taizhang.ui.ErrorUnder;

/** Binds fxml/NewLedger.fxml to its view model; OK only with a title and a year. */
public final class NewLedgerController {
    private final NewLedgerViewModel vm;
    private boolean confirmed;

    @FXML
    private TextField title;
    @FXML
    private TextField year;
    @FXML
    private Label yearNote;
    @FXML
    private Label titleError;
    @FXML
    private Label yearError;
    @FXML
    private Button ok;

    public NewLedgerController(NewLedgerViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        title.textProperty().bindBidirectional(vm.titleProperty());
        year.textProperty().bindBidirectional(vm.yearProperty());
        yearNote.textProperty().bind(vm.yearNoteProperty());
        yearNote.visibleProperty().bind(yearNote.textProperty().isNotEmpty());
        ErrorUnder.show(titleError, vm.errors().of("title"), title);
        ErrorUnder.show(yearError, vm.errors().of("year"), year);
        ok.disableProperty().bind(vm.completeProperty().not());
    }

    @FXML
    private void onOk() {
        confirmed = true;
        close();
    }

    @FXML
    private void onCancel() {
        close();
    }

    private void close() {
        ((Stage) ok.getScene().getWindow()).close();
    }

    public boolean confirmed() {
        return confirmed;
    }
}
