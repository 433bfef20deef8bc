package org.taizhang.exchange.importing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.task.Status;
import org.taizhang.exchange.FillInFormat;
import org.taizhang.exchange.read.RawCell;
import org.taizhang.exchange.read.RawRow;

/**
 * Finds a sheet's header among its first rows: past merged title rows, 填报单位 / 填报日期 lines and
 * blank rows, the rows whose cells are most like column headers. A header may take up to four
 * rows: group headings over their parts (责任单位 over 牵头单位 and 配合单位, 推进情况 over 本月进展
 * and 累计进展), each part read by its own words, or words broken over two rows (改革 over 任务)
 * read whole. Hidden helper columns are left out, except Taizhang's own id and revision columns.
 */
final class HeaderFinder {
    /** How far down a header may be. */
    static final int SEARCH_ROWS = 30;
    /** How many rows a header may take. */
    static final int MAX_HEADER_ROWS = 4;

    private HeaderFinder() {
    }

    /** What one filled cell of a candidate row says, worked out once. */
    private record Cell(String text, boolean headerLike, Column word) {
    }

    /** The best layout of these first rows, or null when no row looks like a header. */
    static SheetLayout find(List<RawRow> rows, BitSet hiddenColumns, Map<String, Column> remembered) {
        List<Map<Integer, Cell>> cells = new ArrayList<>(rows.size());
        for (RawRow row : rows) {
            cells.add(cells(row));
        }
        List<SheetLayout> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 1; k <= MAX_HEADER_ROWS && i + k <= rows.size(); k++) {
                if (k > 1 && rows.get(i + k - 1).index() != rows.get(i + k - 2).index() + 1) {
                    break; // a header's rows follow each other
                }
                SheetLayout one = layout(rows.subList(i, i + k), cells.subList(i, i + k), hiddenColumns, remembered,
                        rows);
                if (one != null) {
                    found.add(one);
                }
            }
        }
        // Two tables on a sheet: the first table's header, though the second's may name more columns
        // (TableReader reads the second under its own). A header names a task and two more columns.
        int firstTable = found.stream().filter(l -> l.mapping().size() >= 3
                && (l.maps(Column.TITLE) || l.maps(Column.TASK_ID))).mapToInt(SheetLayout::headerRow).min()
                .orElse(Integer.MAX_VALUE);
        SheetLayout best = null;
        for (SheetLayout one : found) {
            if (one.headerTop() <= firstTable && (best == null || one.score() > best.score())) {
                best = one;
            }
        }
        return best;
    }

    private static Map<Integer, Cell> cells(RawRow row) {
        Map<Integer, Cell> out = new HashMap<>();
        for (int c : row.filled()) {
            RawCell raw = row.cell(c);
            String text = raw.text().strip();
            String words = HeaderWords.normalise(text);
            // "填报单位：市医保局" is a label and its answer, "3" a 序号, "…。" a sentence: none is a header.
            boolean headerLike = raw.kind() == RawCell.Kind.TEXT && words.length() <= 20
                    && !text.matches("(?s).*[：:]\\s*\\S.*") && !text.matches("[\\d.．、()（）\\s]+")
                    && !text.matches("(?s).*[。；;].*");
            out.put(c, new Cell(text, headerLike, headerLike ? HeaderWords.match(text).orElse(null) : null));
        }
        return out;
    }

    private static SheetLayout layout(List<RawRow> block, List<Map<Integer, Cell>> cells, BitSet hiddenColumns,
            Map<String, Column> remembered, List<RawRow> all) {
        int k = block.size();
        if (k > 1 && !isHeaderAbove(cells)) {
            return null;
        }
        Set<Integer> columns = new TreeSet<>();
        cells.forEach(m -> columns.addAll(m.keySet()));
        Map<Integer, String> headers = new HashMap<>();
        Map<Integer, String> leaves = new HashMap<>();
        String[] group = new String[k];
        int previous = -2;
        for (int c : columns) {
            List<String> parts = new ArrayList<>();
            String leaf = "";
            for (int level = 0; level < k; level++) {
                Cell own = cells.get(level).get(c);
                boolean below = false;
                for (int l = level + 1; l < k; l++) {
                    below |= cells.get(l).containsKey(c);
                }
                // A group heading is merged over its parts, so it stands over the first of them only:
                // the columns to its right share it while they have parts of their own.
                if (own != null) {
                    group[level] = own.text();
                } else if (!below || c != previous + 1) {
                    group[level] = null;
                }
                String text = own != null ? own.text() : group[level];
                if (text != null && !parts.contains(text)) {
                    parts.add(text);
                }
                if (own != null) {
                    leaf = own.text();
                }
            }
            previous = c;
            String whole = whole(cells, c);
            if (whole != null) { // 改革 / 任务: one header broken over two rows
                headers.put(c, whole);
                leaves.put(c, whole);
            } else if (!parts.isEmpty()) {
                headers.put(c, String.join("/", parts));
                leaves.put(c, leaf);
            }
        }
        // A row that also names a 牵头单位 column: its 责任单位 column then holds the partners.
        boolean leadColumn = false;
        for (Map<Integer, Cell> level : cells) {
            for (Cell cell : level.values()) {
                String w = HeaderWords.normalise(cell.text());
                leadColumn |= w.length() <= 20 && (w.contains("牵头单位") || w.contains("牵头部门"));
            }
        }
        Map<Integer, Column> mapping = new HashMap<>();
        Set<Column> used = EnumSet.noneOf(Column.class);
        for (int c : columns) {
            String header = headers.get(c);
            if (header == null) {
                continue;
            }
            String leaf = leaves.get(c);
            String key = Mappings.key(header);
            Column column = remembered.get(key);
            if (column == null && !remembered.containsKey(key)) {
                column = HeaderWords.match(leaf).or(() -> HeaderWords.match(header)).orElse(null);
                if (column == Column.LEAD_UNITS && leadColumn && !HeaderWords.normalise(leaf).contains("牵头")) {
                    column = Column.PARTNER_UNITS;
                }
            }
            boolean ownHidden = column == Column.TASK_ID || column == Column.REVISION;
            if (column != null && !used.contains(column) && (!hiddenColumns.get(c) || ownHidden)) {
                mapping.put(c, column);
                used.add(column);
            }
        }
        // A header names at least a task and something about it.
        if (mapping.size() < 2 || !(used.contains(Column.TITLE) || used.contains(Column.TASK_ID))) {
            return null;
        }
        int lowerWords = 0;
        Set<Integer> ticks = new HashSet<>();
        for (int level = 1; level < k; level++) {
            lowerWords += (int) cells.get(level).values().stream().filter(x -> x.word() != null).count();
            for (int c : cells.get(level).keySet()) {
                if (isStatusTick(cells, level, c)) {
                    ticks.add(c);
                }
            }
        }
        lowerWords += ticks.size();
        int unmapped = (int) headers.keySet().stream().filter(c -> !mapping.containsKey(c) && !ticks.contains(c))
                .count();
        int score = mapping.size() * 10 + lowerWords * 5 - (k - 1) * 5 - unmapped;
        Set<String> words = new HashSet<>();
        cells.forEach(level -> level.values().forEach(x -> words.add(HeaderWords.normalise(x.text()))));
        int top = block.get(0).index();
        String[] unitAndDate = unitAndDate(all, top);
        return new SheetLayout(block.get(k - 1).index(), k, headers, mapping, unitAndDate[0], unitAndDate[1], score,
                words);
    }

    /**
     * Whether rows stacked like this read as one header: every cell a short label, the top row more
     * than a title (at least two cells, one of them a column's word), every row under it adding
     * labels, the bottom row's all column words (else it is the first data row), and a label above
     * the bottom that is no column's word either a group (merged over the labels under it, so the
     * column to its right is empty at its level) or a label of its own with nothing under it. A
     * data row over a repeated header is neither: it has a value in every column.
     */
    private static boolean isHeaderAbove(List<Map<Integer, Cell>> cells) {
        int k = cells.size();
        if (cells.get(0).size() < 2 || cells.get(0).values().stream().noneMatch(x -> x.word() != null)) {
            return false;
        }
        for (int level = 0; level < k; level++) {
            Map<Integer, Cell> row = cells.get(level);
            if (row.isEmpty()) {
                return false;
            }
            for (Map.Entry<Integer, Cell> e : row.entrySet()) {
                Cell cell = e.getValue();
                if (!cell.headerLike()) {
                    return false;
                }
                boolean named = cell.word() != null || whole(cells, e.getKey()) != null
                        || isStatusTick(cells, level, e.getKey());
                if (level == k - 1 && !named) {
                    return false; // the row below holds data, not more header
                }
                if (level < k - 1 && !named && !isGroupOrAlone(cells, level, e.getKey())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A column's labels read as one header when they are one column's words broken over rows
     * (改革 over 任务, 牵头 over 单位): their text run together, or null.
     */
    private static String whole(List<Map<Integer, Cell>> cells, int column) {
        StringBuilder b = new StringBuilder();
        int parts = 0;
        for (Map<Integer, Cell> level : cells) {
            Cell cell = level.get(column);
            if (cell != null) {
                b.append(cell.text());
                parts++;
            }
        }
        return parts > 1 && HeaderWords.exact(b.toString()).isPresent() ? b.toString() : null;
    }

    /**
     * A label that is a status under a 状态 group ("推进状态" over 已完成 推进中 未启动 滞后): a column
     * to tick (√) when the task is in that status. RowParser reads the ticks.
     */
    private static boolean isStatusTick(List<Map<Integer, Cell>> cells, int level, int column) {
        Cell own = cells.get(level).get(column);
        if (level == 0 || own == null || own.text().length() > 6 || Status.find(own.text()).isEmpty()) {
            return false;
        }
        for (int c = column; c >= 0; c--) { // the group over it: merged, so written over its first part
            Cell above = cells.get(level - 1).get(c);
            if (above != null) {
                return above.word() == Column.STATUS;
            }
        }
        return false;
    }

    /** A label that spans the columns to its right (they are empty at its level and labelled below), or has nothing below. */
    private static boolean isGroupOrAlone(List<Map<Integer, Cell>> cells, int level, int column) {
        boolean below = false;
        boolean rightBelow = false;
        for (int l = level + 1; l < cells.size(); l++) {
            below |= cells.get(l).containsKey(column);
            rightBelow |= cells.get(l).containsKey(column + 1);
        }
        return !below || !cells.get(level).containsKey(column + 1) && rightBelow;
    }

    private static final Pattern LABEL = label();

    private static Pattern label() {
        List<String> labels = new ArrayList<>(List.of("填报单位", "报送单位", "填表单位", "单位名称", "填报日期", "填报时间",
                "报送日期", "报送时间"));
        labels.addAll(FillInFormat.unitLabels());
        labels.addAll(FillInFormat.dateLabels());
        // 单位（盖章）：…, 单位：… (a bare 单位 only before its colon)
        return Pattern.compile(String.join("|", labels.stream().distinct().map(Pattern::quote).toList())
                + "|单位(?=\\s*(?:[（(]\\s*盖章\\s*[)）])?\\s*[：:])", Pattern.CASE_INSENSITIVE);
    }

    private static boolean isUnitLabel(String label) {
        return label.contains("单位") || FillInFormat.unitLabels().stream().anyMatch(label::equalsIgnoreCase);
    }

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
                    boolean isUnit = isUnitLabel(text.substring(labels.get(i)[0], labels.get(i)[1]));
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
