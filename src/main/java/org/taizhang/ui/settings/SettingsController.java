package org.taizhang.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.dialog.FolderKind;

/** Binds fxml/Settings.fxml to its view model. */
public final class SettingsController {
    private final SettingsViewModel vm;
    private final Runnable onSaved;

    @FXML
    private TextField operator;
    @FXML
    private TextField yellowDays;
    @FXML
    private TextField redGraceDays;
    @FXML
    private TextField pdfFont;
    @FXML
    private TextField backupKeep;
    @FXML
    private TextField backupFolder;
    @FXML
    private Button chooseBackupFolder;
    @FXML
    private CheckBox flagLate;
    @FXML
    private TextField flagOften;
    @FXML
    private CheckBox flagPastYear;
    @FXML
    private TextField noticeOffice;
    @FXML
    private TextField noticePrefix;
    @FXML
    private TextField noticeReplyDays;
    @FXML
    private TextField noticeContact;
    @FXML
    private TextField noticeBlueDays;
    @FXML
    private Label operatorError;
    @FXML
    private Label thresholdsError;
    @FXML
    private Label flagOftenError;
    @FXML
    private Label pdfFontError;
    @FXML
    private Label backupKeepError;
    @FXML
    private Label noticesError;
    @FXML
    private Button save;

    private final DialogService dialogs;

    /** @param dialogs asks for the font file and the backup folder, each starting where the last was found */
    public SettingsController(SettingsViewModel vm, Runnable onSaved, DialogService dialogs) {
        this.vm = vm;
        this.onSaved = onSaved;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        operator.textProperty().bindBidirectional(vm.operatorProperty());
        yellowDays.textProperty().bindBidirectional(vm.yellowDaysProperty());
        redGraceDays.textProperty().bindBidirectional(vm.redGraceDaysProperty());
        pdfFont.textProperty().bindBidirectional(vm.pdfFontProperty());
        backupKeep.textProperty().bindBidirectional(vm.backupKeepProperty());
        backupFolder.textProperty().bindBidirectional(vm.backupFolderProperty());
        flagLate.selectedProperty().bindBidirectional(vm.flagLateProperty());
        flagOften.textProperty().bindBidirectional(vm.flagOftenProperty());
        flagPastYear.selectedProperty().bindBidirectional(vm.flagPastYearProperty());
        noticeOffice.textProperty().bindBidirectional(vm.noticeOfficeProperty());
        noticePrefix.textProperty().bindBidirectional(vm.noticePrefixProperty());
        noticeReplyDays.textProperty().bindBidirectional(vm.noticeReplyDaysProperty());
        noticeContact.textProperty().bindBidirectional(vm.noticeContactProperty());
        noticeBlueDays.textProperty().bindBidirectional(vm.noticeBlueDaysProperty());
        for (javafx.scene.Node ledgerSetting : java.util.List.of(yellowDays, redGraceDays, backupKeep, backupFolder,
                flagLate, flagOften, flagPastYear, noticeOffice, noticePrefix, noticeReplyDays, noticeContact,
                noticeBlueDays)) {
            ledgerSetting.setDisable(vm.readOnly());
        }
        chooseBackupFolder.setDisable(vm.readOnly());
        ErrorUnder.show(operatorError, vm.errors().of("operator"), operator);
        ErrorUnder.show(thresholdsError, vm.errors().of("thresholds"), yellowDays, redGraceDays);
        ErrorUnder.show(flagOftenError, vm.errors().of("flagOften"), flagOften);
        ErrorUnder.show(pdfFontError, vm.errors().of("pdfFont"), pdfFont);
        ErrorUnder.show(backupKeepError, vm.errors().of("backupKeep"), backupKeep);
        ErrorUnder.show(noticesError, vm.errors().of("notices"), noticeReplyDays, noticeBlueDays);
        save.disableProperty().bind(vm.errors().noneProperty().not());
        vm.load();
    }

    @FXML
    private void onSave() {
        vm.save(() -> {
            onSaved.run();
            close();
        }, message -> {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.WARNING, message);
            alert.initOwner(save.getScene().getWindow());
            org.taizhang.ui.Modal.over(alert);
            alert.showAndWait();
        });
    }

    @FXML
    private void onChooseFont() {
        dialogs.openFile(FolderKind.FONTS, FileType.FONT).ifPresent(file -> pdfFont.setText(file.toString()));
    }

    @FXML
    private void onChooseBackupFolder() {
        dialogs.chooseFolder(org.taizhang.core.I18n.text("settings.backupFolder"), FolderKind.BACKUPS)
                .ifPresent(folder -> backupFolder.setText(folder.toString()));
    }

    @FXML
    private void onCancel() {
        close();
    }

    private void close() {
        ((Stage) save.getScene().getWindow()).close();
    }
}
