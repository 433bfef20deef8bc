package org.taizhang.exchange.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.FillInFormat;
import org.taizhang.exchange.Progress;

/**
 * The 填报 workbooks the office sends out, one per lead unit, in the columns of {@link FillInFormat}
 * and, after them, the three where a unit asks for an adjustment: they come back importable in
 * either language.
 */
public final class FillInWorkbooks {
    private FillInWorkbooks() {
    }

    /**
     * One 填报 workbook per lead unit, named "单位-期间.xlsx", holding the tasks the unit leads with
     * each task's id and revision in hidden columns; the columns the unit fills are unlocked and
     * shaded yellow, the rest protected (no password). Gives the files written.
     */
    public static List<Path> write(Path folder, ExportFormat format, boolean replace, LedgerInfo info,
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
        List<Table.Column> columns = new ArrayList<>(List.of(TaskRows.hiddenId(), TaskRows.hiddenRevision()));
        for (TaskField f : FillInFormat.FIELDS) {
            columns.add(TaskRows.column(f, FillInFormat.FILLED_BY_UNIT.contains(f)));
        }
        int statusColumn = 2 + FillInFormat.FIELDS.indexOf(TaskField.STATUS);
        int requestColumn = columns.size();
        columns.add(Table.Column.centered(I18n.text(FillInFormat.REQUEST_COLUMNS.get(0)), 5).filledIn());
        columns.add(Table.Column.text(I18n.text(FillInFormat.REQUEST_COLUMNS.get(1)), 10).filledIn());
        columns.add(Table.Column.text(I18n.text(FillInFormat.REQUEST_COLUMNS.get(2)), 10).filledIn());
        List<Path> written = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<Task>> e : byUnit.entrySet()) {
            progress.check();
            if (e.getValue().isEmpty()) {
                continue;
            }
            Path file = folder.resolve(fileName(e.getKey()) + "-" + fileName(period) + "." + format.extension());
            WorkbookFile.write(new ExportTarget(file, format, replace), true, wb -> {
                Styles styles = new Styles(wb);
                Sheet sheet = wb.createSheet(sheetName(period));
                Table table = new Table(sheet, styles, columns, WorkbookFile.maxRows(format));
                table.title(I18n.text("export.unitTitle", info.title(), period));
                table.line(FillInFormat.unitLine(e.getKey()));
                table.header();
                TaskRows.write(table, e.getValue(), FillInFormat.FIELDS, false, Progress.NONE);
                table.choices(statusColumn, TaskRows.statusLabels());
                table.choices(requestColumn, requestTypes());
                table.notes(List.of(FillInFormat.notes()));
                table.finish(false, e.getKey() + " " + period);
                protect(sheet);
            });
            written.add(file);
            progress.done(++done, byUnit.size());
        }
        return written;
    }

    /** What a unit may ask for on a task of its return (新增 is a row of its own, which the sheet has no room for). */
    private static String[] requestTypes() {
        return Arrays.stream(RequestType.values()).filter(t -> t != RequestType.ADD).map(RequestType::label)
                .toArray(String[]::new);
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

    private static String fileName(String text) {
        return text.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }

    private static String sheetName(String period) {
        String s = period.replaceAll("[\\\\/?*\\[\\]:]", "").strip();
        return s.isEmpty() ? "填报" : s.length() > 31 ? s.substring(0, 31) : s;
    }
}
