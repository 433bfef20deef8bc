package org.taizhang.exchange.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.FillInFormat;
import org.taizhang.exchange.Progress;

/** Tasks as rows of a sheet, shared by the ledger workbook and the 填报 workbooks: columns, 领域 rows, the status list. */
final class TaskRows {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private TaskRows() {
    }

    static Table.Column hiddenId() {
        return Table.Column.centered(FillInFormat.idHeader(), 4).out();
    }

    static Table.Column hiddenRevision() {
        return Table.Column.centered(FillInFormat.revisionHeader(), 3).out();
    }

    static Table.Column column(TaskField f, boolean editable) {
        String header = FillInFormat.header(f);
        Table.Column c = switch (f) {
            case NUMBER -> Table.Column.centered(header, 3);
            case TITLE -> Table.Column.text(header, 14);
            case MEASURES -> Table.Column.text(header, 16);
            case PROGRESS -> Table.Column.text(header, 24);
            case PROBLEMS, NEXT_STEPS -> Table.Column.text(header, 10);
            case LEAD_UNITS, PARTNER_UNITS -> Table.Column.text(header, 7);
            case DEADLINE -> Table.Column.centered(header, 5);
            case STATUS -> Table.Column.centered(header, 4);
            case TARGET, ACTUAL, VALUE_UNIT -> Table.Column.centered(header, 3);
            default -> Table.Column.text(header, 6);
        };
        return editable ? c.filledIn() : c;
    }

    /** Tasks in reading order, each 领域 opened by a shaded row "一、经济体制改革（20项）". */
    static void write(Table table, List<Task> ordered, List<TaskField> fields, boolean withDate, Progress progress) {
        write(table, Sections.of(ordered), ordered, fields, withDate, progress);
    }

    /** How many tasks there are in all and in each 领域: what the 领域 rows say before their tasks come. */
    record Sections(Map<String, Integer> perDomain, int total) {
        static Sections of(List<Task> tasks) {
            Map<String, Integer> perDomain = new HashMap<>();
            tasks.forEach(t -> perDomain.merge(t.domain(), 1, Integer::sum));
            return new Sections(perDomain, tasks.size());
        }
    }

    /**
     * As {@link #write(Table, List, List, boolean, Progress)}, the tasks handed over one by one as
     * they are read ({@code rows}), in reading order; {@code counts} gives the 领域 counts.
     */
    static void write(Table table, Sections counts, Iterable<Task> rows, List<TaskField> fields, boolean withDate,
            Progress progress) {
        Map<String, Integer> perDomain = counts.perDomain();
        int total = counts.total();
        String domain = null;
        int sections = 0;
        int n = 0;
        for (Task t : rows) {
            if (!t.domain().equals(domain)) {
                domain = t.domain();
                if (!domain.isEmpty()) {
                    table.section(Numerals.chinese(++sections) + "、" + domain
                            + I18n.text("export.sectionCount", perDomain.get(domain)));
                }
            }
            Object[] values = new Object[2 + fields.size() + (withDate ? 1 : 0)];
            values[0] = t.id();
            values[1] = t.revision();
            int c = 2;
            for (TaskField f : fields) {
                values[c++] = checked(t, f);
            }
            if (withDate) {
                values[c] = t.deadline().date();
            }
            table.row(values);
            if (++n % 1000 == 0) {
                progress.check();
                progress.done(n, total);
            }
        }
    }

    private static String checked(Task t, TaskField f) {
        String v = f.read(t);
        if (v.length() > 32_767) {
            throw new LedgerException("export.cellTooLong", t.number().text(), I18n.text(f.labelKey()));
        }
        return v;
    }

    /** The 状态 drop-down: every status but 已合并 and 已结转, which have their own commands. */
    static String[] statusLabels() {
        List<String> out = new ArrayList<>();
        for (Status s : Status.values()) {
            if (!s.isSetByItsOwnAdjustment()) {
                out.add(s.label());
            }
        }
        return out.toArray(new String[0]);
    }
}
