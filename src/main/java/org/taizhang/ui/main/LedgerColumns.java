package org.taizhang.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;

/**
 * The ledger table's columns: every task field plus the 序时 light. Which are shown, in what
 * order and how wide is remembered as text ("title:420:1,status:90:1,…") in the preferences; the
 * printed ledger reads it there too, so it prints the columns shown, in their order.
 */
public final class LedgerColumns {

    /** A column: its code, header, text of a task, order for sorting, width, shown at first, wraps. */
    public record Spec(String code, String header, Function<Task, String> text, Comparator<Task> order,
            double width, boolean shownAtFirst, boolean wraps) {
        /**
         * How narrow the table may squeeze it: a wrapping text to a few characters a line, a chip or
         * a date hardly at all (they do not wrap).
         */
        public double minWidth() {
            return wraps ? 96 : Math.min(width, Math.round(width * 0.85));
        }
    }

    /** A column as the clerk left it. */
    public record Layout(String code, double width, boolean shown) {
    }

    public static final String LIGHT = "light";
    /** The preference the clerk's layout is kept under. */
    public static final String PREFERENCE = "columns";

    private LedgerColumns() {
    }

    public static List<Spec> all() {
        List<Spec> out = new ArrayList<>();
        out.add(field(TaskField.NUMBER, Comparator.comparing(Task::number), 90, true, false));
        out.add(field(TaskField.TITLE, null, 380, true, true));
        out.add(field(TaskField.MEASURES, null, 300, false, true));
        out.add(field(TaskField.DOMAIN, null, 120, false, false));
        out.add(field(TaskField.LEAD_UNITS, null, 170, true, true));
        out.add(field(TaskField.PARTNER_UNITS, null, 200, false, true));
        out.add(field(TaskField.LEADER, null, 110, false, false));
        out.add(field(TaskField.CONTACT, null, 140, false, false));
        out.add(field(TaskField.DEADLINE, Comparator.comparing(Task::deadline), 115, true, false));
        out.add(new Spec(LIGHT, I18n.text("column.light"), t -> "", null, 70, true, false));
        out.add(field(TaskField.STATUS, Comparator.comparing(Task::status), 86, true, false));
        out.add(field(TaskField.DELIVERABLE, null, 110, false, false));
        out.add(field(TaskField.PROGRESS, null, 360, true, true));
        out.add(field(TaskField.PROBLEMS, null, 220, false, true));
        out.add(field(TaskField.NEXT_STEPS, null, 220, false, true));
        out.add(field(TaskField.TARGET, null, 70, false, false));
        out.add(field(TaskField.ACTUAL, null, 70, false, false));
        out.add(field(TaskField.VALUE_UNIT, null, 60, false, false));
        out.add(field(TaskField.REMARKS, null, 160, false, true));
        out.add(field(TaskField.YEAR, null, 60, false, false));
        return out;
    }

    private static Spec field(TaskField f, Comparator<Task> order, double width, boolean shown, boolean wraps) {
        return new Spec(f.code(), I18n.text(f.labelKey()), f::read, order, width, shown, wraps);
    }

    /** Reads a remembered layout; unknown codes are dropped and new columns added at the end. */
    public static List<Layout> read(String remembered) {
        Map<String, Layout> byCode = new LinkedHashMap<>();
        if (remembered != null) {
            for (String part : remembered.split(",")) {
                String[] p = part.split(":");
                if (p.length == 3) {
                    try {
                        byCode.put(p[0], new Layout(p[0], Double.parseDouble(p[1]), p[2].equals("1")));
                    } catch (NumberFormatException ignored) {
                        // a damaged preference falls back to the default for that column
                    }
                }
            }
        }
        Map<String, Spec> specs = new LinkedHashMap<>();
        all().forEach(s -> specs.put(s.code(), s));
        List<Layout> out = new ArrayList<>();
        byCode.values().stream().filter(l -> specs.containsKey(l.code())).forEach(out::add);
        for (Spec s : specs.values()) {
            if (!byCode.containsKey(s.code())) {
                out.add(new Layout(s.code(), s.width(), s.shownAtFirst()));
            }
        }
        return out;
    }

    public static String write(List<Layout> layout) {
        StringBuilder b = new StringBuilder();
        for (Layout l : layout) {
            b.append(b.length() == 0 ? "" : ",").append(l.code()).append(':').append(Math.round(l.width()))
                    .append(':').append(l.shown() ? "1" : "0");
        }
        return b.toString();
    }

    /** The column of {@code code}, its header in the language used now. */
    public static Spec spec(String code) {
        Specs known = specs;
        if (known == null || !known.locale().equals(I18n.locale())) {
            Map<String, Spec> byCode = new LinkedHashMap<>();
            all().forEach(s -> byCode.put(s.code(), s));
            known = new Specs(I18n.locale(), byCode);
            specs = known;
        }
        Spec spec = known.byCode().get(code);
        if (spec == null) {
            throw new java.util.NoSuchElementException(code);
        }
        return spec;
    }

    /**
     * The columns in one language, kept: a search asks for them for every row it shows ({@code
     * LedgerCell.foundElsewhere}), and making them reads every header from the bundle.
     */
    private record Specs(java.util.Locale locale, Map<String, Spec> byCode) {
    }

    private static volatile Specs specs;

    /** The columns shown, in their order and at their widths, as the printed ledger takes them. */
    public static List<org.taizhang.report.LedgerPrint.Column> printed(String remembered) {
        List<org.taizhang.report.LedgerPrint.Column> out = new ArrayList<>();
        for (Layout l : read(remembered)) {
            if (l.shown()) {
                out.add(new org.taizhang.report.LedgerPrint.Column(l.code(), spec(l.code()).header(), l.width()));
            }
        }
        return out;
    }
}
