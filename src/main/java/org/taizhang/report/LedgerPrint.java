package org.taizhang.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.notice.NoticeSettings;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.core.task.TaskOrder;
import org.taizhang.core.task.TaskSearch;

/**
 * The ledger table on paper (打印台账): the columns the clerk shows, in their order and in
 * proportion to their widths on screen; the tasks that pass the filter, in the table's order, each
 * 领域 opened by its heading, measures indented under their task, a task shown only as the parent
 * of a match (or withdrawn) in grey; above them the ledger's title (as of the date when a past one
 * is shown), the filter in words and the 制表单位/日期 line; in the footer the check code of the
 * state printed. The window builds it from what its table shows, {@code taizhang print} from its
 * options; both lay it out with {@code layout.LedgerLayout}.
 */
public final class LedgerPrint {
    /** The code of the 序时 light's column; the other columns are named by their {@link TaskField} code. */
    public static final String LIGHT = "light";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /**
     * Every column the ledger table can show, with the width (in the window's pixels) it has there
     * at first: the shares of the paper when no window says otherwise.
     */
    private static final Map<String, Double> WIDTHS = new LinkedHashMap<>();

    static {
        WIDTHS.put("number", 90.0);
        WIDTHS.put("title", 380.0);
        WIDTHS.put("measures", 300.0);
        WIDTHS.put("domain", 120.0);
        WIDTHS.put("leadUnits", 170.0);
        WIDTHS.put("partnerUnits", 200.0);
        WIDTHS.put("leader", 110.0);
        WIDTHS.put("contact", 140.0);
        WIDTHS.put("deadline", 115.0);
        WIDTHS.put(LIGHT, 70.0);
        WIDTHS.put("status", 86.0);
        WIDTHS.put("deliverable", 110.0);
        WIDTHS.put("progress", 360.0);
        WIDTHS.put("problems", 220.0);
        WIDTHS.put("nextSteps", 220.0);
        WIDTHS.put("target", 70.0);
        WIDTHS.put("actual", 70.0);
        WIDTHS.put("unit", 60.0);
        WIDTHS.put("remarks", 160.0);
        WIDTHS.put("year", 60.0);
    }

    /** What prints when no columns are named: the columns the window shows at first. */
    public static final List<String> DEFAULT_COLUMNS = List.of("number", "title", "leadUnits", "deadline", LIGHT,
            "status", "progress");

    private LedgerPrint() {
    }

    /** A printed column: its code, its header, and its width (any unit: its share of the page). */
    public record Column(String code, String header, double width) {
        /** The column {@code code} as wide as the window makes it at first. */
        public static Column of(String code) {
            return of(code, WIDTHS.getOrDefault(code, 100.0));
        }

        /** The column {@code code} with its header; refuses a code no ledger column has. */
        public static Column of(String code, double width) {
            if (!WIDTHS.containsKey(code)) {
                throw new LedgerException("print.unknownColumn", code, String.join(",", WIDTHS.keySet()));
            }
            String header = code.equals(LIGHT) ? I18n.text("column.light") : I18n.text(TaskField.ofCode(code).labelKey());
            return new Column(code, header, width);
        }

        /** What the column shows of a task, as the table shows it. */
        public String text(Line line) {
            return code.equals(LIGHT) ? line.light().label() : TaskField.ofCode(code).read(line.task());
        }

        /** Short values are centred, as in the office's own ledgers. */
        public boolean centered() {
            return List.of("deadline", LIGHT, "status", "target", "actual", "unit", "year").contains(code);
        }

        /** The light's column: printed in the light's colour. */
        public boolean isLight() {
            return code.equals(LIGHT);
        }
    }

    /** Every column code a ledger print may name. */
    public static List<String> codes() {
        return List.copyOf(WIDTHS.keySet());
    }

    /** The columns named by codes ("number,title,status"), each as wide as the window makes it at first. */
    public static List<Column> columns(List<String> codes) {
        return codes.stream().map(String::strip).filter(c -> !c.isEmpty()).map(Column::of).toList();
    }

    /**
     * A task as the table shows it: its depth in the outline under its 领域, its 序时 light, and
     * whether it is shown only as the parent of a task that passed the filter.
     */
    public record Line(Task task, int depth, Light light, boolean context) implements Row {
        /** Printed grey: context, or taken off the work (已取消, 已合并), as the table greys them. */
        public boolean subdued() {
            return context || task.status().isWithdrawn();
        }
    }

    /** Everything the printed ledger shows. {@code asOf} is the past day shown, or null for now. */
    public record Sheet(String title, String filter, String office, LocalDate asOf, LocalDate printed,
            List<Column> columns, List<Line> lines, String checkCode) {
        public Sheet {
            columns = List.copyOf(columns.isEmpty() ? LedgerPrint.columns(DEFAULT_COLUMNS) : columns);
            lines = List.copyOf(lines);
        }

        /** The tasks that passed the filter (not those shown only as context). */
        public int matched() {
            return (int) lines.stream().filter(l -> !l.context()).count();
        }

        /** "制表单位：全面深化改革委员会办公室". */
        public String officeLine() {
            return I18n.text("print.office", office);
        }

        /** "共 25 项　　制表日期：2024年1月10日", with the day shown when it is a past one. */
        public String dateLine() {
            return asOf == null ? I18n.text("print.date", matched(), DAY.format(printed))
                    : I18n.text("print.dateAsOf", matched(), DAY.format(asOf), DAY.format(printed));
        }

        /**
         * The table's rows: a heading for each run of one 领域 ("经济体制改革（20 项）", counting the
         * tasks that passed), and its lines.
         */
        public List<Row> rows() {
            List<Row> out = new ArrayList<>();
            int i = 0;
            while (i < lines.size()) {
                String domain = lines.get(i).task().domain();
                int j = i;
                int count = 0;
                while (j < lines.size() && lines.get(j).task().domain().equals(domain)) {
                    count += lines.get(j).context() ? 0 : 1;
                    j++;
                }
                out.add(new Heading(I18n.text("table.heading", domain.isEmpty() ? I18n.text("table.noDomain") : domain,
                        count)));
                out.addAll(lines.subList(i, j));
                i = j;
            }
            return out;
        }
    }

    /** A row of the printed table: a 领域's heading or a task. */
    public sealed interface Row permits Heading, Line {
    }

    /** The row opening a 领域. */
    public record Heading(String text) implements Row {
    }

    /**
     * The lines of a ledger in reading order that pass {@code filter}, lit as of {@code day}, with
     * the parents of those that pass as context: what the table shows for that filter, unsorted.
     */
    public static List<Line> lines(List<Task> ordered, TaskFilter filter, LightRule rule, LocalDate day) {
        Map<Long, Task> byId = new HashMap<>();
        ordered.forEach(t -> byId.put(t.id(), t));
        Map<Long, Light> lights = new HashMap<>();
        ordered.forEach(t -> lights.put(t.id(), rule.of(t, day)));
        List<Line> out = new ArrayList<>();
        for (TaskFilter.Passed<Task> p : TaskFilter.withParents(ordered, t -> t,
                t -> filter.matches(t, lights.get(t.id()), TaskSearch.searchable(t)))) {
            Task t = p.row();
            out.add(new Line(t, TaskOrder.depth(t, byId), lights.get(t.id()), p.context()));
        }
        return out;
    }

    /**
     * The sheet of the ledger {@code service} keeps, now ({@code asOf} null) or as of the end of
     * {@code asOf} ({@code at}): its title, the office from its settings, the check code of that
     * state. Reads the ledger: call it off the FX thread.
     */
    public static Sheet of(LedgerService service, Instant at, LocalDate asOf, LocalDate today, TaskFilter filter,
            List<Column> columns, List<Line> lines) {
        LedgerInfo info = service.info();
        String title = asOf == null ? info.title() : I18n.text("export.titleAsOf", info.title(), DAY.format(asOf));
        String code = (at == null ? service.checkCode() : service.checkCode(at)).text();
        return new Sheet(title, FilterWords.of(filter), NoticeSettings.of(service).office(), asOf, today, columns, lines,
                code);
    }
}
