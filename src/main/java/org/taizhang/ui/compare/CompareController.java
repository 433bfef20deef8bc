package org.taizhang.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import org.taizhang.ui.ChangeLine;
import org.taizhang.ui.Css;
import org.taizhang.ui.MarkedText;
import org.taizhang.ui.Describe;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.ui.compare.CompareViewModel.Group;
import org.taizhang.ui.compare.CompareViewModel.Item;

/**
 * Binds the comparison of two dates (fxml/CompareDates.fxml) to its view model. The groups are
 * drawn as one list, indented by style: a list cell wraps long values at the width it is drawn at,
 * where a tree cell measures them without its indentation and cuts the last line off.
 */
public final class CompareController {
    private final CompareViewModel vm;

    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private Button compareButton;
    @FXML
    private Button exportButton;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private Label datesError;
    @FXML
    private ListView<Line> list;

    /** One line of the list: a group's title, a task, or one of its field changes (its differences marked). */
    record Line(String text, String style, ChangeLine change) {
        Line(String text, String style) {
            this(text, style, null);
        }
    }

    private final org.taizhang.ui.export.Exporter exporter;

    public CompareController(CompareViewModel vm, org.taizhang.ui.export.Exporter exporter) {
        this.exporter = exporter;
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        fromPicker.setConverter(Describe.dayConverter());
        toPicker.setConverter(Describe.dayConverter());
        fromPicker.valueProperty().bindBidirectional(vm.fromProperty());
        toPicker.valueProperty().bindBidirectional(vm.toProperty());
        ErrorUnder.show(datesError, vm.errors().of("dates"), fromPicker, toPicker);
        compareButton.disableProperty().bind(vm.busyProperty().or(vm.errors().noneProperty().not()));
        exportButton.disableProperty().bind(vm.busyProperty().or(vm.errors().noneProperty().not()));
        progress.visibleProperty().bind(vm.busyProperty());
        showWhenSet(summaryLabel, vm.summaryProperty());
        showWhenSet(messageLabel, vm.messageProperty());
        list.setCellFactory(l -> new LineCell());
        vm.groups().addListener((ListChangeListener<Group>) c -> list.getItems().setAll(lines(vm.groups())));
    }

    /** Writes the changes between the two dates shown to a workbook. */
    @FXML
    private void onExport() {
        exporter.changes(vm.fromProperty().get(), vm.toProperty().get());
    }

    /** The label shows the text, and takes no room while there is none. */
    private static void showWhenSet(Label label, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(text.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static List<Line> lines(List<Group> groups) {
        List<Line> lines = new ArrayList<>();
        for (Group g : groups) {
            lines.add(new Line(g.title(), Css.COMPARE_GROUP));
            for (Item i : g.items()) {
                lines.add(new Line(i.task(), Css.COMPARE_TASK));
                i.lines().forEach(change -> lines.add(new Line(change.text(), Css.COMPARE_CHANGE, change)));
            }
        }
        return lines;
    }

    /** A line that wraps to the list's width: its own preferred width would be its text's, unwrapped. */
    private static final class LineCell extends ListCell<Line> {
        LineCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            boolean marked = !empty && line != null && line.change() != null;
            setText(empty || line == null || marked ? null : line.text());
            // the change's padding (48 left, 8 right) and a little for the scroll bar
            setGraphic(marked ? new MarkedText(line.change().runs(), this,
                    getListView().widthProperty().subtract(80)) : null);
            getStyleClass().removeAll(Css.COMPARE_GROUP, Css.COMPARE_TASK, Css.COMPARE_CHANGE);
            if (!empty && line != null) {
                getStyleClass().add(line.style());
            }
        }
    }

    @FXML
    private void onCompare() {
        vm.compare();
    }
}
