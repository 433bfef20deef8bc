package org.taizhang.exchange.export;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.Progress;

/** The adjustment log as a workbook, one row per changed field, continued on a new sheet when one is full. */
public final class LogWorkbook {
    private LogWorkbook() {
    }

    /** The log, one row per changed field: time, type, task, field, old, new, reason, basis, operator, source. */
    public static void write(ExportTarget target, LedgerInfo info, List<Adjustment> log, ZoneId zone, Progress progress) {
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
        WorkbookFile.write(target, wb -> {
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
                        if (table.rowsWritten() >= WorkbookFile.maxRows(target.format()) - 2) {
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
        Table table = new Table(sheet, styles, columns, WorkbookFile.maxRows(format));
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
}
