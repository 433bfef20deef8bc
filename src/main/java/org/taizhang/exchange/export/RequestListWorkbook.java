package org.taizhang.exchange.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.taizhang.core.I18n;

/**
 * The 动态调整清单 as a workbook, in the office's table style: the meeting and the title merged on
 * top, the ledger's line, the header (repeated on each printed page), a row per request under the
 * heading of its type, the check code in the footer; A4 landscape, one page wide.
 */
public final class RequestListWorkbook {
    private RequestListWorkbook() {
    }

    public static void write(ExportTarget target, RequestListContent list) {
        List<String> headers = RequestListContent.headers();
        List<Table.Column> columns = List.of(Table.Column.centered(headers.get(0), 2),
                Table.Column.text(headers.get(1), 14), Table.Column.centered(headers.get(2), 7),
                Table.Column.centered(headers.get(3), 5), Table.Column.text(headers.get(4), 12),
                Table.Column.text(headers.get(5), 14), Table.Column.text(headers.get(6), 20),
                Table.Column.text(headers.get(7), 13));
        WorkbookFile.write(target, true, wb -> { // shared strings: SXSSF writes an inline string plain, without its marks
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet(I18n.text("requestList.sheet"));
            Table table = new Table(sheet, styles, columns, WorkbookFile.maxRows(target.format()));
            table.title(list.meeting() + "　" + list.title());
            table.line(list.line());
            table.header();
            for (RequestListContent.Section s : list.sections()) {
                table.section(s.heading());
                for (RequestListContent.Row row : s.rows()) {
                    table.row(row.markedCells().toArray());
                }
            }
            table.finish(false, list.ledger() + "　" + list.checkCode());
        });
    }
}
