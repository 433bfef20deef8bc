package org.taizhang.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.taizhang.core.I18n;
import org.taizhang.core.task.TaskField;

/**
 * The 填报 workbook as the office sends it to a unit and reads it back: its columns, the hidden
 * task id and revision, the columns the unit may fill in, and the words it is written with in
 * every language the program speaks. The writer ({@link org.taizhang.exchange.export.FillInWorkbooks}) and the reader (the
 * header finder) both take them from here, so a workbook written in either language is read in
 * either.
 */
public final class FillInFormat {
    /** The languages the program writes workbooks in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /** The columns after the hidden id and revision, in order. */
    public static final List<TaskField> FIELDS = List.of(TaskField.NUMBER, TaskField.TITLE, TaskField.MEASURES,
            TaskField.LEAD_UNITS, TaskField.DEADLINE, TaskField.TARGET, TaskField.PROGRESS, TaskField.STATUS,
            TaskField.ACTUAL, TaskField.PROBLEMS, TaskField.NEXT_STEPS);

    /** The columns a unit fills in (unlocked, shaded); the others are protected. */
    public static final Set<TaskField> FILLED_BY_UNIT = Set.of(TaskField.PROGRESS, TaskField.STATUS,
            TaskField.ACTUAL, TaskField.PROBLEMS, TaskField.NEXT_STEPS);

    /**
     * The columns after the fields where a unit asks for an adjustment (申请调整类型, 调整为, 理由),
     * by their message keys: a structural field is the office's to change, so a unit asks.
     */
    public static final List<String> REQUEST_COLUMNS = List.of("column.requestType", "column.requestTo",
            "column.requestReason");

    private static final String ID = "column.taskId";
    private static final String REVISION = "column.revision";

    private FillInFormat() {
    }

    /** A field's header in the language in use. */
    public static String header(TaskField field) {
        return I18n.text(field.labelKey());
    }

    public static String idHeader() {
        return I18n.text(ID);
    }

    public static String revisionHeader() {
        return I18n.text(REVISION);
    }

    /** Every header a column (by its message key) has been written under, one a language. */
    public static List<String> headers(String labelKey) {
        return inEveryLanguage(labelKey);
    }

    /** The line under the title: 填报单位：市医保局　　填报日期：…. */
    public static String unitLine(String unit) {
        return I18n.text("export.unitLine", unit);
    }

    /** The words before the unit on that line, one a language ("填报单位", "Reporting unit"). */
    public static List<String> unitLabels() {
        return labels("export.unitLine", 0);
    }

    /** The words before the date on that line ("填报日期", "Date"). */
    public static List<String> dateLabels() {
        return labels("export.unitLine", 1);
    }

    /** The notes under the table. */
    public static String notes() {
        return I18n.text("export.unitNotes");
    }

    /** How the notes begin, one a language ("填表说明", "Notes"). */
    public static List<String> noteOpenings() {
        return labels("export.unitNotes", 0);
    }

    private static List<String> inEveryLanguage(String key) {
        Set<String> out = new LinkedHashSet<>();
        for (Locale l : LANGUAGES) {
            out.add(I18n.format(bundle(l), key));
        }
        return new ArrayList<>(out);
    }

    /** The n-th "label：" of a message in every language: the words before its n-th colon. */
    private static List<String> labels(String key, int n) {
        Set<String> out = new LinkedHashSet<>();
        for (Locale l : LANGUAGES) {
            String text = I18n.format(bundle(l), key, "");
            String[] parts = text.split("[：:]", -1);
            if (parts.length > n + 1) {
                String label = parts[n].strip();
                int gap = Math.max(label.lastIndexOf('\u3000'), label.lastIndexOf("  "));
                out.add((gap >= 0 ? label.substring(gap) : label).strip());
            }
        }
        return new ArrayList<>(out);
    }

    private static ResourceBundle bundle(Locale locale) {
        return I18n.load(locale);
    }
}
