package org.taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.I18n;
import org.taizhang.core.text.TextDiff;
import org.taizhang.core.text.TextDiff.Mark;
import org.taizhang.core.text.TextDiff.Run;

/**
 * A line telling a change, in runs: the words around the values unmarked, the value before with
 * what was removed marked, the value after with what was added marked ("完成时限：6月底前 →
 * 9月底前", the 6 and the 9 marked). A sentence that is no field change is one unmarked run.
 */
public record ChangeLine(List<Run> runs) {
    private static final String BEFORE = "\uE000";
    private static final String AFTER = "\uE001";

    public ChangeLine {
        runs = List.copyOf(runs);
    }

    /** The line as plain text. */
    public String text() {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** A line with nothing marked. */
    public static ChangeLine plain(String text) {
        return new ChangeLine(text.isEmpty() ? List.of() : List.of(new Run(text, Mark.SAME)));
    }

    /**
     * The message {@code key} ({0} the field's name, {1} the value before, {2} after) with the two
     * values' runs in place of {1} and {2}: the bundle's words and order stay the bundle's.
     */
    public static ChangeLine of(String key, String field, TextDiff diff) {
        String pattern = I18n.text(key, field, BEFORE, AFTER);
        List<Run> runs = new ArrayList<>();
        int b = pattern.indexOf(BEFORE);
        int a = pattern.indexOf(AFTER);
        if (b < 0 || a < b) { // a translation without both values in order: the values as written, unmarked
            return plain(I18n.text(key, field, diff.beforeText(), diff.afterText()));
        }
        plain(runs, pattern.substring(0, b));
        runs.addAll(diff.before());
        plain(runs, pattern.substring(b + 1, a));
        runs.addAll(diff.after());
        plain(runs, pattern.substring(a + 1));
        return new ChangeLine(runs);
    }

    private static void plain(List<Run> runs, String text) {
        if (!text.isEmpty()) {
            runs.add(new Run(text, Mark.SAME));
        }
    }

    /** Lines joined by line breaks, as one list of runs (for a cell showing several). */
    public static List<Run> joined(List<ChangeLine> lines) {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.add(new Run("\n", Mark.SAME));
            }
            out.addAll(lines.get(i).runs());
        }
        return out;
    }
}
