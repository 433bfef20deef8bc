package org.taizhang.ui.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.BatchEdit;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.text.TextDiff;

/**
 * The 批量修改 form: the selected tasks, a field, and either one new value for all of them or the
 * lines of a column pasted from a spreadsheet, one per task. It shows every task before → after
 * (or why it cannot change) as the clerk chooses, by {@link BatchEdit}'s one rule, which is also
 * what is saved.
 */
public final class BatchEditViewModel {
    /** One task in the preview; {@code diff} marks what changes (null when nothing does). */
    public record Row(String task, String before, String after, String note, boolean problem, TextDiff diff) {
    }

    private final List<Task> tasks;
    /** The pasted column, or null when one value is typed for all. */
    private final List<String> pasted;
    private final int pastedColumns;
    private final List<String> domains;
    private final List<String> units;
    private final LongFunction<String> taskName;

    private final ObjectProperty<TaskField> field = new SimpleObjectProperty<>();
    private final ObjectProperty<BatchEdit.Way> way = new SimpleObjectProperty<>(BatchEdit.Way.REPLACE);
    private final StringProperty value = new SimpleStringProperty("");
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper unitField = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private BatchEdit edit;

    /**
     * @param pasted the cells pasted, row by row (null: one value typed for all); only the first
     *     column goes in
     */
    public BatchEditViewModel(List<Task> tasks, List<List<String>> pasted, List<String> domains, List<String> units,
            LongFunction<String> taskName) {
        this.tasks = List.copyOf(tasks);
        this.pasted = pasted == null ? null : pasted.stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
        this.pastedColumns = pasted == null ? 0 : pasted.stream().mapToInt(List::size).max().orElse(0);
        this.domains = List.copyOf(domains);
        this.units = List.copyOf(units);
        this.taskName = taskName;
        field.addListener((o, was, now) -> {
            unitField.set(now == TaskField.LEAD_UNITS || now == TaskField.PARTNER_UNITS);
            if (!unitField.get()) {
                way.set(BatchEdit.Way.REPLACE);
            }
            suggestions.setAll(suggestionsFor(now));
            update();
        });
        way.addListener((o, was, now) -> update());
        value.addListener((o, was, now) -> update());
        field.set(pasted == null ? TaskField.STATUS : TaskField.PROGRESS);
    }

    /** The fields offered, in the order of the ledger's columns. */
    public List<TaskField> fields() {
        return BatchEdit.FIELDS;
    }

    public boolean isPaste() {
        return pasted != null;
    }

    private List<String> suggestionsFor(TaskField f) {
        return switch (f) {
            case STATUS -> java.util.Arrays.stream(Status.values())
                    .filter(s -> s != Status.MERGED && s != Status.CARRIED_OVER).map(Status::label).toList();
            case DOMAIN -> domains;
            case LEAD_UNITS, PARTNER_UNITS -> units;
            default -> List.of();
        };
    }

    private void update() {
        TaskField f = field.get();
        if (f == null) {
            return;
        }
        List<String> values = pasted != null ? pasted : List.of(value.get() == null ? "" : value.get());
        if (pasted != null && values.size() != 1 && values.size() != tasks.size()) {
            edit = null;
            rows.clear();
            summary.set("");
            problem.set(I18n.text("batch.countMismatch", values.size(), tasks.size()));
            return;
        }
        boolean blank = pasted == null && value.get().isBlank()
                && (f == TaskField.STATUS || f == TaskField.DOMAIN || way.get() != BatchEdit.Way.REPLACE);
        if (blank) { // nothing chosen yet: the tasks as they are, not a problem on every row
            edit = null;
            rows.setAll(tasks.stream().map(t -> new Row(taskName.apply(t.id()), f.read(t), "", "", false, null)).toList());
            summary.set("");
            problem.set(I18n.text("batch.valueRequired"));
            return;
        }
        edit = BatchEdit.of(f, way.get(), tasks, values);
        List<Row> shown = new ArrayList<>();
        long changing = 0;
        long same = 0;
        for (BatchEdit.Line line : edit.lines()) {
            String before = f.read(line.before());
            String after = line.problem() != null ? "" : f.read(line.after());
            String note = "";
            if (line.problem() != null) {
                note = line.problem().text();
            } else if (line.changes()) {
                changing++;
            } else {
                same++;
                note = I18n.text("batch.unchanged");
            }
            shown.add(new Row(taskName.apply(line.before().id()), before, after, note, line.problem() != null,
                    line.changes() ? TextDiff.of(f, before, after) : null));
        }
        rows.setAll(shown);
        StringBuilder s = new StringBuilder(I18n.text("batch.summary", changing));
        if (same > 0) {
            s.append(I18n.text("batch.summaryUnchanged", same));
        }
        if (edit.problems() > 0) {
            s.append(I18n.text("batch.summaryProblems", edit.problems()));
        }
        if (pastedColumns > 1) {
            s.append(I18n.text("batch.columnsIgnored", pastedColumns));
        }
        summary.set(s.toString());
        problem.set(changing == 0 ? I18n.text("batch.nothing") : "");
    }

    /** The edit to save; only asked for once {@link #problemProperty()} is empty. */
    public BatchEdit edit() {
        return edit;
    }

    /** What the reason prompt lists: the field and each change, the first few by name. */
    public List<String> lines() {
        List<BatchEdit.Line> changing = edit.lines().stream().filter(BatchEdit.Line::changes).toList();
        List<String> out = new ArrayList<>();
        out.add(I18n.text("batch.line", changing.size(), I18n.text(field.get().labelKey())));
        changing.stream().limit(5).forEach(l -> out.add(I18n.text("batch.lineTask", taskName.apply(l.before().id()),
                shown(field.get().read(l.before())), shown(field.get().read(l.after())))));
        if (changing.size() > 5) {
            out.add(I18n.text("adjust.andMore", changing.size() - 5));
        }
        return out;
    }

    private static String shown(String v) {
        if (v.isEmpty()) {
            return I18n.text("batch.emptyValue");
        }
        return v.length() > 40 ? v.substring(0, 39) + "…" : v;
    }

    public int taskCount() {
        return tasks.size();
    }

    public int pastedCount() {
        return pasted == null ? 0 : pasted.size();
    }

    public ObjectProperty<TaskField> fieldProperty() {
        return field;
    }

    public ObjectProperty<BatchEdit.Way> wayProperty() {
        return way;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObservableList<String> suggestions() {
        return suggestions;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The field holds units: added to or taken from, not only replaced. */
    public ReadOnlyBooleanProperty unitsProperty() {
        return unitField.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the form cannot be saved yet; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
