package org.taizhang.ui.export;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.Stage;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.core.I18n;
import org.taizhang.ui.Background;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FolderKind;

/** Binds fxml/ExportUnits.fxml to its view model. */
public final class ExportUnitsController {
    private final ExportUnitsViewModel vm;
    private final Background background;

    @FXML
    private ListView<ExportUnitsViewModel.UnitChoice> units;
    @FXML
    private TextField period;
    @FXML
    private TextField folder;
    @FXML
    private ComboBox<ExportFormat> format;
    @FXML
    private CheckBox replace;
    @FXML
    private Label result;
    @FXML
    private Label unitsError;
    @FXML
    private Label periodError;
    @FXML
    private Label folderError;
    @FXML
    private Button export;
    @FXML
    private Button cancel;
    @FXML
    private ProgressIndicator progress;

    private final DialogService dialogs;

    public ExportUnitsController(ExportUnitsViewModel vm, Background background, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.background = background;
    }

    @FXML
    private void initialize() {
        units.setItems(vm.units());
        units.setCellFactory(CheckBoxListCell.forListView(ExportUnitsViewModel.UnitChoice::chosenProperty));
        period.textProperty().bindBidirectional(vm.periodProperty());
        folder.textProperty().bind(vm.folderProperty().asString().map(s -> s.equals("null") ? "" : s));
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : org.taizhang.core.I18n.text("exporting.format." + f.extension());
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        });
        format.valueProperty().bindBidirectional(vm.formatProperty());
        replace.selectedProperty().bindBidirectional(vm.replaceProperty());
        result.textProperty().bind(vm.resultProperty());
        ErrorUnder.show(unitsError, vm.errors().of("units"), units);
        ErrorUnder.show(periodError, vm.errors().of("period"), period);
        ErrorUnder.show(folderError, vm.errors().of("folder"), folder);
        export.disableProperty().bind(vm.readyProperty().not());
        progress.visibleProperty().bind(vm.workingProperty());
        cancel.visibleProperty().bind(vm.workingProperty());
        if (vm.folderProperty().get() == null) { // where the last exports went, if it is still there
            dialogs.folders().remembered(FolderKind.EXPORTS).ifPresent(vm.folderProperty()::set);
        }
        vm.load();
    }

    @FXML
    private void onAll() {
        vm.chooseAll(true);
    }

    @FXML
    private void onNone() {
        vm.chooseAll(false);
    }

    @FXML
    private void onFolder() {
        dialogs.chooseFolder(I18n.text("exporting.unitsTitle"), FolderKind.EXPORTS)
                .ifPresent(vm.folderProperty()::set);
    }

    @FXML
    private void onExport() {
        vm.export();
    }

    @FXML
    private void onCancel() {
        background.cancel();
    }

    @FXML
    private void onClose() {
        ((Stage) units.getScene().getWindow()).close();
    }
}
