package org.taizhang.ui.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.ui.Modal;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.WindowFactory;
import org.taizhang.ui.adjust.AdjustmentPromptController;
import org.taizhang.ui.adjust.AdjustmentPromptViewModel;
import org.taizhang.ui.batch.BatchEditController;
import org.taizhang.ui.batch.BatchEditViewModel;
import org.taizhang.ui.edit.TaskEditController;
import org.taizhang.ui.edit.TaskEditViewModel;
import org.taizhang.core.task.SplitParts;
import org.taizhang.ui.connect.ConnectController;
import org.taizhang.ui.connect.ConnectViewModel;
import org.taizhang.ui.newledger.NewLedgerController;
import org.taizhang.ui.newledger.NewLedgerViewModel;
import org.taizhang.ui.request.DecisionFormController;
import org.taizhang.ui.request.DecisionFormViewModel;
import org.taizhang.ui.request.RequestFormController;
import org.taizhang.ui.request.RequestFormViewModel;

/**
 * The questions as real dialogs, owned by the window that asks: each window has its own
 * ({@link #ownedBy}). Button words come from the program's bundle: JavaFX's own (ButtonType.OK, YES …)
 * follow the JVM's language, not the program's.
 */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final java.util.function.Consumer<Path> showFolder;
    private final UserPrefs prefs;

    /** @param owner the window that asks: its dialogs are shown over it */
    public FxDialogService(Supplier<Window> owner, UserPrefs prefs) {
        this(owner, prefs, folder -> { });
    }

    /** @param showFolder opens a folder in the desktop's file manager */
    public FxDialogService(Supplier<Window> owner, UserPrefs prefs, java.util.function.Consumer<Path> showFolder) {
        this.owner = owner;
        this.prefs = prefs;
        this.showFolder = showFolder;
    }

    /** The same questions asked from another window, over that window. */
    public FxDialogService ownedBy(Supplier<Window> window) {
        return new FxDialogService(window, prefs, showFolder);
    }

    private static ButtonType ok() {
        return new ButtonType(I18n.text("dialog.ok"), ButtonData.OK_DONE);
    }

    private static ButtonType cancel() {
        return new ButtonType(I18n.text("dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    private <T extends Dialog<?>> T dress(T dialog, String header) {
        dialog.initOwner(owner.get());
        Modal.over(dialog);
        dialog.setTitle(I18n.text("app.name"));
        dialog.setHeaderText(header);
        Window w = owner.get();
        if (w != null && w.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(w.getScene().getStylesheets());
        }
        return dialog;
    }

    @Override
    public void tell(String message) {
        Alert alert = dress(new Alert(Alert.AlertType.INFORMATION, message, ok()), null);
        alert.getDialogPane().setMinWidth(420);
        alert.showAndWait();
    }

    @Override
    public void written(Path file) {
        ButtonType open = new ButtonType(I18n.text("exporting.openFolder"), ButtonData.OTHER);
        Alert alert = dress(new Alert(Alert.AlertType.INFORMATION, I18n.text("exporting.done", file), open, ok()), null);
        alert.getDialogPane().setMinWidth(420);
        alert.showAndWait().filter(open::equals).ifPresent(b -> showFolder.accept(file.toAbsolutePath().getParent()));
    }

    @Override
    public boolean confirm(String question, String yes) {
        ButtonType agree = new ButtonType(yes, ButtonData.OK_DONE);
        Alert alert = dress(new Alert(Alert.AlertType.CONFIRMATION, question, agree, cancel()), null);
        return alert.showAndWait().filter(agree::equals).isPresent();
    }

    @Override
    public boolean choose(String question, String details, String yes, String no) {
        ButtonType agree = new ButtonType(yes, ButtonData.OK_DONE);
        ButtonType refuse = new ButtonType(no, ButtonData.NO);
        Alert alert = dress(new Alert(Alert.AlertType.CONFIRMATION, details, agree, refuse), question);
        alert.getDialogPane().setPrefWidth(Math.min(640, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 80));
        return alert.showAndWait().filter(refuse::equals).isEmpty();
    }

    @Override
    public Optional<String> askText(String question, String label, String initial) {
        TextInputDialog dialog = dress(new TextInputDialog(initial), question);
        dialog.getDialogPane().getButtonTypes().setAll(ok(), cancel());
        dialog.setContentText(label);
        dialog.setOnShown(e -> Platform.runLater(dialog.getEditor()::selectAll));
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> operator() {
        if (!prefs.operator().isBlank()) {
            return Optional.of(prefs.operator());
        }
        Optional<String> name = askText(I18n.text("operator.question"), I18n.text("adjust.operator"), "");
        name.ifPresent(prefs::setOperator);
        return name;
    }

    @Override
    public Optional<Note> ask(AdjustmentType type, List<String> changes) {
        AdjustmentPromptViewModel vm = new AdjustmentPromptViewModel(type, changes, prefs.operator());
        AdjustmentPromptController controller = new AdjustmentPromptController(vm);
        form("adjust.title", "AdjustmentPrompt.fxml", controller);
        if (!controller.confirmed()) {
            return Optional.empty();
        }
        prefs.setOperator(vm.operatorProperty().get());
        return Optional.of(vm.note());
    }

    @Override
    public Optional<Task> editTask(TaskEditViewModel form) {
        TaskEditController controller = new TaskEditController(form, over -> ownedBy(() -> over)
                .confirm(I18n.text("edit.discardQuestion"), I18n.text("edit.discard")));
        WindowFactory.form(owner.get(), form.heading(), "TaskEdit.fxml", controller);
        return controller.saved() ? Optional.of(form.result()) : Optional.empty();
    }

    @Override
    public Optional<DecisionFormViewModel.Decisions> decisions(DecisionFormViewModel form) {
        DecisionFormController controller = new DecisionFormController(form);
        form("decisionForm.heading", "DecisionForm.fxml", controller);
        return controller.confirmed() ? Optional.of(form.decisions()) : Optional.empty();
    }

    @Override
    public Optional<RequestFormViewModel.Draft> newRequest(RequestFormViewModel form) {
        RequestFormController controller = new RequestFormController(form);
        form("requestForm.heading", "RequestForm.fxml", controller);
        return controller.confirmed() ? Optional.of(form.draft()) : Optional.empty();
    }

    @Override
    public boolean batchEdit(BatchEditViewModel form) {
        BatchEditController controller = new BatchEditController(form);
        form(form.isPaste() ? "batch.pasteHeading" : "batch.heading", "BatchEdit.fxml", controller);
        return controller.confirmed();
    }

    @Override
    public Optional<NewLedgerViewModel.Choice> newLedger(NewLedgerViewModel form) {
        NewLedgerController controller = new NewLedgerController(form);
        form("newLedger.heading", "NewLedger.fxml", controller);
        return controller.confirmed() ? Optional.of(form.choice()) : Optional.empty();
    }

    @Override
    public Optional<ConnectViewModel.Choice> connect(ConnectViewModel form) {
        ConnectController controller = new ConnectController(form);
        form("connect.heading", "ConnectServer.fxml", controller);
        return controller.confirmed() ? Optional.of(form.choice()) : Optional.empty();
    }

    /** A form of our own (fxml/{@code view}), modal to the asking window, shown until it closes. */
    private void form(String titleKey, String view, Object controller) {
        WindowFactory.form(owner.get(), I18n.text(titleKey), view, controller);
    }

    /** A task offered in a choice list by its label. */
    private record Choice(Task task) {
        @Override
        public String toString() {
            return task.label();
        }
    }

    @Override
    public Optional<Task> chooseTask(String question, List<Task> among) {
        if (among.isEmpty()) {
            tell(I18n.text("adjust.noTarget"));
            return Optional.empty();
        }
        List<Choice> choices = among.stream().map(Choice::new).toList();
        ChoiceDialog<Choice> dialog = dress(new ChoiceDialog<>(choices.get(0), choices), question);
        dialog.getDialogPane().getButtonTypes().setAll(ok(), cancel());
        dialog.setContentText(I18n.text("adjust.mergeInto"));
        return dialog.showAndWait().map(Choice::task);
    }

    @Override
    public Optional<List<Task>> splitParts(Task whole) {
        Dialog<String> dialog = dress(new Dialog<>(), I18n.text("split.question", whole.label()));
        TextArea parts = new TextArea();
        parts.setPromptText(I18n.text("split.prompt"));
        parts.setPrefRowCount(6);
        parts.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, parts));
        ButtonType ok = ok();
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel());
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(parts.textProperty().map(t -> SplitParts.parse(t, whole).size() < 2));
        dialog.setResultConverter(b -> b == ok ? parts.getText() : null);
        return dialog.showAndWait().map(text -> SplitParts.parse(text, whole));
    }

    @Override
    public LastFolders folders() {
        return new LastFolders(prefs);
    }

    @Override
    public Optional<Path> pickFile(Path folder, FileType... types) {
        File file = chooser(folder, types).showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> pickFiles(Path folder, FileType... types) {
        List<File> files = chooser(folder, types).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> pickSaveFile(String name, Path folder, FileType... types) {
        FileChooser chooser = chooser(folder, types);
        chooser.setInitialFileName(name.replaceAll("[\\\\/:*?\"<>|]", "_"));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        String chosen = file.getName().toLowerCase(Locale.ROOT);
        if (Arrays.stream(types).anyMatch(t -> chosen.endsWith(t.extension()))) {
            return Optional.of(file.toPath());
        }
        FileType type = Arrays.stream(types)
                .filter(t -> chooser.getSelectedExtensionFilter() != null
                        && chooser.getSelectedExtensionFilter().getDescription().equals(t.description()))
                .findFirst().orElse(types[0]);
        return Optional.of(file.toPath().resolveSibling(file.getName() + type.extension()));
    }

    @Override
    public Optional<Path> pickFolder(String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private static FileChooser chooser(Path folder, FileType... types) {
        FileChooser chooser = new FileChooser();
        for (FileType t : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
