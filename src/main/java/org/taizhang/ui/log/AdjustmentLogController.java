package org.taizhang.ui.log;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.taizhang.ui.MarkedText;
import org.taizhang.ui.WrappedCells;
import org.taizhang.ui.Describe;
import org.taizhang.ui.log.AdjustmentLogViewModel.ChangeRow;
import org.taizhang.ui.log.AdjustmentLogViewModel.Row;

/** Binds the adjustment log (fxml/AdjustmentLog.fxml) to its view model. */
public final class AdjustmentLogController {
    private final AdjustmentLogViewModel vm;

    @FXML
    private ComboBox<String> typeBox;
    @FXML
    private ComboBox<String> operatorBox;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private TextField sourceField;
    @FXML
    private Button clearButton;
    @FXML
    private TableView<Row> table;
    @FXML
    private TableColumn<Row, Object> idColumn;
    @FXML
    private TableColumn<Row, Object> timeColumn;
    @FXML
    private TableColumn<Row, Object> typeColumn;
    @FXML
    private TableColumn<Row, Object> operatorColumn;
    @FXML
    private TableColumn<Row, Object> reasonColumn;
    @FXML
    private TableColumn<Row, Object> basisColumn;
    @FXML
    private TableColumn<Row, Object> sourceColumn;
    @FXML
    private TableColumn<Row, Object> tasksColumn;
    @FXML
    private TableColumn<Row, Object> undoesColumn;
    @FXML
    private TableView<ChangeRow> changeTable;
    @FXML
    private TableColumn<ChangeRow, Object> taskColumn;
    @FXML
    private TableColumn<ChangeRow, Object> fieldColumn;
    @FXML
    private TableColumn<ChangeRow, Object> beforeColumn;
    @FXML
    private TableColumn<ChangeRow, Object> afterColumn;
    @FXML
    private Label countLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private ProgressBar progress;

    public AdjustmentLogController(AdjustmentLogViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        typeBox.setItems(vm.typeChoices());
        typeBox.valueProperty().bindBidirectional(vm.typeProperty());
        operatorBox.setItems(vm.operatorChoices());
        operatorBox.valueProperty().bindBidirectional(vm.operatorProperty());
        fromPicker.setConverter(Describe.dayConverter());
        toPicker.setConverter(Describe.dayConverter());
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        sourceField.textProperty().bindBidirectional(vm.sourceFileProperty());

        table.setItems(vm.rows());
        show(idColumn, r -> r.adjustment().id());
        show(timeColumn, Row::time);
        show(typeColumn, Row::type);
        show(operatorColumn, Row::operator);
        show(reasonColumn, Row::reason);
        show(basisColumn, Row::basis);
        show(sourceColumn, Row::source);
        show(tasksColumn, Row::tasks);
        show(undoesColumn, Row::undoes);
        WrappedCells.wrap(reasonColumn);
        WrappedCells.wrap(basisColumn);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> vm.select(row));

        changeTable.setItems(vm.changes());
        show(taskColumn, ChangeRow::task);
        show(fieldColumn, ChangeRow::field);
        show(beforeColumn, ChangeRow::before);
        show(afterColumn, ChangeRow::after);
        WrappedCells.wrap(taskColumn);
        MarkedText.cells(beforeColumn, c -> c.diff() == null ? null : c.diff().before());
        MarkedText.cells(afterColumn, c -> c.diff() == null ? null : c.diff().after());

        countLabel.textProperty().bind(vm.countProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        progress.visibleProperty().bind(vm.busyProperty());
    }

    private static <S> void show(TableColumn<S, Object> column, Function<S, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false); // the log's own order (newest first) is the one that matters
    }

    @FXML
    private void onClear() {
        vm.clearFilters();
    }
}
