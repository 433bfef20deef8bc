package org.taizhang.ui.reference;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.stage.Window;
import org.taizhang.ui.Css;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.core.I18n;
import org.taizhang.ui.dialog.DialogService;

/** Binds the reference-data window (fxml/ReferenceData.fxml) to its view model; dialogs are its only logic. */
public final class ReferenceDataController {
    private final ReferenceDataViewModel vm;
    private final DialogService dialogs;

    @FXML
    private Label readOnlyLine;
    @FXML
    private TextField unitFilter;
    @FXML
    private Button renameUnitButton;
    @FXML
    private TableView<UnitRow> unitTable;
    @FXML
    private TableColumn<UnitRow, String> unitNameColumn;
    @FXML
    private TableColumn<UnitRow, String> unitShortColumn;
    @FXML
    private TableColumn<UnitRow, String> unitLevelColumn;
    @FXML
    private TableColumn<UnitRow, Integer> unitCountColumn;
    @FXML
    private TextField newUnitName;
    @FXML
    private ComboBox<String> newUnitLevel;
    @FXML
    private Button addUnitButton;
    @FXML
    private Button moveUpButton;
    @FXML
    private Button moveDownButton;
    @FXML
    private Button renameDomainButton;
    @FXML
    private TableView<DomainRow> domainTable;
    @FXML
    private TableColumn<DomainRow, Integer> domainOrderColumn;
    @FXML
    private TableColumn<DomainRow, String> domainNameColumn;
    @FXML
    private TableColumn<DomainRow, Integer> domainCountColumn;
    @FXML
    private TextField newDomainName;
    @FXML
    private Button addDomainButton;
    @FXML
    private Label messageLabel;
    @FXML
    private Label newUnitError;
    @FXML
    private Label newDomainError;
    @FXML
    private Label unitsHint;
    @FXML
    private Label domainsHint;

    public ReferenceDataController(ReferenceDataViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        readOnlyLine.visibleProperty().bind(vm.readOnlyProperty());
        readOnlyLine.managedProperty().bind(vm.readOnlyProperty());
        for (Label hint : new Label[] {unitsHint, domainsHint}) { // they say how to edit: not on a read-only ledger
            hint.visibleProperty().bind(vm.readOnlyProperty().not());
            hint.managedProperty().bind(vm.readOnlyProperty().not());
        }
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((o, was, error) -> {
            messageLabel.getStyleClass().remove(Css.ERROR);
            if (error) {
                messageLabel.getStyleClass().add(Css.ERROR);
            }
        });
        vm.setConfirm(question -> dialogs.confirm(question, I18n.text("dialog.ok")));
        bindUnits();
        bindDomains();
        BooleanBinding locked = vm.editableProperty().not();
        unitTable.editableProperty().bind(vm.editableProperty());
        renameUnitButton.disableProperty().bind(locked.or(vm.selectedUnitProperty().isNull()));
        newUnitName.disableProperty().bind(locked);
        newUnitLevel.disableProperty().bind(locked);
        newUnitName.textProperty().bindBidirectional(vm.newUnitNameProperty());
        ErrorUnder.show(newUnitError, vm.errors().of("newUnit"), newUnitName);
        addUnitButton.disableProperty().bind(locked.or(newUnitName.textProperty().isEmpty())
                .or(newUnitError.textProperty().isNotEmpty()));
        renameDomainButton.disableProperty().bind(locked.or(vm.selectedDomainProperty().isNull()));
        moveUpButton.disableProperty().bind(locked.or(Bindings.createBooleanBinding(
                () -> selectedDomainAt(1), vm.selectedDomainProperty())));
        moveDownButton.disableProperty().bind(locked.or(Bindings.createBooleanBinding(
                () -> selectedDomainAt(vm.domains().size()), vm.selectedDomainProperty(), vm.domains())));
        newDomainName.disableProperty().bind(locked);
        newDomainName.textProperty().bindBidirectional(vm.newDomainNameProperty());
        ErrorUnder.show(newDomainError, vm.errors().of("newDomain"), newDomainName);
        addDomainButton.disableProperty().bind(locked.or(newDomainName.textProperty().isEmpty())
                .or(newDomainError.textProperty().isNotEmpty()));
    }

    private void bindUnits() {
        unitFilter.textProperty().bindBidirectional(vm.unitFilterProperty());
        SortedList<UnitRow> sorted = new SortedList<>(vm.units());
        sorted.comparatorProperty().bind(unitTable.comparatorProperty());
        unitTable.setItems(sorted);
        unitNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        unitShortColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit().shortName()));
        unitLevelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit().level()));
        unitCountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().taskCount()));
        unitShortColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        unitShortColumn.setOnEditCommit(e -> vm.editUnit(e.getRowValue(), e.getNewValue(),
                e.getRowValue().unit().level()));
        unitLevelColumn.setCellFactory(column -> {
            ComboBoxTableCell<UnitRow, String> cell = new ComboBoxTableCell<>(vm.levels());
            cell.setComboBoxEditable(true); // a level is a word of the office's own, not a fixed set
            return cell;
        });
        unitLevelColumn.setOnEditCommit(e -> vm.editUnit(e.getRowValue(), e.getRowValue().unit().shortName(),
                e.getNewValue()));
        newUnitLevel.setItems(vm.levels());
        follow(unitTable, vm.selectedUnitProperty());
    }

    private void bindDomains() {
        domainTable.setItems(vm.domains());
        domainOrderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().position()));
        domainNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        domainCountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().taskCount()));
        follow(domainTable, vm.selectedDomainProperty());
    }

    /** Keeps the table's selection and the view model's in step, so a saved row stays selected. */
    private static <T> void follow(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> selected.set(now));
        selected.addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
    }

    private boolean selectedDomainAt(int position) {
        DomainRow row = vm.selectedDomainProperty().get();
        return row == null || row.position() == position;
    }

    @FXML
    private void onAddUnit() {
        if (!addUnitButton.isDisabled() && vm.addUnit(newUnitName.getText(), newUnitLevel.getEditor().getText())) {
            newUnitName.clear();
        }
    }

    @FXML
    private void onRenameUnit() {
        UnitRow row = vm.selectedUnitProperty().get();
        if (row != null) {
            askName("reference.renameUnitTitle", row.name()).ifPresent(name -> vm.renameUnit(row, name));
        }
    }

    @FXML
    private void onAddDomain() {
        if (!addDomainButton.isDisabled() && vm.addDomain(newDomainName.getText())) {
            newDomainName.clear();
        }
    }

    @FXML
    private void onRenameDomain() {
        DomainRow row = vm.selectedDomainProperty().get();
        if (row != null) {
            askName("reference.renameDomainTitle", row.name()).ifPresent(name -> vm.renameDomain(row, name));
        }
    }

    @FXML
    private void onMoveUp() {
        DomainRow row = vm.selectedDomainProperty().get();
        if (row != null) {
            vm.moveUp(row);
        }
    }

    @FXML
    private void onMoveDown() {
        DomainRow row = vm.selectedDomainProperty().get();
        if (row != null) {
            vm.moveDown(row);
        }
    }

    @FXML
    private void onClose() {
        window().hide();
    }

    /** The new name, the old one filled in to be edited or typed over. */
    private Optional<String> askName(String titleKey, String current) {
        return dialogs.askText(I18n.text(titleKey) + "：" + I18n.text("reference.renameHeader", current),
                I18n.text("reference.newName"), current);
    }

    private Window window() {
        return unitTable.getScene().getWindow();
    }
}
