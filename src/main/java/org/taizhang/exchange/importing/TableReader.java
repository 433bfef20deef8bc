package org.taizhang.exchange.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Message;
import org.taizhang.core.task.OutlineNumber;
import org.taizhang.core.task.UnitList;
import org.taizhang.exchange.FillInFormat;
import org.taizhang.exchange.read.Merge;
import org.taizhang.exchange.read.RawCell;
import org.taizhang.exchange.read.RawRow;
import org.taizhang.exchange.read.RowSink;
import org.taizhang.exchange.read.SheetInfo;

/**
 * Reads one sheet's task table, row by row, and accounts for every non-empty row: the title and
 * header above it, 领域 headings, repeated headers, 栏次, 合计 rows, the notes and signature under
 * it are passed over with their reason; the other rows keep their mapped cells. At the end merged
 * "same as above" cells are filled down, each row is parsed, and the rows are put in their outline:
 * 一、 > （一） > 1. > (1) > ① nested as written, a row without a 序号 under a numbered task as its
 * measure, and a row with neither 序号 nor task (its cells merged from the row above) as part of the
 * task above: a 具体举措 of its own, or more of the task's text.
 */
final class TableReader implements RowSink {
    /** More rows than any city ledger has; beyond it a sheet is refused rather than read into memory. */
    static final int MAX_ROWS = 200_000;
    private static final int SAMPLES = 3;
    private static final int SAMPLED_COLUMNS = 200;
    private static final Pattern SIGNATURE = Pattern
            .compile("(填报人|填表人|制表人|审核人|审批人|负责人|联系人|联系电话|单位负责人|分管领导)\\s*[：:]");
    private static final Pattern NOTE_NUMBER = Pattern.compile("注\\d");
    private static final Pattern TOTAL = Pattern.compile("(合\\s*计|总\\s*计|小\\s*计)(\\s|[：:（(]|$)");
    private static final Pattern DOMAIN_HEADING = Pattern.compile("(?s)([一二三四五六七八九十]+)[、.．]\\s*(.+)");
    private static final Pattern COUNT = Pattern.compile("[（(]\\s*共?\\s*\\d+\\s*[项个]?\\s*(?:改革)?(?:任务)?\\s*[)）]\\s*$");
    /** The columns that name a row's task: a measure is never told them by a merge. */
    private static final Set<Column> IDENTITY = EnumSet.of(Column.NUMBER, Column.TITLE, Column.TASK_ID, Column.REVISION,
            Column.MEASURES);
    /** What a unit reports on a task: when the measures report it, all of it is theirs. */
    private static final Set<Column> REPORT = EnumSet.of(Column.PROGRESS, Column.PROBLEMS, Column.NEXT_STEPS,
            Column.STATUS, Column.ACTUAL);
    /** Fields whose text a continuation row adds to, a line each. */
    private static final Set<Column> LINES = EnumSet.of(Column.MEASURES, Column.PROGRESS, Column.PROBLEMS,
            Column.NEXT_STEPS, Column.REMARKS, Column.DELIVERABLE, Column.REQUEST_REASON);

    /** A data row's mapped cells, which of them were filled down from a merge, and the 领域 it stands under. */
    private static final class Kept {
        final int index;
        final RowCells cells;
        final String domain;
        final int section;
        /** Made when a merge fills a cell: most rows have none. */
        Set<Integer> filled = Set.of();

        Kept(int index, RowCells cells, String domain, int section) {
            this.index = index;
            this.cells = cells;
            this.domain = domain;
            this.section = section;
        }

        void fill(int column, RawCell value) {
            if (cells.putIfAbsent(column, value)) {
                if (filled.isEmpty()) {
                    filled = new HashSet<>();
                }
                filled.add(column);
            }
        }
    }

    private final SheetInfo sheet;
    /** The table's layout; a second header further down (two tables on one sheet) adds its columns. */
    private SheetLayout layout;
    /** Columns ticked per status (推进状态 / 已完成 √): kept with the row though no field maps them. */
    private final Set<Integer> tickColumns;
    private final SheetNames.Meaning named;
    private final ReadOptions options;
    private final String file;
    private final List<Kept> rows = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final Map<Integer, List<String>> samples = new TreeMap<>();
    private List<Merge> merges = List.of();
    private boolean footnotes;
    private boolean underHeader = true;
    private String domain;
    private int section;
    private long seen;
    private int below;

    TableReader(SheetInfo sheet, SheetLayout layout, SheetNames.Meaning named, ReadOptions options, String file) {
        this.sheet = sheet;
        this.layout = layout;
        this.tickColumns = RowParser.ticks(layout).keySet();
        this.named = named;
        this.options = options;
        this.file = file;
        this.domain = named.domain();
    }

    @Override
    public boolean row(RawRow row) {
        if (++seen % 1000 == 0) {
            options.progress().check();
            options.progress().done(seen, -1);
        }
        if (row.isBlank()) {
            return true;
        }
        if (row.index() < layout.headerTop()) {
            skip(row, Skipped.Reason.TITLE);
            return true;
        }
        if (row.index() <= layout.headerRow()) {
            skip(row, Skipped.Reason.HEADER);
            return true;
        }
        // Every filled row below the header counts, kept or not: a million rows of anything is no ledger,
        // and reading stops here rather than at the sheet's end.
        if (++below > MAX_ROWS) {
            throw new LedgerException("import.tooManyRows", MAX_ROWS, file, sheet.name());
        }
        int[] filled = row.filled();
        String only = filled.length == 1 ? row.text(filled[0]).strip() : null;
        String first = row.text(filled[0]).strip();
        boolean wasUnderHeader = underHeader;
        underHeader = false;
        if (footnotes && repeatsTheHeader(row, filled)) {
            footnotes = false; // a note at a page's foot, and the table goes on under its header again
            underHeader = true;
            skip(row, Skipped.Reason.REPEATED_HEADER);
            return true;
        }
        if (footnotes) {
            skip(row, isSignature(first) ? Skipped.Reason.SIGNATURE
                    : only != null && isFootnote(only) ? Skipped.Reason.NOTE : Skipped.Reason.AFTER_NOTES);
            return true;
        }
        if (only != null && isFootnote(only) || isSignature(first)) {
            footnotes = true; // 填表说明, notes and the 填报人 / 审核人 line close the table
            skip(row, isSignature(first) ? Skipped.Reason.SIGNATURE : Skipped.Reason.NOTE);
            return true;
        }
        if (wasUnderHeader && numbersTheColumns(row, filled)) {
            skip(row, Skipped.Reason.COLUMN_NUMBERS); // the 栏次 row under a header (1 2 3 …)
            return true;
        }
        if (repeatsTheHeader(row, filled)) {
            underHeader = true;
            skip(row, Skipped.Reason.REPEATED_HEADER);
            return true;
        }
        if (startsAnotherTable(row, filled)) {
            underHeader = true;
            skip(row, Skipped.Reason.HEADER);
            return true;
        }
        if (TOTAL.matcher(first).lookingAt()) {
            skip(row, Skipped.Reason.TOTAL);
            return true;
        }
        String heading = heading(row, filled);
        if (heading != null) {
            domain = heading;
            section++;
            skip(row, Skipped.Reason.HEADING);
            return true;
        }
        RowCells cells = new RowCells(filled.length); // every row is kept to the sheet's end: compactly
        for (int c : filled) {
            if (layout.mapping().containsKey(c) || tickColumns.contains(c)) {
                cells.add(c, row.cell(c));
            } else {
                sample(c, row.text(c));
            }
        }
        if (cells.isEmpty()) {
            skip(row, Skipped.Reason.UNMAPPED_ONLY);
        } else {
            rows.add(new Kept(row.index(), cells.trimmed(), domain, section));
        }
        return true;
    }

    @Override
    public void merges(List<Merge> found) {
        merges = found;
    }

    private void skip(RawRow row, Skipped.Reason reason) {
        StringBuilder text = new StringBuilder();
        for (int c : row.filled()) {
            if (text.length() > 60) {
                break;
            }
            text.append(text.length() == 0 ? "" : " ").append(row.text(c).strip());
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text.toString();
        skipped.add(new Skipped(sheet.name(), row.index() + 1, reason, shown));
    }

    private void sample(int column, String text) {
        List<String> list = samples.get(column);
        if (list == null && samples.size() >= SAMPLED_COLUMNS) {
            return;
        }
        list = samples.computeIfAbsent(column, c -> new ArrayList<>());
        String value = text.strip();
        value = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        if (list.size() < SAMPLES && !list.contains(value)) {
            list.add(value);
        }
    }

    private static boolean isFootnote(String text) {
        if (text.startsWith("说明：") || text.startsWith("说明:") || text.startsWith("注：") || text.startsWith("注:")
                || text.startsWith("备注：") || NOTE_NUMBER.matcher(text).lookingAt()) {
            return true; // lookingAt: a note may go on over several lines
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return FillInFormat.noteOpenings().stream().map(o -> o.toLowerCase(java.util.Locale.ROOT))
                .anyMatch(lower::startsWith);
    }

    /** The line under a return where it is signed: 填报人：张三　审核人：李四　联系电话：…. */
    private static boolean isSignature(String text) {
        return SIGNATURE.matcher(text).lookingAt();
    }

    /** "1 2 3 4 5" across the columns (perhaps after a label such as 栏次): the columns' numbers. */
    private static boolean numbersTheColumns(RawRow row, int[] filled) {
        int next = -1;
        int count = 0;
        boolean lettered = false;
        for (int c : filled) {
            String t = row.text(c).strip().replaceAll("^[（(](.*)[）)]$", "$1");
            if (!t.matches("\\d{1,3}")) {
                // 栏次 ahead of the numbers: "栏次", or the 甲 乙 (A B) of the columns that hold text
                boolean letter = t.matches("[甲乙丙丁戊己庚辛壬癸]|[A-Za-z]");
                if (count == 0 && (c == filled[0] || letter)) {
                    lettered |= letter;
                    continue;
                }
                return false;
            }
            int n = Integer.parseInt(t);
            if (next >= 0 && n != next) {
                return false;
            }
            next = n + 1;
            count++;
        }
        return count >= 3 || lettered && count >= 2;
    }

    /** The header again (a table pasted twice, or a header printed on every page): its own words, at least two. */
    private boolean repeatsTheHeader(RawRow row, int[] filled) {
        for (int c : filled) {
            if (row.text(c).length() > 40) {
                return false; // most rows have a sentence somewhere: no header then
            }
        }
        int same = 0;
        for (int c : filled) {
            String text = row.text(c);
            String words = HeaderWords.normalise(text);
            if (layout.headerWords().contains(words)) {
                same++;
            } else if (HeaderWords.match(text).isEmpty()) {
                return false;
            }
        }
        return same >= 2;
    }

    /**
     * A header of other words further down: a second table on the sheet ("二、改革试点任务" under the
     * first, 序号 试点名称 责任单位 …). Every cell a column's word, a task among them; its columns
     * that the first header left unplaced are read from here on (a column the first header placed
     * keeps its field).
     */
    private boolean startsAnotherTable(RawRow row, int[] filled) {
        if (filled.length < 3 || OutlineNumber.of(row.text(filled[0])).style() != OutlineNumber.Style.OTHER) {
            return false; // a row that starts with a number is a task
        }
        for (int c : filled) {
            if (row.text(c).length() > 20) {
                return false;
            }
        }
        Map<Integer, Column> found = new HashMap<>();
        for (int c : filled) {
            String text = row.text(c);
            Column column = HeaderWords.match(text).orElse(null);
            if (column == null) {
                return false;
            }
            found.put(c, column);
        }
        if (!found.containsValue(Column.TITLE)) {
            return false;
        }
        Map<Integer, Column> mapping = new HashMap<>(layout.mapping());
        Map<Integer, String> headers = new HashMap<>(layout.headers());
        Set<String> words = new java.util.HashSet<>(layout.headerWords());
        found.forEach((c, column) -> {
            if (!mapping.containsKey(c) && !mapping.containsValue(column)) {
                mapping.put(c, column);
                headers.put(c, row.text(c).strip());
            }
            words.add(HeaderWords.normalise(row.text(c)));
        });
        layout = new SheetLayout(layout.headerRow(), layout.headerRows(), headers, mapping, layout.unit(),
                layout.reportDate(), layout.score(), words);
        return true;
    }

    /**
     * A 领域 heading inside the table: "一、经济体制改革（20项）" alone on its row, or a 一、-numbered
     * row with a title and nothing else. Gives the domain's name, or null for any other row.
     */
    private String heading(RawRow row, int[] filled) {
        String numberText = textOf(row, Column.NUMBER);
        String titleText = textOf(row, Column.TITLE);
        for (int c : filled) {
            Column col = layout.mapping().get(c);
            if (col != Column.NUMBER && col != Column.TITLE && col != Column.DOMAIN && filled.length > 1) {
                return null;
            }
        }
        String text = filled.length == 1 ? row.text(filled[0]).strip() : (numberText + titleText).strip();
        Matcher m = DOMAIN_HEADING.matcher(text);
        if (m.matches()) {
            return withoutCount(m.group(2));
        }
        OutlineNumber n = OutlineNumber.of(numberText);
        if (n.style() == OutlineNumber.Style.CHINESE && !titleText.isEmpty() && filled.length == 2) {
            return withoutCount(titleText); // "三" in the 序号 column, the 领域 beside it
        }
        return null;
    }

    /** "经济体制改革（12项）", "…（共5项）", "… (12)" → 经济体制改革. */
    private static String withoutCount(String heading) {
        return COUNT.matcher(heading).replaceFirst("").strip();
    }

    private String textOf(RawRow row, Column column) {
        int c = layout.columnOf(column);
        return c < 0 ? "" : row.text(c).strip();
    }

    // ---- at the end of the sheet -----------------------------------------------------------------

    /** What the sheet gave: its table, its rows in their outline, the rows lost, the rows passed over. */
    record Result(SheetTable table, List<ImportRow> rows, List<RowError> errors, List<Skipped> skipped) {
    }

    /**
     * A kept row parsed, with its cells only when it has neither 序号 nor task (the outline needs
     * them to tell its own values from those merged down into it); the others drop them, so a
     * large sheet is not held twice.
     */
    private record Line(int index, RowRef ref, Map<Column, String> values, Completion completion,
            List<RowError> errors, String domain, int section, RowCells cells, Set<Integer> filled) {
        boolean hasIdentity() {
            return cells == null;
        }
    }

    Result finish(boolean date1904) {
        fillDown();
        RowParser parser = new RowParser(sheet.name(), layout, options.ledgerYear(), date1904);
        List<Line> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Kept kept = rows.set(i, null); // let each row's cells go once parsed
            RowParser.Parsed p = parser.parse(kept.index, kept.cells);
            // A bad merged cell is said once, on its own row, not on every row it fills.
            List<RowError> own = p.errors().isEmpty() || kept.filled.isEmpty() ? p.errors()
                    : p.errors().stream().filter(e -> !kept.filled.contains(columnOf(e))).toList();
            boolean identity = p.values().containsKey(Column.NUMBER) || p.values().containsKey(Column.TITLE)
                    || p.values().containsKey(Column.TASK_ID);
            lines.add(new Line(kept.index, RowRef.of(sheet.name(), kept.index + 1), p.values(), p.completion(), own,
                    kept.domain, kept.section, identity ? null : kept.cells, kept.filled));
            if (lines.size() % 1000 == 0) {
                options.progress().check();
            }
        }
        rows.clear();
        Outline outline = new Outline(parser, lines);
        List<ImportRow> out = outline.build();
        if (out.isEmpty() && outline.errors.isEmpty()) {
            skipped.add(new Skipped(sheet.name(), 0, Skipped.Reason.NO_ROWS, ""));
        }
        SheetTable table = new SheetTable(sheet, layout, named.unit(), named.domain(), samples);
        return new Result(table, out, outline.errors, skipped);
    }

    private static int columnOf(RowError e) {
        return org.taizhang.exchange.read.CellRef.parse(e.column())[1];
    }

    /**
     * Copies the top cell of a vertically merged range down, where merging means "same as above".
     * Only the kept rows inside a range are visited (a range may reach row 1,048,576), each
     * column's ranges in order, and a range overlapping the one before it in that column is
     * skipped: Excel allows no overlap, and a hostile file full of them would otherwise take
     * ranges × rows steps.
     */
    private void fillDown() {
        TreeMap<Integer, Kept> byIndex = new TreeMap<>();
        rows.forEach(r -> byIndex.put(r.index, r));
        List<Merge> vertical = merges.stream()
                .filter(m -> m.lastRow() > m.firstRow() && m.lastRow() >= layout.dataStart())
                .sorted(Comparator.comparingInt(Merge::firstRow)).toList();
        for (Map.Entry<Integer, Column> mapped : layout.mapping().entrySet()) {
            int c = mapped.getKey();
            if (!mapped.getValue().fillsDown()) {
                continue;
            }
            int coveredTo = -1;
            for (Merge m : vertical) {
                if (c < m.firstColumn() || c > m.lastColumn() || m.firstRow() <= coveredTo) {
                    continue;
                }
                coveredTo = m.lastRow();
                Kept top = byIndex.get(m.firstRow());
                RawCell value = top == null ? null : top.cells.get(c);
                if (value == null) {
                    continue;
                }
                for (Kept below : byIndex.subMap(m.firstRow(), false, m.lastRow(), true).values()) {
                    below.fill(c, value);
                }
            }
        }
    }

    /** Puts the parsed rows in their outline, and joins the rows that belong to the task above. */
    private final class Outline {
        private record Level(int depth, RowRef ref) {
        }

        private final RowParser parser;
        private final List<Line> lines;
        private final boolean numbered;
        private final List<RowError> errors = new ArrayList<>();
        private final List<ImportRow> out = new ArrayList<>();
        private final Deque<Level> stack = new ArrayDeque<>();
        private final Map<List<Integer>, RowRef> dotted = new HashMap<>();

        Outline(RowParser parser, List<Line> lines) {
            this.parser = parser;
            this.lines = lines;
            this.numbered = lines.stream().anyMatch(l -> l.values().containsKey(Column.NUMBER));
        }

        List<ImportRow> build() {
            Line task = null;
            RowRef parent = null;
            List<Line> more = new ArrayList<>();
            int section = -1;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.set(i, null); // a row read into its task is let go
                if (line.section() != section) { // a 领域 heading starts the outline again
                    close(task, parent, more);
                    task = null;
                    stack.clear();
                    dotted.clear();
                    section = line.section();
                }
                if (!line.hasIdentity()) {
                    if (task == null) {
                        lost(line);
                    } else {
                        more.add(line);
                    }
                    continue;
                }
                close(task, parent, more);
                task = line;
                parent = parentOf(line);
            }
            close(task, parent, more);
            return out;
        }

        /** A row with neither task nor 序号 and no task above it: nothing says what it belongs to. */
        private void lost(Line line) {
            int first = line.cells().isEmpty() ? 0 : line.cells().column(0);
            RawCell cell = line.cells().get(first);
            errors.add(parser.error(line.index(), first, cell == null ? "" : cell.text(),
                    new Message("import.noTask"), RowError.Cost.ROW));
            line.errors().forEach(e -> errors.add(e.costingRow()));
        }

        private RowRef parentOf(Line line) {
            String text = line.values().getOrDefault(Column.NUMBER, "");
            OutlineNumber n = OutlineNumber.of(text);
            if (!n.parts().isEmpty()) {
                int depth = depth(n);
                while (!stack.isEmpty() && stack.peek().depth() >= depth) {
                    stack.pop();
                }
                RowRef parent = stack.isEmpty() ? null : stack.peek().ref();
                List<Integer> parts = n.parts();
                if (n.style() == OutlineNumber.Style.ARABIC && parts.size() > 1) {
                    parent = dotted.getOrDefault(parts.subList(0, parts.size() - 1), parent); // 1.2 under 1
                }
                stack.push(new Level(depth, line.ref()));
                if (n.style() == OutlineNumber.Style.ARABIC) {
                    dotted.put(parts, line.ref());
                }
                return parent;
            }
            // A task without a 序号 in a numbered table stands under the numbered task above it.
            return text.isEmpty() && numbered && !stack.isEmpty() ? stack.peek().ref() : null;
        }

        private static int depth(OutlineNumber n) {
            return switch (n.style()) {
                case CHINESE -> 0;
                case PAREN_CHINESE -> 1;
                case ARABIC -> 2 + n.parts().size() - 1;
                case PAREN_ARABIC -> 20;
                case CIRCLED -> 21;
                case OTHER -> 30;
            };
        }

        /**
         * Emits a task and the rows under it that have no task of their own. When those rows name
         * 具体举措, each is a measure of the task (the task's own row giving the first), and the
         * columns they fill are the measures' (their progress, their status), not the task's; the
         * columns merged over them all are the task's and, "same as above", each measure's too.
         * Otherwise their text is more of the task's.
         */
        private void close(Line task, RowRef parent, List<Line> more) {
            if (task == null) {
                more.clear();
                return;
            }
            errors.addAll(task.errors());
            List<Map<Column, String>> own = new ArrayList<>();
            for (Line l : more) {
                own.add(ownValues(l));
                errors.addAll(l.errors());
            }
            if (own.stream().noneMatch(v -> v.containsKey(Column.MEASURES))) {
                Draft t = new Draft(task.ref(), task.values(), parent, task.completion());
                for (int i = 0; i < more.size(); i++) {
                    t.join(task, more.get(i), own.get(i));
                }
                out.add(t.row(task));
                more.clear();
                return;
            }
            Set<Column> perMeasure = EnumSet.noneOf(Column.class);
            own.forEach(v -> perMeasure.addAll(v.keySet()));
            perMeasure.removeAll(IDENTITY);
            if (perMeasure.stream().anyMatch(REPORT::contains)) {
                perMeasure.addAll(REPORT); // a measure's progress, problems, plans and status go together
            }
            Set<Column> merged = EnumSet.noneOf(Column.class);
            more.forEach(l -> merged.addAll(merged(l)));
            merged.removeAll(IDENTITY);
            boolean statusPerMeasure = perMeasure.contains(Column.STATUS);
            // The task's own row gives its first measure when it names one; else what it reports is the task's.
            boolean firstMeasure = task.values().containsKey(Column.MEASURES);
            Map<Column, String> taskValues = new EnumMap<>(task.values());
            if (firstMeasure) {
                taskValues.keySet().removeAll(perMeasure);
                taskValues.remove(Column.MEASURES);
            }
            Draft t = new Draft(task.ref(), taskValues, parent, statusPerMeasure && firstMeasure ? null
                    : task.completion());
            List<Draft> measures = new ArrayList<>();
            Set<Column> measureColumns = EnumSet.copyOf(perMeasure);
            measureColumns.addAll(merged);
            if (task.values().containsKey(Column.MEASURES)) {
                measures.add(new Draft(task.ref().measure(), measure(task.values(), measureColumns), task.ref(),
                        statusPerMeasure ? task.completion() : null));
            }
            for (int i = 0; i < more.size(); i++) {
                Line l = more.get(i);
                if (own.get(i).containsKey(Column.MEASURES)) {
                    measures.add(new Draft(l.ref(), measure(l.values(), measureColumns), task.ref(), l.completion()));
                } else {
                    (measures.isEmpty() ? t : measures.get(measures.size() - 1)).join(task, l, own.get(i));
                }
            }
            out.add(t.row(task));
            measures.forEach(m -> out.add(m.row(task)));
            more.clear();
        }

        /** A task or measure being put together from its row and the rows joined to it. */
        private final class Draft {
            private final RowRef ref;
            private final Map<Column, String> values;
            private final RowRef parent;
            private Completion completion;
            private final List<Integer> joined = new ArrayList<>();

            Draft(RowRef ref, Map<Column, String> values, RowRef parent, Completion completion) {
                this.ref = ref;
                this.values = new EnumMap<>(Column.class);
                this.values.putAll(values);
                this.parent = parent;
                this.completion = completion;
            }

            /**
             * Adds a row's own values: text as more lines, units to the units; a second, different
             * value for a field that holds one is a bad cell.
             */
            void join(Line task, Line from, Map<Column, String> own) {
                joined.add(from.ref().row());
                if (completion == null) {
                    completion = from.completion();
                }
                for (Map.Entry<Column, String> e : own.entrySet()) {
                    Column c = e.getKey();
                    String now = values.getOrDefault(c, "");
                    String v = e.getValue();
                    if (now.isEmpty()) {
                        values.put(c, v);
                    } else if (now.equals(v)) {
                        continue;
                    } else if (LINES.contains(c)) {
                        values.put(c, now + "\n" + v);
                    } else if (c == Column.LEAD_UNITS || c == Column.PARTNER_UNITS) {
                        values.put(c, UnitList.parse(now + "、" + v).text());
                    } else if (c == Column.LEADER || c == Column.CONTACT) {
                        values.put(c, now + "、" + v);
                    } else {
                        errors.add(parser.error(from.index(), Math.max(layout.columnOf(c), 0), v,
                                new Message("import.joinConflict", task.ref().row(), now), RowError.Cost.CELL));
                    }
                }
            }

            ImportRow row(Line task) {
                return new ImportRow(ref, values, task.domain(),
                        layout.unit().isEmpty() ? named.unit() : layout.unit(), parent, completion, joined);
            }
        }

        /** The fields a row took from cells merged down into it (with those its cells give besides their own). */
        private Set<Column> merged(Line line) {
            Set<Column> out = EnumSet.noneOf(Column.class);
            for (int c : line.filled()) {
                Column column = layout.mapping().get(c);
                if (column != null) {
                    out.add(column);
                    if (column == Column.LEAD_UNITS) {
                        out.add(Column.PARTNER_UNITS); // partners marked in the lead unit cell
                    } else if (column == Column.PROGRESS) {
                        out.addAll(EnumSet.of(Column.PROBLEMS, Column.NEXT_STEPS));
                    }
                }
            }
            return out;
        }

        /** A measure's values: its 具体举措 as its task, and the columns the measures fill. */
        private Map<Column, String> measure(Map<Column, String> values, Set<Column> columns) {
            Map<Column, String> out = new EnumMap<>(Column.class);
            for (Map.Entry<Column, String> e : values.entrySet()) {
                if (columns.contains(e.getKey()) && e.getKey() != Column.MEASURES) {
                    out.put(e.getKey(), e.getValue());
                }
            }
            out.put(Column.TITLE, values.get(Column.MEASURES));
            return out;
        }

        /** The values a row wrote itself, not those merged down into it from above. */
        private Map<Column, String> ownValues(Line line) {
            if (line.filled().isEmpty()) {
                return line.values();
            }
            return parser.parse(line.index(), line.cells().without(line.filled())).values();
        }
    }
}
