package org.taizhang.ui.main;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.taizhang.core.task.TaskSearch;
import org.taizhang.ui.ChangeLine;
import org.taizhang.ui.HitText;
import org.taizhang.ui.MarkedText;

/** Binds the pane beside the table (fxml/TaskDetail.fxml): the selected task's fields and its timeline. */
public final class TaskDetailController {
    /** What the names' column and the gaps take from the grid's width. */
    private static final double NAME_WIDTH = 96;

    private final TaskDetailViewModel vm;

    @FXML private GridPane detailGrid;
    @FXML private ListView<TaskDetailViewModel.Entry> timeline;

    public TaskDetailController(TaskDetailViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        vm.lines().addListener((ListChangeListener<TaskDetailViewModel.Line>) c -> showLines());
        vm.queryProperty().addListener((o, was, now) -> showLines());
        timeline.setItems(vm.timeline());
        timeline.setCellFactory(l -> new TimelineCell());
    }

    private void showLines() {
        detailGrid.getChildren().clear();
        int rowIndex = 0;
        for (TaskDetailViewModel.Line line : vm.lines()) {
            Label name = new Label(line.label());
            name.getStyleClass().add("detail-name");
            detailGrid.addRow(rowIndex++, name, value(line.value()));
        }
    }

    /** A field's value; where the search finds it, a text with the hits marked (wrapped as the label would be). */
    private javafx.scene.Node value(String text) {
        if (TaskSearch.hits(text, vm.queryProperty().get()).isEmpty()) {
            Label value = new Label(text);
            value.setWrapText(true);
            value.getStyleClass().add("detail-value");
            return value;
        }
        HitText value = new HitText();
        value.text().getStyleClass().add("detail-value-text");
        value.text().wrappingWidthProperty().bind(detailGrid.widthProperty().subtract(NAME_WIDTH));
        value.show(text, vm.queryProperty().get());
        return value;
    }

    /** An adjustment in the selected task's timeline: heading, reason, changed fields. */
    private static final class TimelineCell extends ListCell<TaskDetailViewModel.Entry> {
        @Override
        protected void updateItem(TaskDetailViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            Label heading = new Label(entry.heading());
            heading.getStyleClass().add("timeline-heading");
            box.getChildren().add(heading);
            if (!entry.note().isEmpty()) {
                Label note = new Label(entry.note());
                note.setWrapText(true);
                note.getStyleClass().add("timeline-note");
                box.getChildren().add(note);
            }
            for (ChangeLine change : entry.lines()) {
                // the values' differences marked; indented as the change lines were
                MarkedText line = new MarkedText(change.runs(), this, getListView().widthProperty().subtract(40));
                line.getStyleClass().add("timeline-change");
                box.getChildren().add(line);
            }
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
        }
    }
}
