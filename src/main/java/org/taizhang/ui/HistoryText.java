package org.taizhang.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.LongFunction;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/** How the history windows put tasks, fields and failures into words. */
public final class HistoryText {

    private HistoryText() {
    }

    /** A task as the office names it: "序号 改革任务". */
    public static String taskLabel(Task task) {
        return (task.number().text() + " " + task.title()).strip();
    }

    /** The task with that id among {@code tasks}, named; a task not among them by its id alone. */
    public static String taskLabel(Map<Long, Task> tasks, long id) {
        Task task = tasks.get(id);
        return task != null ? taskLabel(task) : I18n.text("log.unknownTask", id);
    }

    /** The field's name in the user's language (完成时限). */
    public static String fieldName(TaskField field) {
        return I18n.text(field.labelKey());
    }

    /**
     * A field's recorded text for reading: （空） for nothing, and the task a reference field
     * (上级任务, 并入任务) points to by {@code taskName} rather than by its bare id.
     */
    public static String value(TaskField field, String text, LongFunction<String> taskName) {
        if (text.isEmpty()) {
            return I18n.text("cli.empty");
        }
        if (field == TaskField.PARENT || field == TaskField.MERGED_INTO) {
            return taskName.apply(Long.parseLong(text));
        }
        return text;
    }

    /** Dates as the summaries write them (2023-06-01), whatever the PC's locale would pick. */
    public static StringConverter<LocalDate> dayConverter() {
        return new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null);
    }

    /** What went wrong, for a line in the window: our own messages as they are, anything else as internal. */
    public static String problem(Throwable e) {
        return e instanceof LedgerException ? e.getMessage()
                : I18n.text("error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
