package org.taizhang.ui.connect;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.FormController;

/** Binds fxml/ConnectServer.fxml to its view model; asked again for a password, the password field has the focus. */
public final class ConnectController extends FormController {
    private final ConnectViewModel vm;
    @FXML private Label why;
    @FXML private TextField address;
    @FXML private Label addressError;
    @FXML private TextField host;
    @FXML private Label hostError;
    @FXML private TextField port;
    @FXML private Label portError;
    @FXML private TextField database;
    @FXML private Label databaseError;
    @FXML private TextField ledger;
    @FXML private Label ledgerError;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private Button ok;

    public ConnectController(ConnectViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        why.textProperty().bind(vm.whyProperty());
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        address.textProperty().bindBidirectional(vm.addressProperty());
        host.textProperty().bindBidirectional(vm.hostProperty());
        port.textProperty().bindBidirectional(vm.portProperty());
        database.textProperty().bindBidirectional(vm.databaseProperty());
        ledger.textProperty().bindBidirectional(vm.ledgerProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        ErrorUnder.show(addressError, vm.errors().of("address"), address);
        ErrorUnder.show(hostError, vm.errors().of("host"), host);
        ErrorUnder.show(portError, vm.errors().of("port"), port);
        ErrorUnder.show(databaseError, vm.errors().of("database"), database);
        ErrorUnder.show(ledgerError, vm.errors().of("ledger"), ledger);
        ok.disableProperty().bind(vm.completeProperty().not());
        boolean askedAgain = !vm.whyProperty().get().isEmpty();
        Platform.runLater(() -> (askedAgain ? password : vm.hostProperty().get().isEmpty() ? address : host).requestFocus());
    }
}
