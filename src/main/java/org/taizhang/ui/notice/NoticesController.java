package org.taizhang.ui.notice;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.taizhang.core.notice.NoticeLevel;
import org.taizhang.ui.WrappedCells;

/** Binds fxml/Notices.fxml to its view model. */
public final class NoticesController {
    private final NoticesViewModel vm;

    @FXML private DatePicker asOfPicker;
    @FXML private CheckBox redBox;
    @FXML private CheckBox yellowBox;
    @FXML private CheckBox blueBox;
    @FXML private ComboBox<String> unitBox;
    @FXML private Label planLabel;
    @FXML private Label countsLabel;
    @FXML private Button previewButton;
    @FXML private Button issueButton;
    @FXML private Button answerButton;
    @FXML private TableView<NoticeRow> table;
    @FXML private TableColumn<NoticeRow, Object> numberColumn;
    @FXML private TableColumn<NoticeRow, Object> unitColumn;
    @FXML private TableColumn<NoticeRow, Object> levelColumn;
    @FXML private TableColumn<NoticeRow, Object> tasksColumn;
    @FXML private TableColumn<NoticeRow, Object> issuedColumn;
    @FXML private TableColumn<NoticeRow, Object> replyByColumn;
    @FXML private TableColumn<NoticeRow, Object> answeredColumn;
    @FXML private TableColumn<NoticeRow, Object> stateColumn;

    public NoticesController(NoticesViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        asOfPicker.valueProperty().bindBidirectional(vm.asOfProperty());
        redBox.selectedProperty().bindBidirectional(vm.levelProperty(NoticeLevel.RED));
        yellowBox.selectedProperty().bindBidirectional(vm.levelProperty(NoticeLevel.YELLOW));
        blueBox.selectedProperty().bindBidirectional(vm.levelProperty(NoticeLevel.BLUE));
        unitBox.setItems(vm.units());
        unitBox.valueProperty().bindBidirectional(vm.unitProperty());
        planLabel.textProperty().bind(vm.planTextProperty());
        countsLabel.textProperty().bind(vm.countsTextProperty());
        table.setItems(vm.rows());
        column(numberColumn, NoticeRow::number);
        column(unitColumn, NoticeRow::unit);
        column(levelColumn, NoticeRow::level);
        column(tasksColumn, NoticeRow::tasks);
        column(issuedColumn, NoticeRow::issued);
        column(replyByColumn, NoticeRow::replyBy);
        column(answeredColumn, NoticeRow::answered);
        column(stateColumn, NoticeRow::state);
        WrappedCells.wrap(unitColumn);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        previewButton.disableProperty().bind(vm.plannedProperty().not());
        issueButton.disableProperty().bind(vm.plannedProperty().not());
        if (vm.readOnly()) { // a read-only ledger records nothing: a preview only
            issueButton.disableProperty().unbind();
            issueButton.setDisable(true);
        }
        answerButton.disableProperty().bind(vm.canAnswerProperty().not());
    }

    private static void column(TableColumn<NoticeRow, Object> column, Function<NoticeRow, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void onPreview() {
        vm.preview();
    }

    @FXML
    private void onIssue() {
        vm.issue();
    }

    @FXML
    private void onAnswer() {
        vm.markAnswered();
    }
}
