package org.taizhang.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.LongFunction;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.task.TaskField;

/** The words the screens use for adjustments and their changes, so every screen says them alike. */
public final class Describe {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        return b.toString();
    }

    /** "完成时限：6月底前 → 9月底前"; a parent or merge target is named by {@code taskName}. */
    public static String change(FieldChange f, LongFunction<String> taskName) {
        return I18n.text("describe.change", I18n.text(f.field().labelKey()), value(f.field(), f.before(), taskName),
                value(f.field(), f.after(), taskName));
    }

    private static String value(TaskField field, String text, LongFunction<String> taskName) {
        if (text.isEmpty()) {
            return I18n.text("cli.empty");
        }
        if (field == TaskField.PARENT || field == TaskField.MERGED_INTO) {
            return taskName.apply(Long.parseLong(text));
        }
        return text;
    }
}
