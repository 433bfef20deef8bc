package org.taizhang.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.TaskConflictException;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.ui.Describe;
import org.taizhang.ui.batch.BatchEditViewModel;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.edit.TaskEditViewModel;
import org.taizhang.ui.request.RequestFormViewModel;

/**
 * The adjustments the clerk makes from the main window: add a task or a measure, edit, one
 * adjustment of a field (调整时限, 调整牵头单位, 调整表述), cancel, merge, split, restore, undo,
 * and a unit's request typed in.
 * Each asks what it needs (the form, a target, the reason), then writes one adjustment. The rules
 * (which number comes next, which tasks a task can merge into) are asked of the ledger.
 */
final class TaskActions {
    private final MainViewModel main;

    TaskActions(MainViewModel main) {
        this.main = main;
    }

    private DialogService dialogs() {
        return main.dialogs();
    }

    /** A new top-level task, in the 领域 of the selected row, numbered after the last one. */
    void addTask() {
        String domain = main.selectedDomain();
        int year = main.info().year();
        main.ask(s -> s.nextNumber(null), number -> editNew(Task.builder().domain(domain).number(number)
                .year(year).status(Status.NOT_STARTED).build()));
    }

    /** A new measure under the selected task, numbered (n+1), led by the task's lead units. */
    void addMeasure() {
        Task parent = main.selectedTask();
        main.ask(s -> s.nextNumber(parent.id()), number -> editNew(Task.builder().parentId(parent.id())
                .domain(parent.domain()).year(parent.year()).number(number).leadUnits(parent.leadUnits())
                .status(Status.NOT_STARTED).build()));
    }

    private void editNew(Task draft) {
        dialogs().editTask(form(draft, null)).ifPresent(task -> dialogs().operator().ifPresent(operator ->
                main.write(task.id(), s -> s.add(task, Note.by(operator)))));
    }

    /** Records a unit's request about the selected task, typed in from its letter or call. */
    void request() {
        Task task = main.selectedTask();
        main.ask(s -> s.mergeTargets(task.id()), targets -> dialogs()
                .newRequest(new RequestFormViewModel(task, main.info().year(), targets))
                .ifPresent(d -> dialogs().operator().ifPresent(operator -> main.write(task.id(),
                        s -> new Requests(s).receive(d.taskId(), d.unit(), d.type(), d.proposed(),
                                Note.by(operator, d.reason(), ""))))));
    }

    /**
     * Records a unit's request for a new task (新增): the task as proposed, in the task form, then
     * the unit's reason; the unit asking is the proposed lead unit. The committee decides whether
     * it becomes a task.
     */
    void requestNewTask() {
        String domain = main.selectedDomain();
        int year = main.info().year();
        main.ask(s -> s.nextNumber(null), number -> dialogs().editTask(form(Task.builder().domain(domain)
                .number(number).year(year).status(Status.NOT_STARTED).build(), null)).ifPresent(draft -> {
                    var proposed = org.taizhang.core.request.RequestType.ADD.proposedOf(draft);
                    String unit = draft.leadUnits().primary();
                    dialogs().askText(I18n.text("requestForm.newTaskQuestion", unit, draft.title()),
                            I18n.text("requestForm.reason"), "").filter(r -> !r.isBlank())
                            .ifPresent(reason -> dialogs().operator().ifPresent(operator -> main.write(null,
                                    s -> new Requests(s).receive(null, unit, org.taizhang.core.request.RequestType.ADD,
                                            proposed, Note.by(operator, reason, "")))));
                }));
    }

    /** Opens the selected task in the whole form; saving asks for a reason when the change is structural. */
    void edit() {
        save(main.selectedTask(), null);
    }

    /** Opens the selected task in a form limited to one adjustment (调整时限 …). */
    void adjust(AdjustmentType type) {
        save(main.selectedTask(), type);
    }

    private void save(Task before, AdjustmentType purpose) {
        saveForm(before, form(before, purpose));
    }

    /**
     * Shows the form on {@code before} and saves what it gives. When another PC saved the task
     * since it was read, the save is refused as a conflict and {@link #conflict} takes it up; when
     * the save fails otherwise (the server gone, a full disk), the clerk is told why and the form
     * comes back as they left it, to save again or let go.
     */
    private void saveForm(Task before, TaskEditViewModel form) {
        dialogs().editTask(form).ifPresent(after -> {
            AdjustmentType type;
            try {
                type = AdjustmentType.ofEdit(before, after);
            } catch (LedgerException e) {
                dialogs().tell(e.getMessage());
                return;
            }
            noteFor(type, form.changes()).ifPresent(note -> main.write(before.id(), s -> s.edit(after, note),
                    failure -> {
                        if (failure instanceof TaskConflictException c && c.current() != null) {
                            conflict(before, after, c, form.purpose());
                        } else {
                            main.fail(failure);
                            TaskEditViewModel again = form(before, form.purpose());
                            again.fill(after);
                            saveForm(before, again);
                        }
                    }));
        });
    }

    /**
     * A conflict (冲突): says who changed the task when, and what they and the clerk changed; then
     * either applies the clerk's changes again on the task as it is now and shows the form again
     * (以对方的为基础重新套用我的修改), or lets them go (放弃我的修改).
     */
    void conflict(Task before, Task mine, TaskConflictException c, AdjustmentType purpose) {
        Task now = c.current();
        Adjustment last = c.last();
        List<FieldChange> myChanges = TaskChange.between(before, mine).fields();
        java.util.Set<TaskField> myFields = java.util.EnumSet.noneOf(TaskField.class);
        myChanges.forEach(f -> myFields.add(f.field()));
        String question = I18n.text("conflict.question", main.taskName(now.id()), last == null ? "" : last.operator(),
                last == null ? "" : Describe.time(last.time(), main.zone()));
        List<String> lines = new ArrayList<>();
        lines.add(I18n.text("conflict.theirs"));
        for (FieldChange f : theirChanges(c)) {
            lines.add("　" + Describe.change(brief(f), main::taskName)
                    + (myFields.contains(f.field()) ? I18n.text("conflict.alsoYours") : ""));
        }
        lines.add("");
        lines.add(I18n.text("conflict.mine"));
        myChanges.forEach(f -> lines.add("　" + Describe.change(brief(f), main::taskName)));
        if (!dialogs().choose(question, String.join("\n", lines), I18n.text("conflict.reapply"),
                I18n.text("conflict.discard"))) {
            main.refresh(); // the table shows the task as the other PC left it
            return;
        }
        Task.Builder again = now.toBuilder();
        myChanges.forEach(f -> f.field().write(again, f.after()));
        TaskEditViewModel form = form(now, purpose);
        form.fill(again.build());
        saveForm(now, form);
    }

    /** Says why a change was refused; after a conflict, shows the ledger as it now is. */
    private void failed(Throwable failure) {
        main.fail(failure);
        if (failure instanceof TaskConflictException) {
            main.refresh();
        }
    }

    /** A change with long texts cut short: the dialog says which fields, the form shows them whole. */
    private static FieldChange brief(FieldChange f) {
        return new FieldChange(f.field(), cut(f.before()), cut(f.after()));
    }

    private static String cut(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** What the adjustments since did to the task, a field changed twice shown once: as it was, as it is. */
    private static List<FieldChange> theirChanges(TaskConflictException c) {
        java.util.Map<TaskField, FieldChange> out = new java.util.LinkedHashMap<>();
        for (FieldChange f : c.changes()) {
            FieldChange first = out.get(f.field());
            out.put(f.field(), first == null ? f : new FieldChange(f.field(), first.before(), f.after()));
        }
        return new ArrayList<>(out.values());
    }

    private TaskEditViewModel form(Task task, AdjustmentType purpose) {
        return new TaskEditViewModel(task, main.info().year(), main.today(), main.domainOrder(), main.unitNames(),
                main::taskName, purpose);
    }

    /**
     * 批量修改 of the selected tasks, or (when {@code pasted}) a column pasted from a spreadsheet into
     * them: the form previews each task before → after, then the changed ones are saved as one
     * adjustment, the reason asked once when it is structural.
     */
    void batch(List<List<String>> pasted) {
        List<Task> tasks = main.selectedTasks();
        BatchEditViewModel form = new BatchEditViewModel(tasks, pasted, main.domainOrder(), main.unitNames(),
                main::taskName);
        if (!dialogs().batchEdit(form)) {
            return;
        }
        List<Task> changed = form.edit().changed();
        noteFor(form.edit().type(), form.lines()).ifPresent(note ->
                main.write(changed.get(0).id(), s -> s.editMany(changed, note), this::failed));
    }

    /** Cancels the selected task, saying how many of its open measures go with it. */
    void cancel() {
        Task task = main.selectedTask();
        main.ask(s -> s.descendants(task.id()).stream().filter(d -> !d.status().isClosed()).count(), open -> {
            List<String> lines = new ArrayList<>(List.of(I18n.text("adjust.cancelLine", main.taskName(task.id()))));
            if (open > 0) {
                lines.add(I18n.text("adjust.cancelChildren", open));
            }
            noteFor(AdjustmentType.CANCEL, lines).ifPresent(note ->
                    main.write(task.id(), s -> s.cancel(task.id(), note)));
        });
    }

    void merge() {
        Task task = main.selectedTask();
        main.ask(s -> s.mergeTargets(task.id()), among -> dialogs()
                .chooseTask(I18n.text("adjust.mergeQuestion", main.taskName(task.id())), among).ifPresent(into ->
                        noteFor(AdjustmentType.MERGE, List.of(I18n.text("adjust.mergeLine", main.taskName(task.id()),
                                main.taskName(into.id())))).ifPresent(note ->
                                main.write(task.id(), s -> s.merge(task.id(), into.id(), note)))));
    }

    void split() {
        Task task = main.selectedTask();
        dialogs().splitParts(task).ifPresent(parts -> {
            List<String> lines = new ArrayList<>();
            lines.add(I18n.text("adjust.splitLine", main.taskName(task.id()), parts.size()));
            parts.forEach(p -> lines.add("　" + p.label()));
            noteFor(AdjustmentType.SPLIT, lines).ifPresent(note ->
                    main.write(task.id(), s -> s.split(task.id(), parts, note)));
        });
    }

    void restore() {
        Task task = main.selectedTask();
        noteFor(AdjustmentType.RESTORE, List.of(I18n.text("adjust.restoreLine", main.taskName(task.id()))))
                .ifPresent(note -> main.write(task.id(), s -> s.restore(task.id(), Status.IN_PROGRESS, note)));
    }

    /** 销号: closes the selected task at year end, asking its result (its progress so far offered). */
    void closeOut() {
        Task task = main.selectedTask();
        dialogs().askText(I18n.text("closeOut.question", main.taskName(task.id())), I18n.text("closeOut.result"),
                task.progress()).ifPresent(result -> dialogs().operator().ifPresent(operator ->
                        main.write(task.id(), s -> s.closeOut(task.id(), result, Note.by(operator)))));
    }

    /** Undoes the newest adjustment not yet undone, after saying what it was and asking why. */
    void undo() {
        main.ask(s -> s.undoable(), target -> {
            if (target.isEmpty()) {
                dialogs().tell(I18n.text("undo.nothing"));
                return;
            }
            Adjustment a = target.get();
            List<String> lines = new ArrayList<>();
            lines.add(I18n.text("adjust.undoLine", a.id(), a.type().label(), Describe.time(a.time(), main.zone()),
                    a.operator()));
            a.changes().stream().limit(5).forEach(c -> lines.add("　" + main.taskName(c.taskId())));
            if (a.changes().size() > 5) {
                lines.add(I18n.text("adjust.andMore", a.changes().size() - 5));
            }
            noteFor(AdjustmentType.UNDO, lines).ifPresent(note -> main.write(null, s -> s.undo(a.id(), note), this::failed));
        });
    }

    /** The reason and basis for a structural adjustment; for the others, the operator alone. */
    private Optional<Note> noteFor(AdjustmentType type, List<String> changes) {
        return type.needsReason() ? dialogs().ask(type, changes) : dialogs().operator().map(Note::by);
    }
}
