package org.taizhang.ui.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.ui.Describe;
import org.taizhang.ui.FieldErrors;

/**
 * The task form: one property per field, checked as the clerk types (a title is required, the
 * deadline is read at once and the date it means shown beside it). {@link #result()} gives the
 * task as edited; {@link #changes()} says what differs from the task the form started from.
 */
public final class TaskEditViewModel {
    private final Task original;
    private final int ledgerYear;
    private final LocalDate today;
    private final LongFunction<String> taskName;

    private final StringProperty number = new SimpleStringProperty();
    private final StringProperty domain = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty measures = new SimpleStringProperty();
    private final StringProperty leadUnits = new SimpleStringProperty();
    private final StringProperty partnerUnits = new SimpleStringProperty();
    private final StringProperty leader = new SimpleStringProperty();
    private final StringProperty contact = new SimpleStringProperty();
    private final StringProperty deadline = new SimpleStringProperty();
    private final StringProperty deliverable = new SimpleStringProperty();
    private final StringProperty progress = new SimpleStringProperty();
    private final StringProperty problems = new SimpleStringProperty();
    private final StringProperty nextSteps = new SimpleStringProperty();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty();
    private final StringProperty actual = new SimpleStringProperty();
    private final StringProperty valueUnit = new SimpleStringProperty();
    private final StringProperty remarks = new SimpleStringProperty();

    private final ObservableList<String> domainChoices = FXCollections.observableArrayList();
    private final ObservableList<String> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<Status> statusChoices = FXCollections.observableArrayList();

    private final FieldErrors errors = new FieldErrors();
    private final StringBinding deadlineMeaning;
    private final BooleanBinding valid;
    private List<Object> started;
    /** The one adjustment the form is limited to (调整时限 …); null for the whole form. */
    private final AdjustmentType purpose;

    /**
     * @param original  the task being edited, or a draft (id 0) for a new one
     * @param today     the day a recurring deadline's next due date is counted from
     * @param taskName  names a task by id ("1. 深化…"), for the parent line
     */
    public TaskEditViewModel(Task original, int ledgerYear, LocalDate today, List<String> domains, List<String> units,
            LongFunction<String> taskName) {
        this(original, ledgerYear, today, domains, units, taskName, null);
    }

    /**
     * A form limited to one adjustment of the task (调整时限, 调整牵头单位, 调整表述): only that
     * adjustment's fields can be changed, and it saves only once one of them has.
     */
    public TaskEditViewModel(Task original, int ledgerYear, LocalDate today, List<String> domains, List<String> units,
            LongFunction<String> taskName, AdjustmentType purpose) {
        this.original = original;
        this.purpose = purpose;
        this.today = today;
        this.ledgerYear = original.year() == 0 ? ledgerYear : original.year();
        this.taskName = taskName;
        number.set(original.number().text());
        domain.set(original.domain());
        title.set(original.title());
        measures.set(original.measures());
        leadUnits.set(original.leadUnits().text());
        partnerUnits.set(original.partnerUnits().text());
        leader.set(original.leader());
        contact.set(original.contact());
        deadline.set(original.deadline().text());
        deliverable.set(original.deliverable());
        progress.set(original.progress());
        problems.set(original.problems());
        nextSteps.set(original.nextSteps());
        status.set(original.status());
        target.set(original.target());
        actual.set(original.actual());
        valueUnit.set(original.valueUnit());
        remarks.set(original.remarks());
        domainChoices.setAll(domains);
        unitChoices.setAll(units);
        for (Status s : Status.values()) {
            // Merging names the task merged into, 结转 is decided on a request: each has its own command.
            if (!s.isSetByItsOwnAdjustment() || original.status() == s) {
                statusChoices.add(s);
            }
        }
        errors.check("title", () -> title.get() == null || title.get().isBlank() ? I18n.text("edit.titleRequired") : "",
                title);
        errors.check("deadline", () -> readDeadline().error(), deadline);
        deadlineMeaning = Bindings.createStringBinding(() -> readDeadline().meaning(), deadline);
        valid = Bindings.createBooleanBinding(() -> errors.noneProperty().get()
                && status.get() != null && (purpose == null || !changes().isEmpty()),
                errors.noneProperty(), status, deadline, leadUnits, title, measures);
        started = typed();
    }

    /**
     * Fills the form with {@code values} (the task it edits with the clerk's own changes applied
     * again after a conflict): they count as typed, so closing the form asks before dropping them.
     */
    public void fill(Task values) {
        number.set(values.number().text());
        domain.set(values.domain());
        title.set(values.title());
        measures.set(values.measures());
        leadUnits.set(values.leadUnits().text());
        partnerUnits.set(values.partnerUnits().text());
        leader.set(values.leader());
        contact.set(values.contact());
        deadline.set(values.deadline().text());
        deliverable.set(values.deliverable());
        progress.set(values.progress());
        problems.set(values.problems());
        nextSteps.set(values.nextSteps());
        status.set(values.status());
        target.set(values.target());
        actual.set(values.actual());
        valueUnit.set(values.valueUnit());
        remarks.set(values.remarks());
    }

    /** The one adjustment the form is limited to (调整时限 …); null for the whole form. */
    public AdjustmentType purpose() {
        return purpose;
    }

    /** Every field as typed, to tell whether the clerk has typed anything. */
    private List<Object> typed() {
        return java.util.Arrays.asList(number.get(), domain.get(), title.get(), measures.get(), leadUnits.get(),
                partnerUnits.get(), leader.get(), contact.get(), deadline.get(), deliverable.get(), progress.get(),
                problems.get(), nextSteps.get(), status.get(), target.get(), actual.get(), valueUnit.get(),
                remarks.get());
    }

    /** Whether anything was typed since the form opened: closing it then asks before throwing that away. */
    public boolean isEdited() {
        return !typed().equals(started);
    }

    private record Reading(String meaning, String error) {
    }

    private Reading readDeadline() {
        String text = deadline.get();
        if (text == null || text.isBlank()) {
            return new Reading(I18n.text("edit.deadlineNone"), "");
        }
        try {
            return new Reading(Describe.deadline(Deadline.parse(text, ledgerYear), today), "");
        } catch (LedgerException e) {
            return new Reading("", e.getMessage());
        }
    }

    public boolean isNew() {
        return original.id() <= 0;
    }

    /** Whether the clerk may change {@code field} here: every field, or only those of the form's adjustment. */
    public boolean isEditable(TaskField field) {
        return purpose == null || purpose.fields().contains(field);
    }

    /** The field the form starts in: its adjustment's first field, else the title. */
    public TaskField firstField() {
        return purpose == null ? TaskField.TITLE
                : purpose == AdjustmentType.WORDING ? TaskField.TITLE : purpose.fields().iterator().next();
    }

    /** The form's heading: 新增任务, 修改任务, or the adjustment it is limited to (调整时限). */
    public String heading() {
        return purpose != null ? purpose.label() : I18n.text(isNew() ? "edit.headingNew" : "edit.heading");
    }

    /** "上级任务：1. 深化…", or empty for a top-level task. */
    public String parentLine() {
        return original.parentId() == null ? ""
                : I18n.text("edit.parentLine", taskName.apply(original.parentId()));
    }

    /** The task as the form now says. Call only when {@link #validProperty()} holds. */
    public Task result() {
        return original.toBuilder()
                .number(number.get()).domain(domain.get()).title(title.get()).measures(measures.get())
                .leadUnits(UnitList.parse(leadUnits.get())).partnerUnits(UnitList.parse(partnerUnits.get()))
                .leader(leader.get()).contact(contact.get()).deadline(deadline.get()).deliverable(deliverable.get())
                .progress(progress.get()).problems(problems.get()).nextSteps(nextSteps.get()).status(status.get())
                .target(target.get()).actual(actual.get()).valueUnit(valueUnit.get()).remarks(remarks.get())
                .year(ledgerYear)
                .build();
    }

    /** What the form changes, one line per field ("完成时限：6月底前 → 9月底前"). */
    public List<String> changes() {
        List<String> out = new ArrayList<>();
        for (FieldChange f : TaskChange.between(isNew() ? null : original, withId(result())).fields()) {
            out.add(Describe.change(f, taskName));
        }
        return out;
    }

    private Task withId(Task t) {
        return isNew() ? t.toBuilder().id(1).build() : t;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty domainProperty() {
        return domain;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty measuresProperty() {
        return measures;
    }

    public StringProperty leadUnitsProperty() {
        return leadUnits;
    }

    public StringProperty partnerUnitsProperty() {
        return partnerUnits;
    }

    public StringProperty leaderProperty() {
        return leader;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public StringProperty deliverableProperty() {
        return deliverable;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty problemsProperty() {
        return problems;
    }

    public StringProperty nextStepsProperty() {
        return nextSteps;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty actualProperty() {
        return actual;
    }

    public StringProperty valueUnitProperty() {
        return valueUnit;
    }

    public StringProperty remarksProperty() {
        return remarks;
    }

    public ObservableList<String> domainChoices() {
        return domainChoices;
    }

    public ObservableList<String> unitChoices() {
        return unitChoices;
    }

    public ObservableList<Status> statusChoices() {
        return statusChoices;
    }

    /** The form's checks: "title" (required), "deadline" (read as typed). */
    public FieldErrors errors() {
        return errors;
    }

    public ObservableStringValue titleErrorProperty() {
        return errors.of("title");
    }

    public ObservableStringValue deadlineErrorProperty() {
        return errors.of("deadline");
    }

    public StringBinding deadlineMeaningProperty() {
        return deadlineMeaning;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
