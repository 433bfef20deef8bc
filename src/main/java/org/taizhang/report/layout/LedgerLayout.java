package org.taizhang.report.layout;

import java.util.ArrayList;
import java.util.List;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Light;
import org.taizhang.report.LedgerPrint;
import org.taizhang.report.Lists;

/**
 * The printed ledger (打印台账) on A4 landscape pages, in the office's layout: the title, the
 * filter when there is one, the 制表单位 … 日期 line, then the table with its header on every page,
 * a shaded row opening each 领域, measures indented under their task in the first column, long
 * cells wrapped (a cell longer than a page goes on over the next), and "第 X 页 共 Y 页" with the
 * check code in the footer.
 */
public final class LedgerLayout {
    /** How far a measure is indented for each level under its task, in points. */
    static final float INDENT = 9;
    /** The narrowest a column gets: two characters and the padding. */
    static final float NARROWEST = 2 * 9 + 8;

    private LedgerLayout() {
    }

    /** The printed ledger's pages, all held: for the window's preview. */
    public static Marks.Report layout(LedgerPrint.Sheet sheet, Marks.Metrics metrics) {
        return document(sheet, metrics).hold();
    }

    /** The printed ledger as a layout to write page by page, whatever the number of its rows. */
    public static Layout document(LedgerPrint.Sheet sheet, Marks.Metrics metrics) {
        return new Layout(sheet.title(), Marks.PageSize.A4_LANDSCAPE, metrics, sheet.title(),
                I18n.text("report.checkCode", sheet.checkCode()), w -> lay(sheet, w));
    }

    private static void lay(LedgerPrint.Sheet sheet, PageWriter w) {
        w.title(sheet.title(), 18, PageWriter.INK);
        if (!sheet.filter().isEmpty()) {
            w.centered(I18n.text("print.filter", sheet.filter()), 9.5f, PageWriter.MUTED);
        }
        w.space(4);
        w.sides(sheet.officeLine(), sheet.dateLine(), 10, PageWriter.INK);
        w.space(2);
        List<LedgerPrint.Column> columns = sheet.columns();
        int tree = treeColumn(columns);
        // each row's cells are made as it is laid out: the rows are a view of the sheet's lines
        List<PageWriter.Row> rows = Lists.mapped(sheet.rows(), row -> row(row, columns, tree));
        w.rows(weights(columns, w.width()), rows, I18n.text("print.empty"));
    }

    private static PageWriter.Row row(LedgerPrint.Row row, List<LedgerPrint.Column> columns, int tree) {
        if (row instanceof LedgerPrint.Heading h) {
            return PageWriter.Row.section(h.text());
        }
        LedgerPrint.Line line = (LedgerPrint.Line) row;
        int color = line.subdued() ? PageWriter.MUTED : PageWriter.INK;
        List<PageWriter.Cell> cells = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            LedgerPrint.Column column = columns.get(c);
            int ink = column.isLight() && !line.subdued() && line.light() != Light.NONE
                    ? Palette.LIGHT.get(line.light()) : color;
            cells.add(new PageWriter.Cell(column.text(line), ink, c == tree ? line.depth() * INDENT : 0));
        }
        return new PageWriter.Row(cells, false);
    }

    /** The column the outline is indented in: 序号 when it prints, else 改革任务, else the first. */
    static int treeColumn(List<LedgerPrint.Column> columns) {
        for (String code : List.of("number", "title")) {
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).code().equals(code)) {
                    return c;
                }
            }
        }
        return 0;
    }

    /** The columns' shares of the page, as wide as on screen in proportion, none narrower than two characters. */
    private static List<PageWriter.Column> weights(List<LedgerPrint.Column> columns, float page) {
        double total = columns.stream().mapToDouble(c -> Math.max(c.width(), 1)).sum();
        double least = total * NARROWEST / page;
        List<PageWriter.Column> out = new ArrayList<>();
        for (LedgerPrint.Column c : columns) {
            out.add(new PageWriter.Column(c.header(), (float) Math.max(Math.max(c.width(), 1), least), c.centered()));
        }
        return out;
    }
}
