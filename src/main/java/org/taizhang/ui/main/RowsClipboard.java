package org.taizhang.ui.main;

import java.util.List;
import java.util.function.Function;

/**
 * Rows of the ledger as a clerk pastes them into WPS or Excel: tab-separated text and an HTML table,
 * both with the columns shown, in their order, headed by their names. A cell with a line break or
 * a quote is quoted as Excel quotes it, so a pasted progress text stays in one cell.
 */
final class RowsClipboard {
    /** What goes on the clipboard: plain text for any program, HTML for a spreadsheet. */
    record Copied(String tsv, String html) {
    }

    /** A column: its header and what it shows of a row. */
    record Column(String header, Function<TaskRow, String> text) {
    }

    private RowsClipboard() {
    }

    static Copied of(List<Column> columns, List<TaskRow> rows) {
        StringBuilder tsv = new StringBuilder();
        StringBuilder html = new StringBuilder("<table border=\"1\" style=\"border-collapse:collapse\"><tr>");
        for (int i = 0; i < columns.size(); i++) {
            tsv.append(i == 0 ? "" : "\t").append(tsvCell(columns.get(i).header()));
            html.append("<th>").append(htmlCell(columns.get(i).header())).append("</th>");
        }
        tsv.append("\r\n");
        html.append("</tr>");
        for (TaskRow row : rows) {
            html.append("<tr>");
            for (int i = 0; i < columns.size(); i++) {
                String v = columns.get(i).text().apply(row);
                tsv.append(i == 0 ? "" : "\t").append(tsvCell(v));
                html.append("<td>").append(htmlCell(v)).append("</td>");
            }
            tsv.append("\r\n");
            html.append("</tr>");
        }
        html.append("</table>");
        return new Copied(tsv.toString(), html.toString());
    }

    private static String tsvCell(String v) {
        String s = v == null ? "" : v.replace('\t', ' ');
        return s.contains("\n") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String htmlCell(String v) {
        String s = v == null ? "" : v;
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
