package org.taizhang.ui.batch;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.BatchEdit;
import org.taizhang.core.task.TaskField;
import org.taizhang.ui.FormController;
import org.taizhang.ui.MarkedText;
import org.taizhang.ui.WrappedCells;

/** Binds fxml/BatchEdit.fxml to its view model. */
public final class BatchEditController extends FormController {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final BatchEditViewModel vm;
    @FXML private Label heading;
    @FXML private Label why;
    @FXML private ChoiceBox<TaskField> field;
    @FXML private Label wayLabel;
    @FXML private ChoiceBox<BatchEdit.Way> way;
    @FXML private Label valueLabel;
    @FXML private ComboBox<String> value;
    @FXML private Label pastedLabel;
    @FXML private Label pasted;
    @FXML private TableView<BatchEditViewModel.Row> rows;
    @FXML private TableColumn<BatchEditViewModel.Row, Object> taskColumn;
    @FXML private TableColumn<BatchEditViewModel.Row, Object> beforeColumn;
    @FXML private TableColumn<BatchEditViewModel.Row, Object> afterColumn;
    @FXML private TableColumn<BatchEditViewModel.Row, Object> noteColumn;
    @FXML private Label summary;
    @FXML private Label problem;
    @FXML private Button ok;

    public BatchEditController(BatchEditViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        heading.setText(I18n.text(vm.isPaste() ? "batch.pasteHeading" : "batch.heading"));
        why.setText(vm.isPaste() ? I18n.text("batch.pasteWhy", vm.pastedCount(), vm.taskCount())
                : I18n.text("batch.why", vm.taskCount()));
        field.setItems(FXCollections.observableList(vm.fields()));
        field.setConverter(words(f -> I18n.text(f.labelKey())));
        field.valueProperty().bindBidirectional(vm.fieldProperty());
        way.setItems(FXCollections.observableList(List.of(BatchEdit.Way.values())));
        way.setConverter(words(w -> I18n.text("batch.way." + w.name().toLowerCase(java.util.Locale.ROOT))));
        way.valueProperty().bindBidirectional(vm.wayProperty());
        show(wayLabel, vm.unitsProperty().get());
        show(way, vm.unitsProperty().get());
        vm.unitsProperty().addListener((o, was, now) -> {
            show(wayLabel, now);
            show(way, now);
        });
        value.setItems(vm.suggestions());
        value.getEditor().textProperty().bindBidirectional(vm.valueProperty());
        show(valueLabel, !vm.isPaste());
        show(value, !vm.isPaste());
        show(pastedLabel, vm.isPaste());
        show(pasted, vm.isPaste());
        pasted.setText(I18n.text("batch.pastedLines", vm.pastedCount()));

        rows.setItems(vm.rows());
        taskColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().task()));
        beforeColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().before()));
        afterColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().after()));
        noteColumn.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().note()));
        for (TableColumn<BatchEditViewModel.Row, Object> c : List.of(taskColumn, noteColumn)) {
            WrappedCells.wrap(c);
        }
        MarkedText.cells(beforeColumn, r -> r.diff() == null ? null : r.diff().before());
        MarkedText.cells(afterColumn, r -> r.diff() == null ? null : r.diff().after());
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BatchEditViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PROBLEM, !empty && row != null && row.problem());
            }
        });
        summary.textProperty().bind(vm.summaryProperty());
        problem.textProperty().bind(vm.problemProperty());
        ok.disableProperty().bind(vm.problemProperty().isNotEmpty());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static <T> StringConverter<T> words(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
