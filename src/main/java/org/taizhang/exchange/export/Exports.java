package org.taizhang.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.LedgerDiff;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.FillInFormat;
import org.taizhang.exchange.Progress;

/**
 * The workbooks the office sends out: the whole ledger (or the ledger as of a date), one 填报
 * workbook per lead unit that comes back importable, the adjustment log, and the changes between
 * two dates. Each looks like what the office would make by hand in Excel or WPS, is streamed
 * (a 100,000-task ledger fits in a small heap), and lands on disk only when complete.
 */
public final class Exports {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final int XLSX_ROWS = 1_048_576;
    private static final int XLS_ROWS = 65_536;

    private Exports() {
    }

    /** What to write and how: the target, its format, and whether an existing file may be replaced. */
    public record Target(Path file, ExportFormat format, boolean replace) {
        public static Target of(Path file, boolean replace) {
            return new Target(file, ExportFormat.ofFile(file), replace);
        }
    }

    // ---- the ledger ----------------------------------------------------------------------------

    /** The ledger's columns: those that print first, then the rest of the fields (kept, not printed). */
    private static final List<TaskField> LEDGER_FIELDS = List.of(TaskField.NUMBER, TaskField.TITLE, TaskField.MEASURES,
            TaskField.LEAD_UNITS, TaskField.PARTNER_UNITS, TaskField.DEADLINE, TaskField.DELIVERABLE,
            TaskField.PROGRESS, TaskField.PROBLEMS, TaskField.STATUS,
            TaskField.NEXT_STEPS, TaskField.TARGET, TaskField.ACTUAL, TaskField.VALUE_UNIT, TaskField.LEADER,
            TaskField.CONTACT, TaskField.REMARKS);
    /** How many of the ledger's columns print (from 序号 to 状态, with the two hidden ones before them). */
    private static final int LEDGER_PRINTED = 2 + LEDGER_FIELDS.indexOf(TaskField.STATUS) + 1;

    /**
     * The ledger workbook: tasks in reading order under 领域 rows, the deadline as written and its
     * date beside it, a drop-down for 状态. {@code asOf} names the date of a past ledger, or null.
     */
    public static void ledger(Target target, LedgerInfo info, CheckCode code, List<Task> ordered, LocalDate asOf,
            LocalDate today, Progress progress) {
        List<Table.Column> columns = new ArrayList<>(List.of(hiddenId(), hiddenRevision()));
        for (TaskField f : LEDGER_FIELDS) {
            columns.add(column(f, false));
        }
        columns.add(Table.Column.centered(I18n.text("export.deadlineDate"), 6));
        int statusColumn = LEDGER_PRINTED - 1;
        write(target, wb -> {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet(I18n.text("export.ledgerSheet"));
            Table table = new Table(sheet, styles, columns, maxRows(target.format())).printing(LEDGER_PRINTED);
            table.title(asOf == null ? info.title() : I18n.text("export.titleAsOf", info.title(), DAY.format(asOf)));
            table.line(I18n.text("export.ledgerLine", DAY.format(asOf != null ? asOf : today), ordered.size()));
            table.header();
            writeTasks(table, ordered, false, progress);
            table.choices(statusColumn, statusLabels());
            table.finish(true, info.title() + "　" + I18n.text("report.checkCode", code.text()));
        });
    }

    /**
     * The ledger workbook of the ledger now, or as it stood at {@code at} (the end of {@code day}),
     * with the check code of that state in its footer. Gives the number of tasks written.
     */
    public static int ledger(Target target, LedgerService service, Instant at, LocalDate day, LocalDate today,
            Progress progress) {
        List<Task> tasks = at == null ? service.tasks() : service.tasksAsOf(at);
        ledger(target, service.info(), at == null ? service.checkCode() : service.checkCode(at), tasks, day, today,
                progress);
        return tasks.size();
    }

    // ---- one workbook per lead unit ------------------------------------------------------------

    /**
     * One 填报 workbook per lead unit, named "单位-期间.xlsx", holding the tasks the unit leads with
     * each task's id and revision in hidden columns; the columns the unit fills are unlocked and
     * shaded yellow, the rest protected (no password). Gives the files written.
     */
    public static List<Path> byUnit(Path folder, ExportFormat format, boolean replace, LedgerInfo info,
            List<Task> ordered, List<String> units, String period, Progress progress) {
        Map<String, List<Task>> byUnit = new LinkedHashMap<>();
        for (String unit : units) {
            byUnit.put(unit, new ArrayList<>());
        }
        for (Task t : ordered) {
            if (t.status().isWithdrawn()) {
                continue;
            }
            for (String unit : t.leadUnits().names()) {
                List<Task> list = byUnit.get(unit);
                if (list != null) {
                    list.add(t);
                }
            }
        }
        List<Table.Column> columns = new ArrayList<>(List.of(hiddenId(), hiddenRevision()));
        for (TaskField f : FillInFormat.FIELDS) {
            columns.add(column(f, FillInFormat.FILLED_BY_UNIT.contains(f)));
        }
        int statusColumn = 2 + FillInFormat.FIELDS.indexOf(TaskField.STATUS);
        List<Path> written = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<Task>> e : byUnit.entrySet()) {
            progress.check();
            if (e.getValue().isEmpty()) {
                continue;
            }
            Path file = folder.resolve(fileName(e.getKey()) + "-" + fileName(period) + "." + format.extension());
            write(new Target(file, format, replace), true, wb -> {
                Styles styles = new Styles(wb);
                Sheet sheet = wb.createSheet(sheetName(period));
                Table table = new Table(sheet, styles, columns, maxRows(format));
                table.title(I18n.text("export.unitTitle", info.title(), period));
                table.line(FillInFormat.unitLine(e.getKey()));
                table.header();
                writeTasks(table, e.getValue(), true, Progress.NONE);
                table.choices(statusColumn, statusLabels());
                table.notes(List.of(FillInFormat.notes()));
                table.finish(false, e.getKey() + " " + period);
                protect(sheet);
            });
            written.add(file);
            progress.done(++done, byUnit.size());
        }
        return written;
    }

    /** The quarter a day falls in, as the office names a reporting period: 2023年第四季度. */
    public static String quarterOf(LocalDate day) {
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        return I18n.text("export.quarter", day.getYear(),
                I18n.locale().getLanguage().equals("en") ? Integer.toString(quarter) : Numerals.chinese(quarter));
    }

    /** Every unit that leads an open task, in the order the ledger names them. */
    public static List<String> leadUnits(List<Task> ordered) {
        Set<String> units = new LinkedHashSet<>();
        for (Task t : ordered) {
            if (!t.status().isWithdrawn()) {
                units.addAll(t.leadUnits().names());
            }
        }
        return new ArrayList<>(units);
    }

    // ---- the adjustment log --------------------------------------------------------------------

    /** The log, one row per changed field: time, type, task, field, old, new, reason, basis, operator, source. */
    public static void history(Target target, LedgerInfo info, List<Adjustment> log, ZoneId zone, Progress progress) {
        List<Table.Column> columns = List.of(Table.Column.centered(I18n.text("export.time"), 9),
                Table.Column.centered(I18n.text("export.adjustmentId"), 3),
                Table.Column.centered(I18n.text("export.type"), 5), Table.Column.text(I18n.text("export.task"), 18),
                Table.Column.centered(I18n.text("export.field"), 5), Table.Column.text(I18n.text("export.before"), 22),
                Table.Column.text(I18n.text("export.after"), 22), Table.Column.text(I18n.text("export.reason"), 14),
                Table.Column.text(I18n.text("export.basis"), 12), Table.Column.centered(I18n.text("export.operator"), 4),
                Table.Column.text(I18n.text("export.source"), 12));
        Map<Long, String> numbers = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        write(target, wb -> {
            Styles styles = new Styles(wb);
            int sheets = 1;
            Table table = logTable(wb, styles, columns, target.format(), info, sheets);
            int n = 0;
            for (Adjustment a : log) {
                for (TaskChange c : a.changes()) {
                    remember(numbers, titles, c);
                    String task = name(numbers, titles, c.taskId());
                    String source = a.source().fileName().isEmpty() ? I18n.text("export.manual") : a.source().fileName();
                    for (FieldChange f : c.fields()) {
                        if (table.rowsWritten() >= maxRows(target.format()) - 2) {
                            table.finish(true, info.title());
                            table = logTable(wb, styles, columns, target.format(), info, ++sheets);
                        }
                        table.row(time.format(a.time().atZone(zone)), a.id(), a.type().label(), task,
                                I18n.text(f.field().labelKey()), f.before(), f.after(), a.reason(), a.basis(),
                                a.operator(), source);
                    }
                }
                if (++n % 100 == 0) {
                    progress.check();
                    progress.done(n, log.size());
                }
            }
            table.finish(true, info.title());
        });
    }

    private static Table logTable(Workbook wb, Styles styles, List<Table.Column> columns, ExportFormat format,
            LedgerInfo info, int number) {
        Sheet sheet = wb.createSheet(I18n.text("export.logSheet") + (number > 1 ? "（" + number + "）" : ""));
        Table table = new Table(sheet, styles, columns, maxRows(format));
        table.title(I18n.text("export.logTitle", info.title()));
        table.header();
        return table;
    }

    /** Keeps a task's latest 序号 and title from the log, to name it as it was then. */
    private static void remember(Map<Long, String> numbers, Map<Long, String> titles, TaskChange c) {
        for (FieldChange f : c.fields()) {
            if (f.field() == TaskField.NUMBER) {
                numbers.put(c.taskId(), f.after());
            } else if (f.field() == TaskField.TITLE) {
                titles.put(c.taskId(), f.after());
            }
        }
    }

    private static String name(Map<Long, String> numbers, Map<Long, String> titles, long id) {
        String name = (numbers.getOrDefault(id, "") + " " + titles.getOrDefault(id, "")).strip();
        return name.isEmpty() ? "#" + id : name;
    }

    // ---- changes between two dates -------------------------------------------------------------

    /** What changed between two dates: one row per changed field, added and removed tasks on a row each. */
    public static void changes(Target target, LedgerInfo info, LedgerDiff diff, LocalDate from, LocalDate to) {
        List<Table.Column> columns = List.of(Table.Column.centered(I18n.text("export.kind"), 4),
                Table.Column.centered(I18n.text("field.number"), 4), Table.Column.text(I18n.text("field.title"), 24),
                Table.Column.centered(I18n.text("export.field"), 5), Table.Column.text(I18n.text("export.before"), 26),
                Table.Column.text(I18n.text("export.after"), 26));
        write(target, wb -> {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet(I18n.text("export.changesSheet"));
            Table table = new Table(sheet, styles, columns, maxRows(target.format()));
            table.title(I18n.text("export.changesTitle", info.title()));
            table.line(I18n.text("export.changesLine", DAY.format(from), DAY.format(to), diff.adjustments().size()));
            table.header();
            for (LedgerDiff.Kind kind : LedgerDiff.Kind.values()) {
                List<LedgerDiff.Entry> entries = diff.of(kind);
                if (entries.isEmpty()) {
                    continue;
                }
                table.section(I18n.text("diff." + kind.name().toLowerCase(java.util.Locale.ROOT), entries.size()));
                String label = I18n.text("export.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
                for (LedgerDiff.Entry e : entries) {
                    Task t = e.task();
                    if (kind == LedgerDiff.Kind.ADDED || kind == LedgerDiff.Kind.REMOVED) {
                        table.row(label, t.number().text(), t.title(), "", "", "");
                        continue;
                    }
                    for (FieldChange f : e.fields()) {
                        table.row(label, t.number().text(), t.title(), I18n.text(f.field().labelKey()), f.before(),
                                f.after());
                    }
                }
            }
            table.finish(true, info.title());
        });
    }

    /** Tables of figures, a sheet each, in one workbook (the committee summary's tables). */
    public static void sheets(Target target, String footer, List<PlainSheet> sheets) {
        write(target, wb -> {
            Styles styles = new Styles(wb);
            for (PlainSheet plain : sheets) {
                List<Table.Column> columns = plain.columns().stream()
                        .map(c -> c.centered() ? Table.Column.centered(c.header(), c.width())
                                : Table.Column.text(c.header(), c.width()))
                        .toList();
                Table table = new Table(wb.createSheet(plain.name()), styles, columns, maxRows(target.format()));
                table.title(plain.title());
                table.line(plain.line());
                table.header();
                if (plain.rows().isEmpty()) {
                    table.notes(List.of(plain.empty()));
                }
                for (List<Object> row : plain.rows()) {
                    table.row(row.toArray());
                }
                table.finish(!plain.rows().isEmpty(), footer);
            }
        });
    }

    // ---- shared --------------------------------------------------------------------------------

    private static Table.Column hiddenId() {
        return Table.Column.centered(FillInFormat.idHeader(), 4).out();
    }

    private static Table.Column hiddenRevision() {
        return Table.Column.centered(FillInFormat.revisionHeader(), 3).out();
    }

    private static Table.Column column(TaskField f, boolean editable) {
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
    private static void writeTasks(Table table, List<Task> ordered, boolean forUnit, Progress progress) {
        Map<String, Integer> perDomain = new HashMap<>();
        ordered.forEach(t -> perDomain.merge(t.domain(), 1, Integer::sum));
        String domain = null;
        int sections = 0;
        int n = 0;
        for (Task t : ordered) {
            if (!t.domain().equals(domain)) {
                domain = t.domain();
                if (!domain.isEmpty()) {
                    table.section(Numerals.chinese(++sections) + "、" + domain
                            + I18n.text("export.sectionCount", perDomain.get(domain)));
                }
            }
            List<Object> values = new ArrayList<>(List.of(t.id(), t.revision()));
            for (TaskField f : forUnit ? FillInFormat.FIELDS : LEDGER_FIELDS) {
                values.add(checked(t, f));
            }
            if (!forUnit) {
                values.add(t.deadline().date());
            }
            table.row(values.toArray());
            if (++n % 1000 == 0) {
                progress.check();
                progress.done(n, ordered.size());
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

    private static String[] statusLabels() {
        List<String> out = new ArrayList<>();
        for (Status s : Status.values()) {
            if (s != Status.MERGED) {
                out.add(s.label());
            }
        }
        return out.toArray(new String[0]);
    }

    /** The 填报 sheet: the unit may fill the yellow cells, resize and filter; nothing else. No password. */
    private static void protect(Sheet sheet) {
        sheet.protectSheet("");
        if (sheet instanceof SXSSFSheet s) {
            s.lockFormatColumns(false);
            s.lockFormatRows(false);
            s.lockSelectLockedCells(false);
            s.lockSelectUnlockedCells(false);
        }
    }

    private static int maxRows(ExportFormat format) {
        return format == ExportFormat.XLS ? XLS_ROWS : XLSX_ROWS;
    }

    private static String fileName(String text) {
        return text.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }

    private static String sheetName(String period) {
        String s = period.replaceAll("[\\\\/?*\\[\\]:]", "").strip();
        return s.isEmpty() ? "填报" : s.length() > 31 ? s.substring(0, 31) : s;
    }

    @FunctionalInterface
    private interface Fill {
        void into(Workbook wb) throws IOException;
    }

    /** Builds the workbook in the target's format and writes it safely (temp file, then move). */
    private static void write(Target target, Fill fill) {
        write(target, false, fill);
    }

    /**
     * {@code sharedStrings}: keep the text in a shared-strings table, as Excel does, rather than in
     * each cell. The 填报 workbooks that go out to be edited and come back use it; the big ledger
     * export does not (the table would hold every string in memory).
     */
    private static void write(Target target, boolean sharedStrings, Fill fill) {
        SafeFile.write(target.file(), target.replace(), (OutputStream out) -> {
            if (target.format() == ExportFormat.XLS) {
                try (HSSFWorkbook wb = new HSSFWorkbook()) {
                    fill.into(wb);
                    wb.write(out);
                }
            } else {
                SXSSFWorkbook wb = new SXSSFWorkbook(new org.apache.poi.xssf.usermodel.XSSFWorkbook(), 200, true,
                        sharedStrings);
                try {
                    fill.into(wb);
                    wb.write(out);
                } finally {
                    wb.dispose();
                    wb.close();
                }
            }
        });
    }
}
