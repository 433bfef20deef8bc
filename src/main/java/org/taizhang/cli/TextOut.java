package org.taizhang.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.yearend.CarryOver;

/** Plain-text renderings shared by the commands. */
final class TextOut {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TextOut() {
    }

    static String time(Instant t, ZoneId zone) {
        return TIME.format(t.atZone(zone));
    }

    static String adjustmentLine(Adjustment a, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        b.append('#').append(a.id()).append("  ").append(time(a.time(), zone)).append("  ")
                .append(a.type().label()).append("  ").append(a.operator());
        if (!a.reason().isEmpty()) {
            b.append("  ").append(I18n.text("cli.reason", a.reason()));
        }
        if (!a.basis().isEmpty()) {
            b.append("  ").append(I18n.text("cli.basis", a.basis()));
        }
        if (!a.source().fileName().isEmpty()) {
            b.append("  ").append(a.source().sha256().isEmpty() ? I18n.text("describe.source", a.source().fileName())
                    : I18n.text("cli.source", a.source().fileName(), a.source().sha256()));
        }
        if (a.undoes() != null) {
            b.append("  ").append(I18n.text("cli.undoes", a.undoes()));
        }
        CarryOver.Origin.of(a).ifPresent(o -> b.append("  ").append(o.describe()));
        return b.toString();
    }

    static String changeLine(TaskChange c) {
        return "  " + I18n.text("cli.change." + c.kind().name().toLowerCase(java.util.Locale.ROOT), c.taskId());
    }

    static void fieldLines(List<FieldChange> fields, StringBuilder out) {
        for (FieldChange f : fields) {
            out.append("      ").append(I18n.text(f.field().labelKey())).append(": ")
                    .append(shorten(f.before())).append(" → ").append(shorten(f.after())).append('\n');
        }
    }

    /** Long progress text shown on one line, cut with an ellipsis. */
    static String shorten(String s) {
        String one = s.replace('\n', ' ');
        if (one.isEmpty()) {
            return I18n.text("cli.empty");
        }
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
