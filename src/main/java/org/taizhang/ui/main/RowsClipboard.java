package org.taizhang.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Rows of the ledger as a clerk pastes them into WPS or Excel: tab-separated text and an HTML table,
 * both with the columns shown, in their order, headed by their names. A cell with a line break or
 * a quote is quoted as Excel quotes it, so a pasted progress text stays in one cell. What Excel or
 * WPS puts on the clipboard is read back the same way ({@link #cells}).
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

    /**
     * The cells of text copied from a spreadsheet: rows by line breaks, cells by tabs. A cell Excel
     * quoted (one with a line break) is one cell with its quotes undone; a cell that merely starts
     * with a quote (“"十四五"规划”, which Excel does not quote) stays as written. The line break
     * after the last row ends it, not another row.
     */
    static List<List<String>> cells(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            StringBuilder cell = new StringBuilder();
            int end = text.charAt(i) == '"' ? quoted(text, i, cell) : -1;
            if (end < 0) {
                cell.setLength(0);
                end = i;
                while (end < n && text.charAt(end) != '\t' && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
                    end++;
                }
                cell.append(text, i, end);
            }
            row.add(cell.toString());
            if (end >= n) {
                i = n;
            } else if (text.charAt(end) == '\t') {
                i = end + 1;
                if (i == n) {
                    row.add("");
                }
            } else {
                rows.add(row);
                row = new ArrayList<>();
                i = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** A quoted cell from {@code start}: its text into {@code out}, and the index after its closing quote; -1 if it is not one. */
    private static int quoted(String text, int start, StringBuilder out) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"') {
                out.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                out.append('"');
                i += 2;
            } else {
                int after = i + 1;
                boolean ends = after == text.length() || "\t\r\n".indexOf(text.charAt(after)) >= 0;
                return ends ? after : -1;
            }
        }
        return -1;
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
