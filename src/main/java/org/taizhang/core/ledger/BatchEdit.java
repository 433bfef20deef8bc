package org.taizhang.core.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Message;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.DeadlineKind;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;

/**
 * 批量修改: one field of several tasks set at once — all to one value, or each to its own (a column
 * pasted from a spreadsheet). Each line says what its task becomes, or why it cannot; the window
 * shows the lines before → after, and {@link LedgerService#editMany} saves the changed ones as one
 * adjustment with one note.
 */
public final class BatchEdit {
    /** The fields a clerk sets over many rows at once. */
    public static final List<TaskField> FIELDS = List.of(TaskField.STATUS, TaskField.LEAD_UNITS,
            TaskField.PARTNER_UNITS, TaskField.DEADLINE, TaskField.DOMAIN, TaskField.PROGRESS, TaskField.PROBLEMS,
            TaskField.NEXT_STEPS, TaskField.ACTUAL, TaskField.LEADER, TaskField.CONTACT, TaskField.REMARKS);

    /** How a value goes into a field of units: in their place, added to them, or taken from them. */
    public enum Way { REPLACE, ADD, REMOVE }

    /** One task: what it was, the value given, what it becomes; or, instead, why it cannot. */
    public record Line(Task before, String value, Task after, Message problem) {
        /** It can be saved and it changes something. */
        public boolean changes() {
            return problem == null && !TaskChange.between(before, after).isEmpty();
        }
    }

    private final TaskField field;
    private final List<Line> lines;

    private BatchEdit(TaskField field, List<Line> lines) {
        this.field = field;
        this.lines = List.copyOf(lines);
    }

    /**
     * {@code field} of each task set to its value: one value for all, or one per task in the same
     * order (a pasted column); other counts are the caller's to refuse.
     */
    public static BatchEdit of(TaskField field, Way way, List<Task> tasks, List<String> values) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("not set in a batch: " + field);
        }
        if (values.size() != 1 && values.size() != tasks.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + tasks.size() + " tasks");
        }
        List<Line> lines = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            lines.add(line(field, way, tasks.get(i), values.get(values.size() == 1 ? 0 : i)));
        }
        return new BatchEdit(field, lines);
    }

    private static Line line(TaskField field, Way way, Task before, String given) {
        String value = given == null ? "" : given.strip();
        Message problem = problem(field, before, value);
        if (problem != null) {
            return new Line(before, value, before, problem);
        }
        Task.Builder b = before.toBuilder();
        if (isUnits(field) && way != Way.REPLACE) {
            UnitList now = field == TaskField.LEAD_UNITS ? before.leadUnits() : before.partnerUnits();
            UnitList next = way == Way.ADD ? now.with(UnitList.parse(value)) : now.without(UnitList.parse(value));
            field.write(b, next.text());
        } else {
            field.write(b, value);
        }
        Task after = b.build();
        if (TaskChange.between(before, after).isEmpty()) {
            return new Line(before, value, after, null);
        }
        try {
            AdjustmentType type = AdjustmentType.ofEdit(before, after);
            if (!type.allowedFor(before.status())) {
                return new Line(before, value, before, new Message("adjust.notAllowed", before.number().text(),
                        before.status().label(), type.label()));
            }
        } catch (LedgerException e) {
            return new Line(before, value, before, e.message());
        }
        return new Line(before, value, after, null);
    }

    /** What is wrong with {@code value} for {@code field} as such, before it is put into a task. */
    private static Message problem(TaskField field, Task task, String value) {
        switch (field) {
            case STATUS -> {
                var status = Status.find(value);
                if (status.isEmpty()) {
                    return new Message("status.unknown", value, Status.allowedLabels());
                }
                if (status.get() == Status.MERGED || status.get() == Status.CARRIED_OVER) {
                    return new Message("batch.statusByCommand", status.get().label());
                }
            }
            case DEADLINE -> {
                if (!value.isEmpty() && Deadline.parseLenient(value, task.year()).kind() == DeadlineKind.UNREAD) {
                    return new Message("deadline.unreadable", value);
                }
            }
            case DOMAIN -> {
                if (value.isEmpty() && task.parentId() == null) {
                    return new Message("batch.required");
                }
            }
            default -> { }
        }
        return null;
    }

    private static boolean isUnits(TaskField field) {
        return field == TaskField.LEAD_UNITS || field == TaskField.PARTNER_UNITS;
    }

    public TaskField field() {
        return field;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The tasks as they become, those that change and can: what is saved. */
    public List<Task> changed() {
        return lines.stream().filter(Line::changes).map(Line::after).toList();
    }

    public long problems() {
        return lines.stream().filter(l -> l.problem() != null).count();
    }

    /** The type the saved adjustment will have: whether it asks for a reason. Null when nothing changes. */
    public AdjustmentType type() {
        Set<AdjustmentType> types = new HashSet<>();
        for (Line l : lines) {
            if (l.changes()) {
                types.add(AdjustmentType.ofEdit(l.before(), l.after()));
            }
        }
        return types.isEmpty() ? null : AdjustmentType.ofEdits(types);
    }
}
