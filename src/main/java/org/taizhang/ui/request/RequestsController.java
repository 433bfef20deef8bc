package org.taizhang.ui.request;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;
import org.taizhang.ui.WrappedCells;

/** Binds 调整申请 (fxml/Requests.fxml): the filter, the list, and the office's steps on the selected request. */
public final class RequestsController {
    private final RequestsViewModel vm;

    @FXML private ComboBox<RequestsViewModel.Show> showBox;
    @FXML private Label countsLabel;
    @FXML private TableView<RequestRow> table;
    @FXML private TableColumn<RequestRow, Object> idColumn;
    @FXML private TableColumn<RequestRow, Object> taskColumn;
    @FXML private TableColumn<RequestRow, Object> unitColumn;
    @FXML private TableColumn<RequestRow, Object> typeColumn;
    @FXML private TableColumn<RequestRow, Object> beforeColumn;
    @FXML private TableColumn<RequestRow, Object> proposedColumn;
    @FXML private TableColumn<RequestRow, Object> reasonColumn;
    @FXML private TableColumn<RequestRow, Object> stateColumn;
    @FXML private TableColumn<RequestRow, Object> opinionColumn;
    @FXML private TableColumn<RequestRow, Object> listColumn;
    @FXML private TableColumn<RequestRow, Object> decisionColumn;
    @FXML private TableColumn<RequestRow, Object> flagsColumn;
    @FXML private Button agreeButton;
    @FXML private Button disagreeButton;
    @FXML private Button listButton;
    @FXML private Button decideButton;
    @FXML private Button withdrawButton;

    public RequestsController(RequestsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        showBox.getItems().setAll(RequestsViewModel.Show.values());
        showBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(RequestsViewModel.Show s) {
                return s == null ? "" : s.label();
            }

            @Override
            public RequestsViewModel.Show fromString(String text) {
                return null;
            }
        });
        showBox.valueProperty().bindBidirectional(vm.showProperty());
        countsLabel.textProperty().bind(vm.countsProperty());
        table.setItems(vm.rows());
        column(idColumn, RequestRow::id);
        column(taskColumn, RequestRow::task);
        column(unitColumn, RequestRow::unit);
        column(typeColumn, RequestRow::type);
        column(beforeColumn, RequestRow::before);
        column(proposedColumn, RequestRow::proposed);
        column(reasonColumn, RequestRow::reason);
        column(stateColumn, RequestRow::state);
        column(opinionColumn, RequestRow::opinion);
        column(listColumn, RequestRow::list);
        column(decisionColumn, RequestRow::decision);
        column(flagsColumn, RequestRow::flags);
        for (TableColumn<RequestRow, Object> c : java.util.List.of(taskColumn, typeColumn, reasonColumn,
                opinionColumn, decisionColumn, flagsColumn)) {
            WrappedCells.wrap(c);
        }
        // 原内容 and 调整为 with what the request would change marked
        org.taizhang.ui.MarkedText.cells(beforeColumn, r -> r.diff() == null ? null : r.diff().before());
        org.taizhang.ui.MarkedText.cells(proposedColumn, r -> r.diff() == null ? null : r.diff().after());
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<RequestRow>) c ->
                vm.chosen().setAll(table.getSelectionModel().getSelectedItems()));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        agreeButton.disableProperty().bind(vm.canOpineProperty().not());
        disagreeButton.disableProperty().bind(vm.canOpineProperty().not());
        listButton.disableProperty().bind(vm.canListProperty().not());
        decideButton.disableProperty().bind(vm.canDecideProperty().not());
        withdrawButton.disableProperty().bind(vm.canWithdrawProperty().not());
    }

    private static void column(TableColumn<RequestRow, Object> column, Function<RequestRow, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void onAgree() {
        vm.agree();
    }

    @FXML
    private void onDisagree() {
        vm.disagree();
    }

    @FXML
    private void onList() {
        vm.putOnList();
    }

    @FXML
    private void onExportList() {
        vm.exportList();
    }

    @FXML
    private void onDecide() {
        vm.decide();
    }

    @FXML
    private void onWithdraw() {
        vm.withdraw();
    }
}
