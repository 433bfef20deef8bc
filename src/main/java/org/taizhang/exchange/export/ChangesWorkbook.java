package org.taizhang.exchange.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.taizhang.core.I18n;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.LedgerDiff;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.task.Task;

/** What changed between two dates, as a workbook: one row per changed field, added and removed tasks on a row each. */
public final class ChangesWorkbook {
    private ChangesWorkbook() {
    }

    /** What changed between two dates: one row per changed field, added and removed tasks on a row each. */
    public static void write(ExportTarget target, LedgerInfo info, LedgerDiff diff, LocalDate from, LocalDate to) {
        List<Table.Column> columns = List.of(Table.Column.centered(I18n.text("export.kind"), 4),
                Table.Column.centered(I18n.text("field.number"), 4), Table.Column.text(I18n.text("field.title"), 24),
                Table.Column.centered(I18n.text("export.field"), 5), Table.Column.text(I18n.text("export.before"), 26),
                Table.Column.text(I18n.text("export.after"), 26));
        // shared strings: SXSSF writes an inline string plain, without its marks; the table is as big as the ledger
        WorkbookFile.write(target, true, wb -> {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet(I18n.text("export.changesSheet"));
            Table table = new Table(sheet, styles, columns, WorkbookFile.maxRows(target.format()));
            table.title(I18n.text("export.changesTitle", info.title()));
            table.line(I18n.text("export.changesLine", TaskRows.DAY.format(from), TaskRows.DAY.format(to), diff.adjustments().size()));
            table.header();
            for (LedgerDiff.Kind kind : LedgerDiff.Kind.values()) {
                List<LedgerDiff.Entry> entries = diff.of(kind);
                if (entries.isEmpty()) {
                    continue;
                }
                table.section(I18n.text("diff." + kind.name().toLowerCase(Locale.ROOT), entries.size()));
                String label = I18n.text("export.kind." + kind.name().toLowerCase(Locale.ROOT));
                for (LedgerDiff.Entry e : entries) {
                    Task t = e.task();
                    if (kind == LedgerDiff.Kind.ADDED || kind == LedgerDiff.Kind.REMOVED) {
                        table.row(label, t.number().text(), t.title(), "", "", "");
                        continue;
                    }
                    for (FieldChange f : e.fields()) {
                        Object[] values = DiffLook.cells(f.field(), f.before(), f.after());
                        table.row(label, t.number().text(), t.title(), I18n.text(f.field().labelKey()), values[0],
                                values[1]);
                    }
                }
            }
            table.finish(true, info.title());
        });
    }
}
