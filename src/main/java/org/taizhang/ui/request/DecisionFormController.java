package org.taizhang.ui.request;

import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableCell;
import javafx.util.StringConverter;
import org.taizhang.core.request.Request;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.FormController;
import org.taizhang.ui.WrappedCells;

/** Binds fxml/DecisionForm.fxml to its view model; a result per row is picked in the table. */
public final class DecisionFormController extends FormController {
    private final DecisionFormViewModel vm;
    @FXML private TableView<DecisionFormViewModel.Item> items;
    @FXML private TableColumn<DecisionFormViewModel.Item, Object> idColumn;
    @FXML private TableColumn<DecisionFormViewModel.Item, Object> taskColumn;
    @FXML private TableColumn<DecisionFormViewModel.Item, Object> typeColumn;
    @FXML private TableColumn<DecisionFormViewModel.Item, Object> proposedColumn;
    @FXML private TableColumn<DecisionFormViewModel.Item, Object> opinionColumn;
    @FXML private TableColumn<DecisionFormViewModel.Item, Request.Result> resultColumn;
    @FXML private TextField basis;
    @FXML private DatePicker date;
    @FXML private Label summary;
    @FXML private Label basisError;
    @FXML private Label dateError;
    @FXML private Button ok;

    public DecisionFormController(DecisionFormViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        items.setItems(FXCollections.observableList(vm.items()));
        idColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().row().id()));
        taskColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().row().task()));
        typeColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue().row().type()));
        proposedColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(
                c.getValue().row().proposed()));
        opinionColumn.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(
                c.getValue().row().opinion()));
        for (TableColumn<DecisionFormViewModel.Item, Object> c : java.util.List.of(taskColumn, proposedColumn,
                opinionColumn)) {
            WrappedCells.wrap(c);
        }
        resultColumn.setCellValueFactory(c -> c.getValue().resultProperty());
        resultColumn.setCellFactory(c -> new ResultCell());
        basis.textProperty().bindBidirectional(vm.basisProperty());
        date.valueProperty().bindBidirectional(vm.dateProperty());
        summary.textProperty().bind(vm.summaryProperty());
        ErrorUnder.show(basisError, vm.errors().of("basis"), basis);
        ErrorUnder.show(dateError, vm.errors().of("date"), date);
        ok.disableProperty().bind(vm.errors().noneProperty().not());
    }

    /** A choice always shown (not only once the cell is edited), so the clerk sees each result can be changed. */
    private final class ResultCell extends TableCell<DecisionFormViewModel.Item, Request.Result> {
        private final ChoiceBox<Request.Result> box = new ChoiceBox<>(FXCollections.observableList(vm.results()));
        private ObjectProperty<Request.Result> bound;

        ResultCell() {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Request.Result r) {
                    return r == null ? "" : r.label();
                }

                @Override
                public Request.Result fromString(String s) {
                    return null;
                }
            });
            box.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(Request.Result result, boolean empty) {
            super.updateItem(result, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            DecisionFormViewModel.Item item = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (item == null) {
                setGraphic(null);
                return;
            }
            bound = item.resultProperty();
            box.valueProperty().bindBidirectional(bound);
            setGraphic(box);
        }
    }
}
