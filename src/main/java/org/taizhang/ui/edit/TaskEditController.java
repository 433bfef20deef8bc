package org.taizhang.ui.edit;

import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.taizhang.ui.Css;
import org.taizhang.ui.ErrorUnder;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.TaskField;

/**
 * Binds the task form (fxml/TaskEdit.fxml) to its view model: fields both ways, each check's
 * message under its field ({@link ErrorUnder}), and type-ahead over the reference list of units.
 */
public final class TaskEditController {
    private static final String UNIT_SEPARATORS = "、，,;；";

    private final TaskEditViewModel vm;
    private boolean saved;
    private final java.util.function.Predicate<javafx.stage.Window> discard;

    @FXML
    private Label heading;
    @FXML
    private Label parentLine;
    @FXML
    private TextField number;
    @FXML
    private ComboBox<String> domain;
    @FXML
    private TextArea title;
    @FXML
    private TextArea measures;
    @FXML
    private TextField leadUnits;
    @FXML
    private TextField partnerUnits;
    @FXML
    private TextField leader;
    @FXML
    private TextField contact;
    @FXML
    private TextField deadline;
    @FXML
    private Label deadlineMeaning;
    @FXML
    private Label deadlineError;
    @FXML
    private Label titleError;
    @FXML
    private TextField deliverable;
    @FXML
    private ComboBox<Status> status;
    @FXML
    private TextField target;
    @FXML
    private TextField actual;
    @FXML
    private TextField valueUnit;
    @FXML
    private TextArea progress;
    @FXML
    private TextArea problems;
    @FXML
    private TextArea nextSteps;
    @FXML
    private TextArea remarks;
    @FXML
    private Button save;

    public TaskEditController(TaskEditViewModel vm) {
        this(vm, over -> true);
    }

    /** @param discard asks, over the form's window, whether typed text may be thrown away */
    public TaskEditController(TaskEditViewModel vm, java.util.function.Predicate<javafx.stage.Window> discard) {
        this.vm = vm;
        this.discard = discard;
    }

    @FXML
    private void initialize() {
        // the buttons join the scene when the bar is laid out, perhaps after the window has it
        save.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                guard(scene.getWindow());
                scene.windowProperty().addListener((o2, wasWindow, window) -> guard(window));
            }
        });
        heading.setText(vm.heading());
        parentLine.setText(vm.parentLine());
        parentLine.setManaged(!vm.parentLine().isEmpty());
        bind(number, vm.numberProperty());
        bind(title, vm.titleProperty());
        bind(measures, vm.measuresProperty());
        bind(leadUnits, vm.leadUnitsProperty());
        bind(partnerUnits, vm.partnerUnitsProperty());
        bind(leader, vm.leaderProperty());
        bind(contact, vm.contactProperty());
        bind(deadline, vm.deadlineProperty());
        bind(deliverable, vm.deliverableProperty());
        bind(target, vm.targetProperty());
        bind(actual, vm.actualProperty());
        bind(valueUnit, vm.valueUnitProperty());
        bind(progress, vm.progressProperty());
        bind(problems, vm.problemsProperty());
        bind(nextSteps, vm.nextStepsProperty());
        bind(remarks, vm.remarksProperty());
        domain.setItems(vm.domainChoices());
        domain.getEditor().textProperty().bindBidirectional(vm.domainProperty());
        status.setItems(vm.statusChoices());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(Status s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Status fromString(String text) {
                return Status.find(text).orElse(null);
            }
        });
        deadlineMeaning.textProperty().bind(vm.deadlineMeaningProperty());
        ErrorUnder.show(titleError, vm.titleErrorProperty(), title);
        ErrorUnder.show(deadlineError, vm.deadlineErrorProperty(), deadline);
        completeUnits(leadUnits, vm.unitChoices());
        completeUnits(partnerUnits, vm.unitChoices());
        save.disableProperty().bind(vm.validProperty().not());
        limit();
    }

    /** A form limited to one adjustment: the other fields are shown, not editable; the first of its fields has the focus. */
    private void limit() {
        Map<TaskField, Control> controls = new EnumMap<>(TaskField.class);
        controls.put(TaskField.NUMBER, number);
        controls.put(TaskField.DOMAIN, domain);
        controls.put(TaskField.TITLE, title);
        controls.put(TaskField.MEASURES, measures);
        controls.put(TaskField.LEAD_UNITS, leadUnits);
        controls.put(TaskField.PARTNER_UNITS, partnerUnits);
        controls.put(TaskField.LEADER, leader);
        controls.put(TaskField.CONTACT, contact);
        controls.put(TaskField.DEADLINE, deadline);
        controls.put(TaskField.DELIVERABLE, deliverable);
        controls.put(TaskField.STATUS, status);
        controls.put(TaskField.TARGET, target);
        controls.put(TaskField.ACTUAL, actual);
        controls.put(TaskField.VALUE_UNIT, valueUnit);
        controls.put(TaskField.PROGRESS, progress);
        controls.put(TaskField.PROBLEMS, problems);
        controls.put(TaskField.NEXT_STEPS, nextSteps);
        controls.put(TaskField.REMARKS, remarks);
        controls.forEach((field, control) -> {
            if (!vm.isEditable(field)) {
                if (control instanceof TextInputControl text) {
                    text.setEditable(false);
                } else {
                    control.setDisable(true);
                }
                control.getStyleClass().add(Css.READ_ONLY_FIELD);
            }
        });
        Control first = controls.get(vm.firstField());
        javafx.application.Platform.runLater(first::requestFocus);
    }

    private static void bind(TextInputControl field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
    }

    /**
     * Type-ahead for a cell of several units ("*市发展改革委、市财政局"): suggests reference units for
     * the name being typed after the last separator and keeps what came before it. A name not in
     * the list is simply kept; saving adds it to the list.
     */
    private static void completeUnits(TextField field, List<String> units) {
        String[] before = {""};
        AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field, request -> {
            String text = request.getUserText();
            int cut = -1;
            for (char c : UNIT_SEPARATORS.toCharArray()) {
                cut = Math.max(cut, text.lastIndexOf(c));
            }
            before[0] = text.substring(0, cut + 1);
            String typed = text.substring(cut + 1).replace("*", "").strip().toLowerCase(Locale.ROOT);
            if (typed.isEmpty()) {
                return List.of();
            }
            return units.stream().filter(u -> u.toLowerCase(Locale.ROOT).contains(typed) && !u.equals(typed))
                    .limit(12).toList();
        });
        binding.setOnAutoCompleted(e -> {
            field.setText(before[0] + e.getCompletion());
            field.positionCaret(field.getText().length());
        });
    }

    @FXML
    private void onSave() {
        saved = true;
        close();
    }

    @FXML
    private void onCancel() {
        if (discardAllowed()) {
            close();
        }
    }

    /** The close box, like 取消, keeps typed work unless the clerk says to throw it away. */
    private void guard(javafx.stage.Window window) {
        if (window != null) {
            window.setOnCloseRequest(e -> {
                if (!saved && !discardAllowed()) {
                    e.consume();
                }
            });
        }
    }

    /** Typed text is thrown away only when the clerk says so (取消, Esc or the window's close box). */
    private boolean discardAllowed() {
        return !vm.isEdited() || discard.test(save.getScene().getWindow());
    }

    private void close() {
        ((Stage) save.getScene().getWindow()).close();
    }

    public boolean saved() {
        return saved;
    }
}
