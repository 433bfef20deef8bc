package org.taizhang.ui.backup;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.taizhang.core.I18n;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.dialog.FolderKind;
import org.taizhang.ui.backup.BackupsViewModel.Row;

/** Binds 恢复备份 (fxml/Backups.fxml): the list, 立即备份, and restoring one as a new ledger file. */
public final class BackupsController {
    private final BackupsViewModel vm;
    private final Consumer<Path> open;
    private final DialogService dialogs;

    @FXML private Button restoreButton;
    @FXML private Button backUpButton;
    @FXML private ProgressBar progress;
    @FXML private Label folderLabel;
    @FXML private Label messageLabel;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> timeColumn;
    @FXML private TableColumn<Row, String> reasonColumn;
    @FXML private TableColumn<Row, Long> countColumn;
    @FXML private TableColumn<Row, String> afterColumn;

    /** {@code open} opens a restored file (a server ledger's backup too is restored as a file). */
    public BackupsController(BackupsViewModel vm, Consumer<Path> open, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.open = open;
    }

    @FXML
    private void initialize() {
        column(timeColumn, Row::time);
        column(reasonColumn, Row::reason);
        column(countColumn, Row::adjustments);
        column(afterColumn, Row::after);
        table.setItems(vm.rows());
        restoreButton.disableProperty().bind(vm.busyProperty().or(table.getSelectionModel().selectedItemProperty().isNull()));
        if (vm.canBackUp()) {
            backUpButton.disableProperty().bind(vm.busyProperty());
        } else {
            backUpButton.setDisable(true);
        }
        progress.visibleProperty().bind(vm.busyProperty());
        folderLabel.textProperty().bind(vm.folderProperty().map(f -> f.isEmpty() ? "" : I18n.text("backups.folder", f)));
        messageLabel.textProperty().bind(vm.messageProperty());
        messageLabel.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        vm.load();
    }

    private static <T> void column(TableColumn<Row, T> column, Function<Row, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    @FXML
    private void onBackUpNow() {
        vm.backUpNow();
    }

    @FXML
    private void onRestore() {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        dialogs.saveFile(vm.restoredName(row), FolderKind.LEDGERS,
                FileType.LEDGER).ifPresent(target -> vm.restore(row, target, restored -> {
                    if (dialogs.confirm(I18n.text("backups.openRestored", restored.getFileName()),
                            I18n.text("backups.openButton"))) {
                        table.getScene().getWindow().hide();
                        open.accept(restored);
                    }
                }));
    }
}
