package org.taizhang.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.DeadlineKind;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.text.TextDiff;

/** The words the screens use for adjustments and their changes, so every screen says them alike. */
public final class Describe {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * Names (units, people) in the order a clerk looks for them: by pinyin, as the JDK's zh_CN
     * collator orders common characters (rarer ones come last; ICU's would place them too).
     */
    public static java.util.Comparator<String> pinyin() {
        return java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE)::compare;
    }

    private Describe() {
    }

    public static String time(Instant t, ZoneId zone) {
        return TIME.format(t.atZone(zone));
    }

    /** "2023-07-15 10:00　调整时限　刘洋". */
    public static String heading(Adjustment a, ZoneId zone) {
        return I18n.text("describe.heading", time(a.time(), zone), a.type().label(), a.operator());
    }

    /** "理由：…　依据：…　来源：…", empty when the adjustment needed none. */
    public static String note(Adjustment a) {
        StringBuilder b = new StringBuilder();
        if (!a.reason().isEmpty()) {
            b.append(I18n.text("cli.reason", a.reason()));
        }
        if (!a.basis().isEmpty()) {
            b.append(b.length() > 0 ? "　" : "").append(I18n.text("cli.basis", a.basis()));
        }
        if (!a.source().fileName().isEmpty()) {
            b.append(b.length() > 0 ? "　" : "").append(I18n.text("describe.source", a.source().fileName()));
        }
        if (a.undoes() != null) {
            b.append(b.length() > 0 ? "　" : "").append(I18n.text("cli.undoes", a.undoes()));
        }
        org.taizhang.core.yearend.CarryOver.Origin.of(a)
                .ifPresent(o -> b.append(b.length() > 0 ? "　" : "").append(o.describe()));
        return b.toString();
    }

    /** "完成时限：6月底前 → 9月底前"; a parent or merge target is named by {@code taskName}. */
    public static String change(FieldChange f, LongFunction<String> taskName) {
        return changeLine(f, taskName).text();
    }

    /** {@link #change} with the differences of the two values marked. */
    public static ChangeLine changeLine(FieldChange f, LongFunction<String> taskName) {
        return ChangeLine.of("describe.change", fieldName(f.field()), diff(f, taskName));
    }

    /**
     * The two values as {@link #value} shows them, their differences marked as the field reads
     * ({@link TextDiff#of(TaskField, String, String)}); a task's name is marked whole, and a
     * value that was or becomes empty is marked whole beside an unmarked （空）: nothing is no
     * text to strike through.
     */
    public static TextDiff diff(FieldChange f, LongFunction<String> taskName) {
        String before = value(f.field(), f.before(), taskName);
        String after = value(f.field(), f.after(), taskName);
        if (f.before().isEmpty() != f.after().isEmpty()) {
            TextDiff whole = TextDiff.whole(before, after);
            return f.before().isEmpty()
                    ? new TextDiff(List.of(new TextDiff.Run(before, TextDiff.Mark.SAME)), whole.after())
                    : new TextDiff(whole.before(), List.of(new TextDiff.Run(after, TextDiff.Mark.SAME)));
        }
        return TextDiff.of(f.field(), before, after);
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

    /**
     * What a deadline was read as, for the form, the detail pane and the import plan: "即 2023-09-15
     * （具体日期）"; a recurring one by its next due day after {@code today}; an undated or open one
     * by its kind. The text as written is shown elsewhere and never replaced.
     */
    public static String deadline(Deadline d, LocalDate today) {
        if (d.isNone()) {
            return I18n.text("edit.deadlineNone");
        }
        String kind = I18n.text("deadline.kind." + d.kind().code());
        if (d.kind() == DeadlineKind.RECURRING) {
            LocalDate next = d.dueAfter(today);
            return next == null ? kind : I18n.text("edit.deadlineNext", next.toString());
        }
        return d.date() == null ? kind : I18n.text("edit.deadlineMeans", d.date().toString(), kind);
    }

    /**
     * The date a deadline was read as, to follow its text in a list: "（即 2023-09-15）", "（下次到期
     * 2024-03-31）" for a recurring one, empty for one without a date (its text says so).
     */
    public static String dateRead(Deadline d, LocalDate today) {
        LocalDate due = d.kind() == DeadlineKind.RECURRING ? d.dueAfter(today) : d.date();
        return due == null ? "" : I18n.text(d.kind() == DeadlineKind.RECURRING ? "describe.next" : "describe.dateRead",
                due.toString());
    }

    /** The task with that id among {@code tasks}, named; a task not among them by its id alone. */
    public static String taskLabel(Map<Long, Task> tasks, long id) {
        Task task = tasks.get(id);
        return task != null ? task.label() : I18n.text("log.unknownTask", id);
    }

    /** The field's name in the user's language (完成时限). */
    public static String fieldName(TaskField field) {
        return I18n.text(field.labelKey());
    }

    /** Dates as the summaries write them (2023-06-01), whatever the PC's locale would pick. */
    public static StringConverter<LocalDate> dayConverter() {
        return new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null);
    }

    /**
     * What went wrong, for the clerk: our own messages as they are, running out of memory as the
     * command line says it, anything else as an internal error.
     */
    public static String problem(Throwable e) {
        if (e instanceof OutOfMemoryError) { // the work's transaction is rolled back; what it held is garbage now
            return I18n.text("error.outOfMemory");
        }
        return e instanceof LedgerException ? e.getMessage()
                : I18n.text("error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
