package org.taizhang.ui;

import java.util.Locale;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;

/**
 * The style classes of fxml/taizhang.css that Java code sets, named once: a class used in code is
 * found here, and its rule in the style sheet under the same name.
 */
public final class Css {
    /** Text in a table cell. */
    public static final String CELL_TEXT = "cell-text";
    /** A coloured status badge; with {@link #status(Status)}. */
    public static final String STATUS = "status";
    /** A coloured 序时 light badge; with {@link #light(Light)}. */
    public static final String LIGHT = "light";
    /** Beside a task's status: an adjustment request is open on it. */
    public static final String REQUEST_BADGE = "request-badge";
    /** The bell beside a task's status while a 督办单 on it awaits its answer. */
    public static final String NOTICE_BADGE = "notice-badge";
    /** A field shown but not changeable in a form limited to one adjustment. */
    public static final String READ_ONLY_FIELD = "read-only-field";
    public static final String ERROR = "error";
    /** The mark behind a search hit (ui.HitText). */
    public static final String SEARCH_HIT = "search-hit";
    /** The message under a field that is not right (with the field's {@code :invalid} border). */
    public static final String FORM_ERROR = "form-error";
    public static final String COMPARE_GROUP = "compare-group";
    public static final String COMPARE_TASK = "compare-task";
    public static final String COMPARE_CHANGE = "compare-change";
    public static final String IMPORT_STATE = "import-state";
    /** Text with its differences marked (a {@link MarkedText}). */
    public static final String MARKED_TEXT = "marked-text";
    /** A run of marked text in both values. */
    public static final String DIFF_SAME = "diff-same";
    /** A run only in the value before: struck through. */
    public static final String DIFF_REMOVED = "diff-removed";
    /** A run only in the value after: underlined. */
    public static final String DIFF_ADDED = "diff-added";

    private Css() {
    }

    /** status-done, status-in_progress …: the badge colour of a status. */
    public static String status(Status s) {
        return "status-" + key(s);
    }

    /** light-red …: the badge colour of a light. */
    public static String light(Light l) {
        return "light-" + key(l);
    }

    /** chart-status-done …: a chart part (pie wedge, bar, swatch, figure) in a status's colour. */
    public static String chartStatus(Status s) {
        return "chart-status-" + key(s);
    }

    /** chart-light-red …: a chart part in a light's colour. */
    public static String chartLight(Light l) {
        return "chart-light-" + key(l);
    }

    /** import-kind-new …: the label of a plan entry's kind. */
    public static String importKind(Enum<?> kind) {
        return "import-kind-" + key(kind);
    }

    /** import-state-read …: a workbook's state in the import wizard's list. */
    public static String importState(Enum<?> state) {
        return "import-state-" + key(state);
    }

    /** diff-same, diff-removed, diff-added: how a run of a difference is marked. */
    public static String diff(org.taizhang.core.text.TextDiff.Mark mark) {
        return switch (mark) {
            case SAME -> DIFF_SAME;
            case REMOVED -> DIFF_REMOVED;
            case ADDED -> DIFF_ADDED;
        };
    }

    private static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
