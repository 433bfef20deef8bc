package org.taizhang.ui.importer;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.taizhang.ui.Css;
import org.taizhang.core.I18n;
import org.taizhang.ui.ChangeLine;
import org.taizhang.ui.MarkedText;
import org.taizhang.ui.WrappedCells;

/**
 * Binds the import wizard (fxml/ImportWizard.fxml) to its view model. The file choosers, the
 * operator's name dialog and dropping files on the list are decided here; everything else is the
 * view model's.
 */
public final class ImportWizardController {

    private final ImportWizardViewModel vm;

    @FXML private Label readOnlyLine;
    @FXML private Button addFilesButton;
    @FXML private Button addFolderButton;
    @FXML private ListView<Workbook> workbookList;
    @FXML private Button readButton;
    @FXML private Button removeButton;
    @FXML private Label titleLabel;
    @FXML private FlowPane readLine;
    @FXML private ComboBox<String> sheetBox;
    @FXML private Label headerLabel;
    @FXML private Label unitLabel;
    @FXML private Label dateLabel;
    @FXML private Label countsLabel;
    @FXML private Label tallyLabel;
    @FXML private Label detailLabel;
    @FXML private TabPane tabs;
    @FXML private Tab errorsTab;
    @FXML private Tab missingTab;
    @FXML private Tab summaryTab;
    @FXML private Label chosenLabel;
    @FXML private Button includeAllButton;
    @FXML private Button includeDefaultsButton;
    @FXML private TableView<EntryRow> entryTable;
    @FXML private Label entryPlaceholder;
    @FXML private TableColumn<EntryRow, Boolean> includeColumn;
    @FXML private TableColumn<EntryRow, Object> kindColumn;
    @FXML private TableColumn<EntryRow, Object> rowColumn;
    @FXML private TableColumn<EntryRow, Object> numberColumn;
    @FXML private TableColumn<EntryRow, Object> titleColumn;
    @FXML private TableColumn<EntryRow, Object> changesColumn;
    @FXML private TableColumn<EntryRow, Object> matchedColumn;
    @FXML private TableView<ErrorRow> errorTable;
    @FXML private TableColumn<ErrorRow, Object> errorSheetColumn;
    @FXML private TableColumn<ErrorRow, Object> errorRowColumn;
    @FXML private TableColumn<ErrorRow, Object> errorColumnColumn;
    @FXML private TableColumn<ErrorRow, Object> errorHeaderColumn;
    @FXML private TableColumn<ErrorRow, Object> errorValueColumn;
    @FXML private TableColumn<ErrorRow, Object> errorWhyColumn;
    @FXML private TableView<MissingRow> missingTable;
    @FXML private TableColumn<MissingRow, Object> missingNumberColumn;
    @FXML private TableColumn<MissingRow, Object> missingTitleColumn;
    @FXML private TableColumn<MissingRow, Object> missingUnitsColumn;
    @FXML private TableColumn<MissingRow, Object> missingDeadlineColumn;
    @FXML private TableColumn<MissingRow, Object> missingStatusColumn;
    @FXML private TableView<MappingRow> mappingTable;
    @FXML private TableColumn<MappingRow, Object> letterColumn;
    @FXML private TableColumn<MappingRow, Object> headerColumn;
    @FXML private TableColumn<MappingRow, MappingRow> fieldColumn;
    @FXML private TableColumn<MappingRow, Object> mappingSheetColumn;
    @FXML private TableColumn<MappingRow, Object> samplesColumn;
    @FXML private Tab skippedTab;
    @FXML private TableView<SkippedRow> skippedTable;
    @FXML private TableColumn<SkippedRow, Object> skippedSheetColumn;
    @FXML private TableColumn<SkippedRow, Object> skippedRowColumn;
    @FXML private TableColumn<SkippedRow, Object> skippedWhyColumn;
    @FXML private TableColumn<SkippedRow, Object> skippedTextColumn;
    @FXML private TableColumn<EntryRow, Object> sheetColumn;
    @FXML private TableColumn<ErrorRow, Object> errorCostColumn;
    @FXML private TableView<SummaryRow> summaryTable;
    @FXML private TableColumn<SummaryRow, Object> summaryFileColumn;
    @FXML private TableColumn<SummaryRow, Object> summaryUnitColumn;
    @FXML private TableColumn<SummaryRow, Object> summaryRowsColumn;
    @FXML private TableColumn<SummaryRow, Object> summaryAddedColumn;
    @FXML private TableColumn<SummaryRow, Object> summaryChangedColumn;
    @FXML private TableColumn<SummaryRow, Object> summaryConflictsColumn;
    @FXML private TableColumn<SummaryRow, Object> summaryErrorsColumn;
    @FXML private TableColumn<SummaryRow, Object> summaryMissingColumn;
    @FXML private TableColumn<SummaryRow, Object> summaryWrittenColumn;
    @FXML private TextField reasonField;
    @FXML private Label operatorLabel;
    @FXML private Button importButton;
    @FXML private Button importAllButton;
    @FXML private Label messageLabel;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;

    public ImportWizardController(ImportWizardViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        readOnlyLine.visibleProperty().bind(vm.readOnlyProperty());
        readOnlyLine.managedProperty().bind(vm.readOnlyProperty());
        bindFiles();
        bindReading();
        bindPlan();
        bindOtherTables();

        reasonField.textProperty().bindBidirectional(vm.reasonProperty());
        operatorLabel.textProperty().bind(vm.operatorProperty());
        importButton.disableProperty().bind(vm.canImportOneProperty().not());
        importAllButton.disableProperty().bind(vm.canImportAllProperty().not());
        messageLabel.textProperty().bind(vm.messageProperty());
        vm.messageIsProblemProperty().addListener((o, was, problem) -> style(messageLabel, "problem", problem));
        progress.visibleProperty().bind(vm.readingProperty().or(vm.importingProperty()));
        progress.progressProperty().bind(vm.progressProperty());
        cancelButton.visibleProperty().bind(vm.readingProperty());
        vm.importsProperty().addListener((o, was, now) -> tabs.getSelectionModel().select(summaryTab));
    }

    private void bindFiles() {
        workbookList.setItems(vm.workbooks());
        workbookList.setCellFactory(l -> new WorkbookCell());
        workbookList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (workbookList.getSelectionModel().getSelectedItem() != now) {
                workbookList.getSelectionModel().select(now);
            }
        });
        workbookList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !removeButton.isDisabled()) {
                onRemove();
            }
        });
        // Workbooks and folders dragged from the file manager.
        workbookList.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        workbookList.setOnDragDropped(e -> {
            boolean took = e.getDragboard().hasFiles();
            if (took) {
                vm.addPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(took);
            e.consume();
        });
        readButton.disableProperty().bind(vm.canReadProperty().not());
        removeButton.disableProperty().bind(vm.canRemoveProperty().not());
        addFilesButton.disableProperty().bind(vm.importingProperty());
        addFolderButton.disableProperty().bind(vm.importingProperty());
    }

    private void bindReading() {
        titleLabel.textProperty().bind(vm.titleProperty());
        show(titleLabel, vm.titleProperty().isNotEmpty());
        sheetBox.setItems(vm.sheets());
        sheetBox.valueProperty().bindBidirectional(vm.sheetProperty());
        sheetBox.disableProperty().bind(vm.readingProperty().or(vm.importingProperty()));
        show(readLine, Bindings.isNotEmpty(vm.sheets()));
        headerLabel.textProperty().bind(vm.headerProperty());
        unitLabel.textProperty().bind(vm.unitProperty());
        dateLabel.textProperty().bind(vm.reportDateProperty());
        countsLabel.textProperty().bind(vm.countsProperty());
        show(countsLabel, vm.planShownProperty());
        tallyLabel.textProperty().bind(vm.tallyProperty());
        show(tallyLabel, vm.planShownProperty());
        detailLabel.textProperty().bind(vm.detailProperty());
        show(detailLabel, vm.planShownProperty().not());
        vm.detailIsProblemProperty().addListener((o, was, problem) -> style(detailLabel, "problem", problem));
    }

    private void bindPlan() {
        entryTable.setItems(vm.entries());
        entryTable.editableProperty().bind(vm.planEditableProperty());
        // Without a plan the line above the tabs says why; with one, an empty table means every row was in error.
        entryPlaceholder.textProperty().bind(Bindings.when(vm.planShownProperty())
                .then(I18n.text("importer.nothingInPlan")).otherwise(""));
        chosenLabel.textProperty().bind(vm.chosenProperty());
        includeAllButton.disableProperty().bind(vm.planEditableProperty().not());
        includeDefaultsButton.disableProperty().bind(vm.planEditableProperty().not());

        includeColumn.setCellValueFactory(c -> c.getValue().includedProperty());
        includeColumn.setCellFactory(c -> new IncludeCell());
        includeColumn.setSortable(false);
        kindColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        kindColumn.setCellFactory(c -> new KindCell());
        kindColumn.setComparator((a, b) -> ((EntryRow) a).kind().compareTo(((EntryRow) b).kind()));
        show(sheetColumn, EntryRow::sheet);
        sheetColumn.visibleProperty().bind(vm.severalSheetsProperty());
        show(rowColumn, EntryRow::excelRow);
        show(numberColumn, EntryRow::number);
        show(titleColumn, EntryRow::title);
        show(changesColumn, EntryRow::changes);
        show(matchedColumn, EntryRow::matchedBy);
        WrappedCells.wrap(titleColumn);
        MarkedText.cells(changesColumn, r -> ChangeLine.joined(r.lines()));
        numberColumn.setSortable(false); // 序号 as text sorts wrongly; the sheet's order is the one that matters
        for (TableColumn<EntryRow, ?> c : List.of(kindColumn, sheetColumn, rowColumn, titleColumn, changesColumn,
                matchedColumn)) {
            c.sortableProperty().bind(vm.planSortableProperty());
        }
    }

    private void bindOtherTables() {
        errorTable.setItems(vm.errors());
        show(errorSheetColumn, ErrorRow::sheet);
        show(errorRowColumn, ErrorRow::row);
        show(errorColumnColumn, ErrorRow::column);
        show(errorHeaderColumn, ErrorRow::header);
        show(errorValueColumn, ErrorRow::value);
        show(errorWhyColumn, ErrorRow::why);
        show(errorCostColumn, ErrorRow::cost);
        WrappedCells.wrap(errorValueColumn);
        WrappedCells.wrap(errorWhyColumn);
        errorsTab.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.text("importer.tab.errors", vm.errors().size()), vm.errors()));

        missingTable.setItems(vm.missing());
        show(missingNumberColumn, MissingRow::number);
        show(missingTitleColumn, MissingRow::title);
        show(missingUnitsColumn, MissingRow::leadUnits);
        show(missingDeadlineColumn, MissingRow::deadline);
        show(missingStatusColumn, MissingRow::status);
        WrappedCells.wrap(missingTitleColumn);
        missingTab.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.text("importer.tab.missing", vm.missing().size()), vm.missing()));

        skippedTable.setItems(vm.skipped());
        show(skippedSheetColumn, SkippedRow::sheet);
        show(skippedRowColumn, SkippedRow::row);
        show(skippedWhyColumn, SkippedRow::why);
        show(skippedTextColumn, SkippedRow::text);
        WrappedCells.wrap(skippedWhyColumn);
        WrappedCells.wrap(skippedTextColumn);
        skippedTab.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.text("importer.tab.skipped", vm.skipped().size()), vm.skipped()));

        mappingTable.setItems(vm.mapping());
        show(mappingSheetColumn, MappingRow::sheet);
        mappingSheetColumn.visibleProperty().bind(vm.severalSheetsProperty());
        show(samplesColumn, MappingRow::samples);
        WrappedCells.wrap(samplesColumn);
        show(letterColumn, MappingRow::letter);
        show(headerColumn, MappingRow::header);
        fieldColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        fieldColumn.setCellFactory(c -> new FieldCell());
        fieldColumn.setSortable(false);

        summaryTable.setItems(vm.summary());
        show(summaryFileColumn, SummaryRow::file);
        show(summaryUnitColumn, SummaryRow::unit);
        show(summaryRowsColumn, SummaryRow::rows);
        show(summaryAddedColumn, SummaryRow::added);
        show(summaryChangedColumn, SummaryRow::changed);
        show(summaryConflictsColumn, SummaryRow::conflictsLeft);
        show(summaryErrorsColumn, SummaryRow::errors);
        show(summaryMissingColumn, SummaryRow::missing);
        show(summaryWrittenColumn, SummaryRow::adjustment);
        WrappedCells.wrap(summaryFileColumn);
    }

    private static void show(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    private static <S> void show(TableColumn<S, Object> column, Function<S, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void style(javafx.scene.Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** A workbook in the list: its name, its state in colour, and a note when there is one. */
    private static final class WorkbookCell extends ListCell<Workbook> {
        private final Label name = new Label();
        private final Label state = new Label();
        private final Label note = new Label();
        private final VBox box = new VBox(2, name, state, note);

        WorkbookCell() {
            name.getStyleClass().add("import-file-name");
            state.setWrapText(true);
            note.setWrapText(true);
            note.getStyleClass().add("import-file-note");
            box.setMinWidth(0);
            setPrefWidth(0); // wrap at the list's width instead of widening it
        }

        @Override
        protected void updateItem(Workbook w, boolean empty) {
            super.updateItem(w, empty);
            if (empty || w == null) {
                setGraphic(null);
                return;
            }
            name.setText(w.name());
            state.setText(w.stateTextProperty().get());
            state.getStyleClass().setAll("label", Css.IMPORT_STATE, Css.importState(w.state()));
            note.setText(w.noteProperty().get());
            note.setVisible(!note.getText().isEmpty());
            note.setManaged(note.isVisible());
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(28));
            setGraphic(box);
        }
    }

    /** The 导入 check box; a row that changes nothing has none to tick. */
    private static final class IncludeCell extends CheckBoxTableCell<EntryRow, Boolean> {
        @Override
        public void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            EntryRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row != null && !row.selectable()) {
                setGraphic(null);
            }
        }
    }

    /** 新增 / 变更 / 未变 / 冲突 as a coloured label, like the ledger's statuses. */
    private static final class KindCell extends TableCell<EntryRow, Object> {
        private final Label label = new Label();

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || !(item instanceof EntryRow row)) {
                setGraphic(null);
                return;
            }
            label.setText(row.kindLabel());
            label.getStyleClass().setAll("label", "status", row.kindStyle());
            setGraphic(label);
        }
    }

    /** The field a column is read into, chosen from a list; choosing reads the workbook again. */
    private final class FieldCell extends TableCell<MappingRow, MappingRow> {
        private final ComboBox<String> box = new ComboBox<>(vm.fieldChoices());

        FieldCell() {
            box.setMaxWidth(Double.MAX_VALUE);
            box.setVisibleRowCount(14);
            box.disableProperty().bind(vm.readingProperty().or(vm.importingProperty()));
            box.setOnAction(e -> {
                MappingRow row = getItem();
                String choice = box.getValue();
                if (row != null && choice != null && !choice.equals(row.field())) {
                    vm.remap(row, choice);
                }
            });
        }

        @Override
        protected void updateItem(MappingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            box.setValue(row.field());
            setGraphic(box);
        }
    }

    // ---- commands ------------------------------------------------------------------------------

    @FXML
    private void onAddFiles() {
        vm.chooseFiles();
    }

    @FXML
    private void onAddFolder() {
        vm.chooseFolder();
    }

    @FXML
    private void onRead() {
        vm.readSelected();
    }

    @FXML
    private void onRemove() {
        vm.remove(vm.selectedProperty().get());
    }

    @FXML
    private void onIncludeAll() {
        vm.includeAll();
    }

    @FXML
    private void onIncludeDefaults() {
        vm.includeDefaults();
    }

    @FXML
    private void onImport() {
        vm.importSelected();
    }

    @FXML
    private void onImportAll() {
        vm.importAll();
    }

    @FXML
    private void onCancel() {
        vm.cancel();
    }
}
