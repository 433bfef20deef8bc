package org.taizhang.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Status;

/** Binds the main window (fxml/MainWindow.fxml) to its view model; file dialogs are the only logic here. */
public final class MainController {
    private final MainViewModel vm;
    private final Clock clock;

    @FXML
    private VBox welcome;
    @FXML
    private TableView<TaskRow> table;
    @FXML
    private TableColumn<TaskRow, String> numberColumn;
    @FXML
    private TableColumn<TaskRow, String> titleColumn;
    @FXML
    private TableColumn<TaskRow, String> leadColumn;
    @FXML
    private TableColumn<TaskRow, String> deadlineColumn;
    @FXML
    private TableColumn<TaskRow, String> statusColumn;
    @FXML
    private TableColumn<TaskRow, String> progressColumn;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressBar progress;

    public MainController(MainViewModel vm, Clock clock) {
        this.vm = vm;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        table.setItems(vm.rows());
        table.visibleProperty().bind(vm.ledgerOpenProperty());
        welcome.visibleProperty().bind(vm.ledgerOpenProperty().not());
        statusLabel.textProperty().bind(vm.busyProperty().flatMap(busy -> busy
                ? vm.busyMessageProperty() : vm.statusTextProperty()));
        progress.visibleProperty().bind(vm.busyProperty());
        numberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().numberText()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().task().title()));
        leadColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().task().leadUnits().text()));
        deadlineColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().task().deadline().text()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().task().status().label()));
        progressColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().task().progress()));
        titleColumn.setCellFactory(c -> wrapping());
        progressColumn.setCellFactory(c -> wrapping());
        statusColumn.setCellFactory(c -> new StatusCell());
        vm.setOnMessage(this::tell);
    }

    private static TableCell<TaskRow, String> wrapping() {
        TableCell<TaskRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    /** The status as a coloured label (style classes in taizhang.css). */
    private static final class StatusCell extends TableCell<TaskRow, String> {
        private final Label label = new Label();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            label.setText(item);
            label.getStyleClass().setAll("status", "status-" + Status.read(item).name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(label);
        }
    }

    @FXML
    private void onNew() {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(I18n.text("ledger.defaultTitle", LocalDate.now(clock).getYear()) + ".taizhang");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            int year = LocalDate.now(clock).getYear();
            vm.create(withExtension(file.toPath()), I18n.text("ledger.defaultTitle", Integer.toString(year)), year);
        }
    }

    @FXML
    private void onOpen() {
        File file = chooser().showOpenDialog(window());
        if (file != null) {
            vm.open(file.toPath());
        }
    }

    @FXML
    private void onSample() {
        vm.openSample();
    }

    @FXML
    private void onClose() {
        vm.close();
    }

    @FXML
    private void onExit() {
        window().hide();
    }

    @FXML
    private void onAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, I18n.text("about.text"));
        about.setTitle(I18n.text("menu.about"));
        about.setHeaderText(I18n.text("app.name"));
        about.initOwner(window());
        about.show();
    }

    private void tell(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setTitle(I18n.text("app.name"));
        alert.setHeaderText(null);
        alert.initOwner(window());
        alert.show();
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("file.filter"), "*.taizhang"));
        return chooser;
    }

    private static Path withExtension(Path p) {
        return p.getFileName().toString().endsWith(".taizhang") ? p : p.resolveSibling(p.getFileName() + ".taizhang");
    }

    private Window window() {
        return table.getScene().getWindow();
    }
}
