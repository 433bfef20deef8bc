package org.taizhang.exchange.export;

import java.util.List;
import org.taizhang.core.I18n;

/** Tables of figures, a sheet each, in one workbook (the committee summary's tables). */
public final class FigureWorkbook {
    private FigureWorkbook() {
    }

    /** Tables of figures, a sheet each, in one workbook (the committee summary's tables). */
    public static void write(ExportTarget target, String footer, List<PlainSheet> sheets) {
        WorkbookFile.write(target, wb -> {
            Styles styles = new Styles(wb);
            for (PlainSheet plain : sheets) {
                List<Table.Column> columns = plain.columns().stream()
                        .map(c -> c.centered() ? Table.Column.centered(c.header(), c.width())
                                : Table.Column.text(c.header(), c.width()))
                        .toList();
                Table table = new Table(wb.createSheet(plain.name()), styles, columns, WorkbookFile.maxRows(target.format()));
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
}
