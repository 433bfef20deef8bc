package org.taizhang.report;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.I18n;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.exchange.export.FigureWorkbook;
import org.taizhang.exchange.export.PlainSheet;

/** The summary's tables as a workbook, a styled sheet each, for offices that rework the figures in Excel. */
public final class SummaryWorkbook {
    private SummaryWorkbook() {
    }

    public static void write(Summary s, ExportTarget target) {
        String title = SummaryTables.title(s);
        String line = SummaryTables.dates(s);
        List<PlainSheet> sheets = new ArrayList<>();
        sheets.add(sheet(SummaryTables.overall(s), title, line));
        for (SummaryTables.Table t : SummaryTables.all(s)) {
            // "北疆市…推进情况：各领域推进情况", without the section's number "二、"
            sheets.add(sheet(t, title + "：" + t.heading().replaceFirst("^[一二三四五六七八九十]+、", ""), line));
        }
        FigureWorkbook.write(target, title + "　" + I18n.text("report.checkCode", s.code().text()), sheets);
    }

    private static PlainSheet sheet(SummaryTables.Table t, String title, String line) {
        return new PlainSheet(t.name(), title, line,
                t.columns().stream().map(c -> new PlainSheet.Column(c.header(), c.width(), c.centered())).toList(),
                t.rows(), t.empty());
    }
}
