package org.taizhang.exchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Message;
import org.taizhang.core.task.OutlineNumber;
import org.taizhang.exchange.read.Merge;
import org.taizhang.exchange.read.RawCell;
import org.taizhang.exchange.read.RawRow;
import org.taizhang.exchange.read.RowSink;
import org.taizhang.exchange.read.SheetInfo;
import org.taizhang.exchange.read.WorkbookSource;
import org.taizhang.exchange.read.Workbooks;

/**
 * Reads a department's workbook into checked rows: opens it by its content, picks the sheet that
 * looks like a ledger (or the one asked for), finds the header, maps the columns (remembered per
 * unit, or by their words), streams the rows keeping only the mapped cells, fills merged
 * "same as above" cells down, and parses each row with a reason for every rejection.
 */
public final class WorkbookReader {
    /** More rows than any city ledger has; beyond it a sheet is refused rather than read into memory. */
    public static final int MAX_ROWS = 200_000;

    private WorkbookReader() {
    }

    public static SheetData read(Path file, ReadOptions options) {
        String name = file.getFileName().toString();
        String sha256 = sha256(file);
        try (WorkbookSource source = Workbooks.open(file)) {
            Chosen chosen = choose(source, name, options);
            SheetLayout layout = options.mapping() != null ? chosen.layout().withMapping(options.mapping())
                    : chosen.layout();
            Collected collected = new Collected(layout, options, name, chosen.sheet().name());
            source.read(chosen.sheet(), collected);
            return collected.finish(name, sha256, source.sheets(), chosen.sheet(), options, source.date1904());
        }
    }

    private record Chosen(SheetInfo sheet, SheetLayout layout) {
    }

    /** The sheet asked for, or of the visible sheets the one whose header reads most like a ledger's. */
    private static Chosen choose(WorkbookSource source, String file, ReadOptions options) {
        if (source.sheets().isEmpty()) {
            throw new LedgerException("read.noSheets", file); // an .xls may have none (.xlsx is refused earlier)
        }
        Chosen best = null;
        for (SheetInfo sheet : source.sheets()) {
            boolean asked = options.sheet() != null && options.sheet().equals(sheet.name());
            if (options.sheet() != null && !asked || options.sheet() == null && sheet.hidden()) {
                continue;
            }
            SheetLayout layout = probe(source, sheet, options);
            if (layout != null && (best == null || layout.score() > best.layout().score())) {
                best = new Chosen(sheet, layout);
            }
            if (asked && layout == null) {
                throw new LedgerException("import.noHeader", file, sheet.name());
            }
        }
        if (best == null) {
            if (options.sheet() != null) {
                throw new LedgerException("import.noSheet", file, options.sheet());
            }
            throw new LedgerException("import.noHeader", file, source.sheets().get(0).name());
        }
        return best;
    }

    /** Reads a sheet's first rows and finds its header, with the mapping remembered for its unit if any. */
    private static SheetLayout probe(WorkbookSource source, SheetInfo sheet, ReadOptions options) {
        List<RawRow> first = new ArrayList<>();
        BitSet[] hidden = {new BitSet()};
        source.read(sheet, new RowSink() {
            @Override
            public void hiddenColumns(BitSet columns) {
                hidden[0] = columns;
            }

            @Override
            public boolean row(RawRow row) {
                if (!row.isBlank()) {
                    first.add(row);
                }
                return first.size() < HeaderFinder.SEARCH_ROWS;
            }
        });
        SheetLayout found = HeaderFinder.find(first, hidden[0], Map.of());
        if (found == null || found.unit().isEmpty()) {
            return found;
        }
        Map<String, Column> remembered = options.remembered().apply(found.unit());
        return remembered.isEmpty() ? found : HeaderFinder.find(first, hidden[0], remembered);
    }

    /** A data row's mapped cells as read, before merges are filled and values parsed. */
    private record Kept(int index, Map<Integer, RawCell> cells) {
    }

    /** Keeps the mapped cells of the data rows, noting 领域 headings and stopping at footnotes. */
    private static final class Collected implements RowSink {
        private static final Pattern SIGNATURE = Pattern
                .compile("(填报人|填表人|制表人|审核人|审批人|负责人|联系人|联系电话|单位负责人|分管领导)\\s*[：:]");
        private static final Pattern NOTE_NUMBER = Pattern.compile("注\\d");
        private static final Pattern TOTAL = Pattern.compile("(合\\s*计|总\\s*计|小\\s*计)(\\s|[：:（(]|$)");
        private static final Pattern DOMAIN_HEADING = Pattern.compile("(?s)([一二三四五六七八九十]+)[、.．]\\s*(.+)");

        private final SheetLayout layout;
        private final ReadOptions options;
        private final List<Kept> rows = new ArrayList<>();
        private final Map<Integer, String> headings = new HashMap<>();
        private List<Merge> merges = List.of();
        private final String file;
        private final String sheet;
        private boolean footnotes;
        private long seen;
        private int below;

        Collected(SheetLayout layout, ReadOptions options, String file, String sheet) {
            this.layout = layout;
            this.options = options;
            this.file = file;
            this.sheet = sheet;
        }

        @Override
        public boolean row(RawRow row) {
            if (++seen % 1000 == 0) {
                options.progress().check();
                options.progress().done(seen, -1);
            }
            if (row.index() < layout.dataStart() || footnotes || row.isBlank()) {
                return true;
            }
            // Every filled row below the header counts, kept or not: a million rows of anything is no ledger,
            // and reading stops here rather than at the sheet's end.
            if (++below > MAX_ROWS) {
                throw new LedgerException("import.tooManyRows", MAX_ROWS, file, sheet);
            }
            int[] filled = row.filled();
            String only = filled.length == 1 ? row.text(filled[0]).strip() : null;
            String first = row.text(filled[0]).strip();
            if (only != null && isFootnote(only) || isSignature(first)) {
                footnotes = true; // 填表说明, notes and the 填报人 / 审核人 line close the table
                return true;
            }
            if (below == 1 && numbersTheColumns(row, filled) || isTotal(first)) {
                return true; // the 栏次 row under a header (1 2 3 …), and 小计 / 合计 rows, are no tasks
            }
            String heading = heading(row, filled);
            if (heading != null) {
                headings.put(row.index(), heading);
                return true;
            }
            Map<Integer, RawCell> cells = new HashMap<>();
            for (int c : layout.mapping().keySet()) {
                RawCell cell = row.cell(c);
                if (cell != null && !cell.isBlank()) {
                    cells.put(c, cell);
                }
            }
            if (!cells.isEmpty()) {
                rows.add(new Kept(row.index(), cells));
            }
            return true;
        }

        @Override
        public void merges(List<Merge> found) {
            merges = found;
        }

        private static boolean isFootnote(String text) {
            return text.startsWith("填表说明") || text.startsWith("说明：") || text.startsWith("说明:")
                    || text.startsWith("注：") || text.startsWith("注:") || text.startsWith("备注：")
                    || NOTE_NUMBER.matcher(text).lookingAt(); // lookingAt: a note may go on over several lines
        }

        /** "1 2 3 4 5" across the columns (perhaps after a label such as 栏次): the columns' numbers. */
        private static boolean numbersTheColumns(RawRow row, int[] filled) {
            int next = -1;
            int count = 0;
            for (int c : filled) {
                String t = row.text(c).strip();
                if (!t.matches("\\d{1,3}")) {
                    if (count == 0 && c == filled[0]) {
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
            return count >= 3;
        }

        private static boolean isTotal(String text) {
            return TOTAL.matcher(text).lookingAt();
        }

        /** The line under a return where it is signed: 填报人：张三　审核人：李四　联系电话：…. */
        private static boolean isSignature(String text) {
            return SIGNATURE.matcher(text).lookingAt();
        }

        /**
         * A 领域 heading inside the table: "一、经济体制改革（20项）" alone on its row, or a 一、-numbered
         * row with a title and nothing else. Gives the domain's name, or null for a task row. A
         * (一)-numbered group line gives "" (a heading that names no domain).
         */
        private String heading(RawRow row, int[] filled) {
            String numberText = textOf(row, Column.NUMBER);
            String titleText = textOf(row, Column.TITLE);
            boolean onlyNumberAndTitle = true;
            for (int c : filled) {
                Column col = layout.mapping().get(c);
                if (col != Column.NUMBER && col != Column.TITLE && col != Column.DOMAIN) {
                    onlyNumberAndTitle = filled.length == 1;
                }
            }
            if (!onlyNumberAndTitle) {
                return null;
            }
            String text = filled.length == 1 ? row.text(filled[0]).strip() : (numberText + titleText).strip();
            java.util.regex.Matcher m = DOMAIN_HEADING.matcher(text);
            if (m.matches()) {
                return withoutCount(m.group(2));
            }
            OutlineNumber n = OutlineNumber.of(numberText);
            if (n.style() == OutlineNumber.Style.CHINESE && !titleText.isEmpty() && filled.length == 2) {
                return withoutCount(titleText); // "三" in the 序号 column, the 领域 beside it
            }
            if (n.style() == OutlineNumber.Style.PAREN_CHINESE || filled.length == 1
                    && text.matches("^[（(][一二三四五六七八九十]+[)）].*")) {
                return "";
            }
            return null;
        }

        /** "经济体制改革（12项）", "…（共5项）" → 经济体制改革. */
        private static String withoutCount(String heading) {
            return heading.replaceAll("[（(]\\s*共?\\s*\\d+\\s*[项个]\\s*(?:改革)?(?:任务)?\\s*[)）]\\s*$", "").strip();
        }

        private String textOf(RawRow row, Column column) {
            for (Map.Entry<Integer, Column> e : layout.mapping().entrySet()) {
                if (e.getValue() == column) {
                    return row.text(e.getKey()).strip();
                }
            }
            return "";
        }

        SheetData finish(String file, String sha256, List<SheetInfo> sheets, SheetInfo sheet, ReadOptions options,
                boolean date1904) {
            fillDown();
            RowParser parser = new RowParser(sheet.name(), layout, options.ledgerYear(), date1904);
            List<ImportRow> parsed = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            String domain = "";
            Map<String, Integer> rowOfNumber = new HashMap<>();
            Integer lastTopRow = null;
            int h = 0;
            List<Integer> headingRows = headings.keySet().stream().sorted().toList();
            for (Kept kept : rows) {
                while (h < headingRows.size() && headingRows.get(h) < kept.index()) {
                    String heading = headings.get(headingRows.get(h++));
                    if (!heading.isEmpty()) {
                        domain = heading;
                    }
                }
                Map<Column, String> values = parser.parse(kept.index(), kept.cells(), errors);
                if (values == null) {
                    continue;
                }
                int excelRow = kept.index() + 1;
                OutlineNumber number = OutlineNumber.of(values.getOrDefault(Column.NUMBER, ""));
                Integer parent = null;
                if (number.style() == OutlineNumber.Style.PAREN_ARABIC || number.style() == OutlineNumber.Style.CIRCLED) {
                    parent = lastTopRow;
                } else if (number.parts().size() > 1) {
                    List<Integer> parts = number.parts();
                    parent = rowOfNumber.get(dotted(parts.subList(0, parts.size() - 1)));
                } else if (number.style() == OutlineNumber.Style.ARABIC) {
                    lastTopRow = excelRow;
                }
                if (!number.parts().isEmpty() && number.style() == OutlineNumber.Style.ARABIC) {
                    rowOfNumber.put(dotted(number.parts()), excelRow);
                }
                parsed.add(new ImportRow(excelRow, values, domain, parent));
                if (parsed.size() % 1000 == 0) {
                    options.progress().check();
                }
            }
            if (parsed.isEmpty() && errors.isEmpty()) {
                errors.add(parser.error(layout.headerRow(), 0, "", new Message("import.noRows")));
            }
            return new SheetData(file, sha256, sheets, sheet, layout, parsed, errors);
        }

        private static String dotted(List<Integer> parts) {
            return parts.stream().map(String::valueOf).reduce((a, b) -> a + "." + b).orElse("");
        }

        /**
         * Copies the top cell of a vertically merged range down, where merging means "same as above".
         * Only the kept rows inside a range are visited (a range may reach row 1,048,576), each
         * column's ranges in order, and a range overlapping the one before it in that column is
         * skipped: Excel allows no overlap, and a hostile file full of them would otherwise take
         * ranges × rows steps.
         */
        private void fillDown() {
            java.util.TreeMap<Integer, Kept> byIndex = new java.util.TreeMap<>();
            rows.forEach(r -> byIndex.put(r.index(), r));
            List<Merge> vertical = merges.stream()
                    .filter(m -> m.lastRow() > m.firstRow() && m.lastRow() >= layout.dataStart())
                    .sorted(java.util.Comparator.comparingInt(Merge::firstRow)).toList();
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
                    RawCell value = top == null ? null : top.cells().get(c);
                    if (value == null) {
                        continue;
                    }
                    for (Kept below : byIndex.subMap(m.firstRow(), false, m.lastRow(), true).values()) {
                        below.cells().putIfAbsent(c, value);
                    }
                }
            }
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new LedgerException(e, "read.ioError", file.getFileName(), e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
