package org.taizhang.ui.newledger;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.FormController;

/** Binds fxml/NewLedger.fxml to its view model; OK only with a title and a year. */
public final class NewLedgerController extends FormController {
    private final NewLedgerViewModel vm;
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
}
