package org.taizhang.ui.request;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.SplitParts;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.ui.FieldErrors;

/**
 * A unit's request typed in by the clerk (a letter, a phone call, a line in a report): which task,
 * the unit asking, the type, what it asks for, the unit's reason. 调整为 starts as the task's value
 * now, for the clerk to change; a 合并 names the task it joins from those it can join.
 */
public final class RequestFormViewModel {
    /** What the form gives: the request to receive. */
    public record Draft(long taskId, String unit, RequestType type, Map<TaskField, String> proposed, String reason) {
    }

    private final Task task;
    private final int year;
    private final List<Task> mergeTargets;
    private final StringProperty unit = new SimpleStringProperty("");
    private final ObjectProperty<RequestType> type = new SimpleObjectProperty<>(RequestType.DEADLINE);
    private final StringProperty to = new SimpleStringProperty("");
    private final ObjectProperty<Task> into = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private final BooleanBinding merging;
    private final BooleanBinding asksValue;
    private final StringBinding toPrompt;

    /**
     * @param task         the task the unit asks about
     * @param year         the ledger's year, to read a deadline
     * @param mergeTargets the tasks it can be merged into
     */
    public RequestFormViewModel(Task task, int year, List<Task> mergeTargets) {
        this.task = task;
        this.year = year;
        this.mergeTargets = List.copyOf(mergeTargets);
        unit.set(task.leadUnits().primary());
        type.addListener((o, was, now) -> to.set(now == null || now.fields().isEmpty() || now == RequestType.MERGE
                || now == RequestType.SPLIT || now == RequestType.CARRY_OVER ? "" : now.fields().get(0).read(task)));
        to.set(task.deadline().text());
        merging = Bindings.createBooleanBinding(() -> type.get() == RequestType.MERGE, type);
        asksValue = Bindings.createBooleanBinding(() -> type.get() != null && type.get() != RequestType.CANCEL
                && type.get() != RequestType.MERGE && !type.get().fields().isEmpty(), type);
        errors.check("unit", this::unitError, unit);
        errors.check("type", this::typeError, type);
        errors.check("to", this::toError, type, to, asksValue);
        errors.check("into", this::intoError, type, into);
        errors.check("reason", this::reasonError, reason);
        toPrompt = Bindings.createStringBinding(() -> type.get() == RequestType.SPLIT
                ? I18n.text("requestForm.splitPrompt")
                : type.get() == RequestType.CARRY_OVER ? I18n.text("requestForm.carryOverPrompt") : "", type);
    }

    /** The types a unit asks for about a task it has (新增 has none). */
    public List<RequestType> types() {
        return java.util.Arrays.stream(RequestType.values()).filter(t -> t != RequestType.ADD).toList();
    }

    private String unitError() {
        return unit.get().isBlank() ? I18n.text("request.unitRequired") : "";
    }

    private String typeError() {
        return type.get() == null ? I18n.text("requestForm.typeRequired") : "";
    }

    private String intoError() {
        return type.get() == RequestType.MERGE && into.get() == null ? I18n.text("requestForm.intoRequired") : "";
    }

    /** 调整为: what the type asks for, read as its field reads it. */
    private String toError() {
        if (type.get() == RequestType.CARRY_OVER) { // 调整为: next year's deadline, or nothing
            String v = to.get().strip();
            return v.isEmpty() ? "" : deadlineError(v, year + 1);
        }
        if (!asksValue.get()) {
            return "";
        }
        String v = to.get().strip();
        TaskField field = type.get().fields().get(0);
        if (v.isEmpty()) {
            return I18n.text("request.valueRequired", type.get().label());
        }
        if (type.get() == RequestType.SPLIT && SplitParts.parse(v, task).size() < 2) {
            return I18n.text("split.tooFew");
        }
        if (type.get() != RequestType.SPLIT && v.equals(field.read(task))) {
            return I18n.text("requestForm.sameValue", I18n.text(field.labelKey()));
        }
        return field == TaskField.DEADLINE ? deadlineError(v, year) : "";
    }

    private static String deadlineError(String text, int year) {
        try {
            Deadline.parse(text, year);
            return "";
        } catch (LedgerException e) {
            return e.getMessage();
        }
    }

    private String reasonError() {
        return reason.get().isBlank() ? I18n.text("requestForm.reasonRequired") : "";
    }

    /** The request as typed; call only when {@link #problemProperty()} is empty. */
    public Draft draft() {
        Map<TaskField, String> proposed = new EnumMap<>(TaskField.class);
        if (type.get() == RequestType.MERGE) {
            proposed.put(TaskField.MERGED_INTO, Long.toString(into.get().id()));
        } else if (type.get() == RequestType.CARRY_OVER) {
            if (!to.get().isBlank()) {
                proposed.put(TaskField.DEADLINE, to.get().strip());
            }
        } else if (asksValue.get()) {
            proposed.put(type.get().fields().get(0), to.get().strip());
        }
        return new Draft(task.id(), unit.get().strip(), type.get(), proposed, reason.get().strip());
    }

    public Task task() {
        return task;
    }

    public List<Task> mergeTargets() {
        return mergeTargets;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<RequestType> typeProperty() {
        return type;
    }

    /** 调整为: the new deadline, units or wording. */
    public StringProperty toProperty() {
        return to;
    }

    /** For 合并: the task it joins. */
    public ObjectProperty<Task> intoProperty() {
        return into;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The checks, each shown under its field: "unit", "type", "to" (调整为), "into" (合并), "reason". */
    public FieldErrors errors() {
        return errors;
    }

    /** Empty when the request can be recorded, else the first thing missing, in the clerk's words. */
    public StringBinding problemProperty() {
        return errors.firstProperty();
    }

    public BooleanBinding mergingProperty() {
        return merging;
    }

    /** The hint in 调整为: how to write a split's parts; empty for the others. */
    public StringBinding toPromptProperty() {
        return toPrompt;
    }

    /** Whether the type asks for a value typed in (not 取消, not 合并). */
    public BooleanBinding asksValueProperty() {
        return asksValue;
    }
}
