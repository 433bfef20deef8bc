package org.taizhang.exchange.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Sheet;
import org.taizhang.core.I18n;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.TaskSequence;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.Progress;

/**
 * The whole ledger (or the ledger as of a date) as the office would keep it in Excel or WPS: tasks
 * in reading order under 领域 rows, the printed columns first, the check code in the footer.
 */
public final class LedgerWorkbook {
    private LedgerWorkbook() {
    }

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
    public static void write(ExportTarget target, LedgerInfo info, CheckCode code, List<Task> ordered, LocalDate asOf,
            LocalDate today, Progress progress) {
        write(target, () -> info, () -> code, () -> TaskRows.Sections.of(ordered), ordered, asOf, today, progress);
    }

    /**
     * The ledger workbook of {@code rows}, handed over one by one in reading order. The ledger's
     * title, the 领域 counts and the check code are asked for only once the workbook is set up, the
     * counts for the line under the title, the check code at the foot: a ledger being read
     * meanwhile (see {@link TaskSequence}) is read while the workbook's classes load.
     */
    private static void write(ExportTarget target, Supplier<LedgerInfo> info, Supplier<CheckCode> code,
            Supplier<TaskRows.Sections> counts, Iterable<Task> rows, LocalDate asOf, LocalDate today, Progress progress) {
        List<Table.Column> columns = new ArrayList<>(List.of(TaskRows.hiddenId(), TaskRows.hiddenRevision()));
        for (TaskField f : LEDGER_FIELDS) {
            columns.add(TaskRows.column(f, false));
        }
        columns.add(Table.Column.centered(I18n.text("export.deadlineDate"), 6));
        int statusColumn = LEDGER_PRINTED - 1;
        WorkbookFile.write(target, wb -> {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet(I18n.text("export.ledgerSheet"));
            Table table = new Table(sheet, styles, columns, WorkbookFile.maxRows(target.format())).printing(LEDGER_PRINTED);
            String title = info.get().title();
            table.title(asOf == null ? title : I18n.text("export.titleAsOf", title, TaskRows.DAY.format(asOf)));
            TaskRows.Sections sections = counts.get();
            table.line(I18n.text("export.ledgerLine", TaskRows.DAY.format(asOf != null ? asOf : today), sections.total()));
            table.header();
            TaskRows.write(table, sections, rows, LEDGER_FIELDS, true, progress);
            table.choices(statusColumn, TaskRows.statusLabels());
            table.finish(true, title + "　" + I18n.text("report.checkCode", code.get().text()));
        });
    }

    /**
     * The ledger workbook of the ledger now, or as it stood at {@code at} (the end of {@code day}),
     * with the check code of that state in its footer. Gives the number of tasks written. The
     * ledger now is read as it is written, a few hundred tasks at a time, never held whole.
     */
    public static int write(ExportTarget target, LedgerService service, Instant at, LocalDate day, LocalDate today,
            Progress progress) {
        if (at == null) {
            return service.inReadingOrder(tasks -> {
                write(target, tasks::info, tasks::checkCode, () -> new TaskRows.Sections(tasks.domainCounts(), tasks.size()),
                        tasks, day, today, progress);
                return tasks.size();
            });
        }
        List<Task> tasks = service.tasksAsOf(at);
        write(target, service.info(), service.checkCode(at), tasks, day, today, progress);
        return tasks.size();
    }
}
