package org.taizhang.ui.main;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.ui.ChangeLine;
import org.taizhang.ui.Describe;

/** The pane beside the table: every field of the selected task, and its timeline of adjustments. */
public final class TaskDetailViewModel {

    /** A field of the task: its name and its value as written. */
    public record Line(String label, String value) {
    }

    /** One adjustment in a task's timeline, newest first: heading, reason line, changed fields (differences marked). */
    public record Entry(long adjustmentId, String heading, String note, List<ChangeLine> lines) {
        public Entry {
            lines = List.copyOf(lines);
        }

        /** The changes as plain text. */
        public List<String> changes() {
            return lines.stream().map(ChangeLine::text).toList();
        }
    }

    private final ReadOnlyObjectWrapper<Task> task = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Entry> timeline = FXCollections.observableArrayList();
    /** The table's search: what the pane marks in the task's fields. */
    private final javafx.beans.property.StringProperty query = new javafx.beans.property.SimpleStringProperty("");

    /** Shows a task as of {@code day}: its fields, what its deadline was read as, its timeline. */
    public void show(Task shown, List<Adjustment> history, LocalDate day, ZoneId zone, LongFunction<String> taskName) {
        task.set(shown);
        List<Line> out = new ArrayList<>();
        for (TaskField f : TaskField.values()) {
            String value = f.read(shown);
            if (f == TaskField.PARENT || f == TaskField.MERGED_INTO) {
                value = value.isEmpty() ? "" : taskName.apply(Long.parseLong(value));
            }
            if (!value.isEmpty()) {
                out.add(new Line(I18n.text(f.labelKey()), value));
            }
        }
        if (!shown.deadline().isNone()) {
            out.add(new Line(I18n.text("detail.deadlineDate"), Describe.deadline(shown.deadline(), day)));
        }
        lines.setAll(out);
        List<Entry> entries = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            Adjustment a = history.get(i);
            List<ChangeLine> changes = new ArrayList<>();
            for (TaskChange c : a.changes()) {
                if (c.taskId() != shown.id()) {
                    continue;
                }
                if (c.kind() == TaskChange.Kind.CREATE) {
                    changes.add(ChangeLine.plain(I18n.text("detail.created")));
                } else {
                    for (FieldChange f : c.fields()) {
                        changes.add(Describe.changeLine(f, taskName));
                    }
                }
            }
            if (a.type().isRequestEvent()) {
                changes.add(ChangeLine.plain(org.taizhang.core.request.Requests.describe(a)));
            }
            if (a.type().isNoticeEvent()) {
                changes.add(ChangeLine.plain(org.taizhang.core.notice.Notices.describe(a)));
            }
            entries.add(new Entry(a.id(), Describe.heading(a, zone), Describe.note(a), changes));
        }
        timeline.setAll(entries);
    }

    public void clear() {
        task.set(null);
        lines.clear();
        timeline.clear();
    }

    public ReadOnlyObjectProperty<Task> taskProperty() {
        return task.getReadOnlyProperty();
    }

    public javafx.beans.property.StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ObservableList<Entry> timeline() {
        return timeline;
    }
}
