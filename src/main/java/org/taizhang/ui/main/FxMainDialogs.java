package org.taizhang.ui.main;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.taizhang.core.I18n;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.Views;
import org.taizhang.ui.adjust.AdjustmentPromptController;
import org.taizhang.ui.adjust.AdjustmentPromptViewModel;
import org.taizhang.ui.edit.TaskEditController;
import org.taizhang.ui.edit.TaskEditViewModel;
import org.taizhang.ui.newledger.NewLedgerController;
import org.taizhang.ui.newledger.NewLedgerViewModel;

/** The main window's questions as real dialogs, owned by the main window. */
public final class FxMainDialogs implements MainDialogs {
    private final Supplier<Window> owner;
    private final UserPrefs prefs;

    public FxMainDialogs(Supplier<Window> owner, UserPrefs prefs) {
        this.owner = owner;
        this.prefs = prefs;
    }

    @Override
    public Optional<String> operator() {
        if (!prefs.operator().isBlank()) {
            return Optional.of(prefs.operator());
        }
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(owner.get());
        ask.setTitle(I18n.text("app.name"));
        ask.setHeaderText(I18n.text("operator.question"));
        ask.setContentText(I18n.text("adjust.operator"));
        Optional<String> name = ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
        name.ifPresent(prefs::setOperator);
        return name;
    }

    @Override
    public Optional<Note> ask(AdjustmentType type, List<String> changes) {
        AdjustmentPromptViewModel vm = new AdjustmentPromptViewModel(type, changes, prefs.operator());
        AdjustmentPromptController controller = new AdjustmentPromptController(vm);
        Stage stage = Views.window(owner.get(), I18n.text("adjust.title"), Views.load("AdjustmentPrompt.fxml", controller),
                true);
        stage.showAndWait();
        if (!controller.confirmed()) {
            return Optional.empty();
        }
        prefs.setOperator(vm.operatorProperty().get());
        return Optional.of(vm.note());
    }

    @Override
    public Optional<Task> editTask(TaskEditViewModel form) {
        TaskEditController controller = new TaskEditController(form);
        Stage stage = Views.window(owner.get(), I18n.text(form.isNew() ? "edit.headingNew" : "edit.heading"),
                Views.load("TaskEdit.fxml", controller), true);
        stage.showAndWait();
        return controller.saved() ? Optional.of(form.result()) : Optional.empty();
    }

    @Override
    public Optional<NewLedgerViewModel.Choice> newLedger(NewLedgerViewModel form) {
        NewLedgerController controller = new NewLedgerController(form);
        Stage stage = Views.window(owner.get(), I18n.text("newLedger.heading"), Views.load("NewLedger.fxml", controller),
                true);
        stage.showAndWait();
        return controller.confirmed() ? Optional.of(form.choice()) : Optional.empty();
    }

    /** A task offered in a choice list by its number and title. */
    private record Choice(Task task, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Override
    public Optional<Task> chooseTask(String question, List<Task> among) {
        List<Choice> choices = among.stream().map(t -> new Choice(t, t.number().text() + " " + t.title())).toList();
        if (choices.isEmpty()) {
            tell(I18n.text("adjust.noTarget"));
            return Optional.empty();
        }
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner.get());
        dialog.setTitle(I18n.text("app.name"));
        dialog.setHeaderText(question);
        dialog.setContentText(I18n.text("adjust.mergeInto"));
        return dialog.showAndWait().map(Choice::task);
    }

    @Override
    public Optional<List<Task>> splitParts(Task whole) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(I18n.text("app.name"));
        dialog.setHeaderText(I18n.text("split.question", whole.number().text() + " " + whole.title()));
        TextArea parts = new TextArea();
        parts.setPromptText(I18n.text("split.prompt"));
        parts.setPrefRowCount(6);
        parts.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, parts));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(parts.textProperty().map(t -> SplitParts.parse(t, whole).size() < 2));
        dialog.setResultConverter(b -> b == ButtonType.OK ? parts.getText() : null);
        return dialog.showAndWait().map(text -> SplitParts.parse(text, whole));
    }

    @Override
    public void tell(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.initOwner(owner.get());
        alert.setTitle(I18n.text("app.name"));
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(420);
        alert.showAndWait();
    }
}
