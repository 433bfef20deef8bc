package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.exchange.read.RawRow;

/**
 * Finds a sheet's header among its first rows: past merged title rows, 填报单位 / 填报日期 lines and
 * blank rows, the row whose cells are most like column headers. When the row under it adds
 * headers (进展情况 over 本月进展 / 累计进展), the two are read as one. Hidden helper columns are
 * left out, except Taizhang's own id and revision columns.
 */
final class HeaderFinder {
    /** How far down a header may be. */
    static final int SEARCH_ROWS = 30;

    private HeaderFinder() {
    }

    /** The best layout of these first rows, or null when no row looks like a header. */
    static SheetLayout find(List<RawRow> rows, BitSet hiddenColumns, Map<String, Column> remembered) {
        SheetLayout best = null;
        for (int i = 0; i < rows.size(); i++) {
            RawRow row = rows.get(i);
            SheetLayout one = layout(List.of(row), hiddenColumns, remembered, rows);
            if (one != null && (best == null || one.score() > best.score())) {
                best = one;
            }
            if (i + 1 < rows.size() && rows.get(i + 1).index() == row.index() + 1) {
                SheetLayout two = layout(List.of(row, rows.get(i + 1)), hiddenColumns, remembered, rows);
                if (two != null && (best == null || two.score() > best.score())) {
                    best = two;
                }
            }
        }
        return best;
    }

    private static SheetLayout layout(List<RawRow> headerRows, BitSet hiddenColumns, Map<String, Column> remembered,
            List<RawRow> all) {
        RawRow top = headerRows.get(0);
        RawRow bottom = headerRows.get(headerRows.size() - 1);
        int width = Math.max(top.cells().length, bottom.cells().length);
        Map<Integer, String> headers = new HashMap<>();
        Map<Integer, Column> mapping = new HashMap<>();
        Set<Column> used = EnumSet.noneOf(Column.class);
        String group = "";
        // A row that also names a 牵头单位 column: its 责任单位 column then holds the partners.
        boolean leadColumn = names(top, "牵头单位", "牵头部门") || headerRows.size() > 1 && names(bottom, "牵头单位", "牵头部门");
        if (headerRows.size() > 1 && top.filled().length < 2) {
            return null; // one cell over a header is a title (which may well say 改革任务), not a group heading
        }
        int matched = 0;
        int lowerWords = 0;
        int upperWords = 0;
        for (int c = 0; c < width; c++) {
            String upper = top.text(c).strip();
            String lower = headerRows.size() > 1 ? bottom.text(c).strip() : "";
            if (headerRows.size() > 1) {
                // A merged group heading sits over its first column only; the ones to its right share it.
                group = !upper.isEmpty() ? upper : lower.isEmpty() ? "" : group;
            }
            String header = headerRows.size() == 1 ? upper
                    : lower.isEmpty() ? upper : group.isEmpty() ? lower : group + "/" + lower;
            if (header.isEmpty()) {
                continue;
            }
            if (headerRows.size() > 1) {
                upperWords += HeaderWords.match(upper).isPresent() ? 1 : 0;
                if (!lower.isEmpty() && HeaderWords.match(lower).isEmpty()) {
                    return null; // the row below holds data, not more header
                }
                lowerWords += lower.isEmpty() ? 0 : 1;
            }
            headers.put(c, header);
            Column column = remembered.get(header);
            if (column == null) {
                String words = lower.isEmpty() ? header : lower;
                column = HeaderWords.match(words).or(() -> HeaderWords.match(header)).orElse(null);
                if (column == Column.LEAD_UNITS && leadColumn && !HeaderWords.normalise(words).contains("牵头")) {
                    column = Column.PARTNER_UNITS;
                }
            }
            boolean ownHidden = column == Column.TASK_ID || column == Column.REVISION;
            if (column != null && !used.contains(column) && (!hiddenColumns.get(c) || ownHidden)) {
                mapping.put(c, column);
                used.add(column);
                matched++;
            }
        }
        // A header names at least a task and something about it; two-row headers must earn their second row.
        if (matched < 2 || !(used.contains(Column.TITLE) || used.contains(Column.TASK_ID))) {
            return null;
        }
        if (headerRows.size() > 1 && (upperWords == 0 || lowerWords == 0)) {
            return null; // a title line over the header, or a first data row under it: not a two-row header
        }
        int score = matched * 10 + lowerWords * 5 - (headerRows.size() - 1) * 5 - (int) headers.keySet().stream()
                .filter(c -> !mapping.containsKey(c)).count();
        String[] unitAndDate = unitAndDate(all, top.index());
        return new SheetLayout(bottom.index(), headerRows.size(), headers, mapping, unitAndDate[0], unitAndDate[1],
                score);
    }

    private static boolean names(RawRow row, String... words) {
        for (int c : row.filled()) {
            String h = HeaderWords.normalise(row.text(c));
            for (String w : words) {
                if (h.length() <= 20 && h.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern LABEL = Pattern.compile("填报单位|报送单位|填表单位|填报日期|填报时间|报送日期|报送时间");

    /**
     * The 填报单位 and 填报日期 written above the header, if any. A cell that starts with one label
     * may hold the other further on ("填报单位：市医保局　　填报日期：2023年7月10日"); a label with
     * nothing after it is answered by the next cell.
     */
    private static String[] unitAndDate(List<RawRow> rows, int headerTop) {
        String unit = "";
        String date = "";
        for (RawRow row : rows) {
            if (row.index() >= headerTop) {
                break;
            }
            for (int c : row.filled()) {
                String text = row.text(c).strip();
                Matcher m = LABEL.matcher(text);
                if (text.length() > 1000 || !m.lookingAt()) {
                    continue;
                }
                List<int[]> labels = new ArrayList<>();
                do {
                    labels.add(new int[] {m.start(), m.end()});
                } while (m.find());
                for (int i = 0; i < labels.size(); i++) {
                    int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
                    String value = cut(text.substring(labels.get(i)[1], end));
                    if (value.isEmpty() && i == labels.size() - 1) {
                        value = next(row, c);
                    }
                    boolean isUnit = text.substring(labels.get(i)[0], labels.get(i)[1]).contains("单位");
                    if (isUnit && unit.isEmpty()) {
                        unit = value;
                    } else if (!isUnit && date.isEmpty()) {
                        date = value;
                    }
                }
            }
        }
        return new String[] {unit, date};
    }

    /** The next filled cell to the right: the answer to a label that has none after its colon. */
    private static String next(RawRow row, int column) {
        for (int c : row.filled()) {
            if (c > column) {
                String text = row.text(c).strip();
                return LABEL.matcher(text).lookingAt() ? "" : cut(text); // an empty answer, then the next label
            }
        }
        return "";
    }

    /** "（盖章）：市医保局  联系人：张三" → 市医保局: the words after the label, up to a wide gap. */
    private static String cut(String value) {
        String v = value.replaceAll("[（(]\\s*盖章\\s*[）)]", "").strip().replaceFirst("^[：:]", "").strip();
        return v.split("[\\s\\u3000]{2,}|\\u3000")[0].strip();
    }
}
