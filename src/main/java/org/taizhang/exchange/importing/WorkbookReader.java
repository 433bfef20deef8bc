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
import org.taizhang.core.LedgerException;
import org.taizhang.core.task.Status;
import org.taizhang.exchange.read.RawCell;
import org.taizhang.exchange.read.RawRow;
import org.taizhang.exchange.read.RowSink;
import org.taizhang.exchange.read.SheetInfo;
import org.taizhang.exchange.read.WorkbookSource;
import org.taizhang.exchange.read.Workbooks;

/**
 * Reads a department's workbook into checked rows: opens it by its content, reads every visible
 * sheet that holds a task table (or the one asked for), finds each table's header, maps its columns
 * (remembered per unit, set by hand, or by their words, checked against the values under them),
 * and reads its rows (see {@link TableReader}). Sheets without a table are listed with why.
 */
public final class WorkbookReader {
    /** More rows than any city ledger has; beyond it a sheet is refused rather than read into memory. */
    public static final int MAX_ROWS = TableReader.MAX_ROWS;

    private WorkbookReader() {
    }

    public static WorkbookData read(Path file, ReadOptions options) {
        String name = file.getFileName().toString();
        String sha256 = sha256(file);
        try (WorkbookSource source = Workbooks.open(file)) {
            if (source.sheets().isEmpty()) {
                throw new LedgerException("read.noSheets", name); // an .xls may have none (.xlsx is refused earlier)
            }
            if (options.sheet() != null && source.sheets().stream().noneMatch(s -> s.name().equals(options.sheet()))) {
                throw new LedgerException("import.noSheet", name, options.sheet());
            }
            List<TableReader.Result> read = new ArrayList<>();
            List<Skipped> skipped = new ArrayList<>();
            List<String> looked = new ArrayList<>();
            for (SheetInfo sheet : source.sheets()) {
                boolean asked = sheet.name().equals(options.sheet());
                if (options.sheet() != null && !asked) {
                    skipped.add(new Skipped(sheet.name(), 0, Skipped.Reason.NOT_CHOSEN, ""));
                    continue;
                }
                if (sheet.hidden() && !asked) {
                    skipped.add(new Skipped(sheet.name(), 0, Skipped.Reason.HIDDEN_SHEET, ""));
                    continue;
                }
                looked.add(sheet.name());
                SheetNames.Meaning named = SheetNames.of(sheet.name(), options.known());
                Probe probe = probe(source, sheet, named, options);
                Skipped.Reason passed = probe.first().isEmpty() ? Skipped.Reason.EMPTY_SHEET
                        : probe.layout() == null ? Skipped.Reason.NO_TABLE
                        : isSummary(probe) ? Skipped.Reason.SUMMARY_SHEET : null;
                if (passed != null) {
                    if (asked) {
                        throw new LedgerException("import.noHeader", name, sheet.name());
                    }
                    skipped.add(new Skipped(sheet.name(), 0, passed, ""));
                    continue;
                }
                TableReader reader = new TableReader(sheet, probe.layout(), named, options, name);
                source.read(sheet, reader);
                read.add(reader.finish(source.date1904()));
            }
            if (read.isEmpty()) {
                throw new LedgerException("import.noHeader", name, String.join("、", looked));
            }
            if (options.sheet() == null) {
                read = Periods.latest(read, skipped);
            }
            List<SheetTable> tables = new ArrayList<>();
            List<ImportRow> rows = new ArrayList<>();
            List<RowError> errors = new ArrayList<>();
            for (TableReader.Result r : read) {
                tables.add(r.table());
                rows.addAll(r.rows());
                errors.addAll(r.errors());
                skipped.addAll(r.skipped());
            }
            skipped.sort(java.util.Comparator.comparingInt((Skipped s) -> source.sheets().stream()
                    .filter(i -> i.name().equals(s.sheet())).findFirst().map(SheetInfo::index).orElse(0)));
            return new WorkbookData(name, sha256, source.sheets(), tables, rows, errors, skipped);
        }
    }

    /** A sheet's first non-blank rows and the layout found in them (null when none). */
    private record Probe(List<RawRow> first, SheetLayout layout) {
    }

    /**
     * Reads a sheet's first rows and finds its header: with the mapping set by hand for the sheet,
     * else the one remembered for its unit, else by the header's words checked against the values
     * under them.
     */
    private static Probe probe(WorkbookSource source, SheetInfo sheet, SheetNames.Meaning named, ReadOptions options) {
        options.progress().check();
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
        if (found == null) {
            return new Probe(first, null);
        }
        Map<Integer, Column> byHand = options.mappings().get(sheet.name());
        if (byHand != null) {
            return new Probe(first, found.withMapping(byHand));
        }
        String unit = found.unit().isEmpty() ? named.unit() : found.unit();
        Map<String, Column> remembered = unit.isEmpty() ? Map.of() : options.remembered().apply(unit);
        if (!remembered.isEmpty()) {
            SheetLayout again = HeaderFinder.find(first, hidden[0], remembered);
            return new Probe(first, again != null ? again : found);
        }
        return new Probe(first, byValues(found, first));
    }

    /**
     * A 状态 column whose cells are sentences is a progress column under another name (完成情况 is
     * both): it is read as 进展情况 when the sheet has none, else left for the clerk to place; a
     * column left out because that one held the status (完成进度 beside 完成情况) then holds it.
     */
    private static SheetLayout byValues(SheetLayout layout, List<RawRow> first) {
        if (!layout.maps(Column.STATUS)) {
            // 推进情况 holding 已完成 / 推进中 and nothing else is the status under a progress word
            List<Integer> progress = progressColumns(layout);
            for (int c : progress) {
                int[] counts = counts(layout, first, c);
                if (counts[2] >= 2 && counts[2] == counts[0] + counts[1]) {
                    Map<Integer, Column> mapping = new HashMap<>(layout.mapping());
                    if (layout.mapping().get(c) == Column.PROGRESS) {
                        // another progress column holds the progress; with none, this one stays the
                        // progress as written, and its status words give the status too (RowParser)
                        Integer other = progress.stream().filter(p -> p != c && !mapping.containsKey(p)).findFirst()
                                .orElse(null);
                        if (other == null) {
                            return layout;
                        }
                        mapping.put(other, Column.PROGRESS);
                    }
                    mapping.put(c, Column.STATUS);
                    return layout.withMapping(mapping);
                }
            }
        }
        int status = layout.columnOf(Column.STATUS);
        if (status < 0) {
            return layout;
        }
        int[] counts = counts(layout, first, status);
        if (counts[1] < 2 || counts[1] <= counts[0]) {
            return layout;
        }
        Map<Integer, Column> mapping = new HashMap<>(layout.mapping());
        mapping.remove(status);
        if (!layout.maps(Column.PROGRESS)) {
            mapping.put(status, Column.PROGRESS);
        }
        layout.headers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(h -> !mapping.containsKey(h.getKey()) && h.getKey() != status)
                .filter(h -> HeaderWords.match(h.getValue().substring(h.getValue().lastIndexOf('/') + 1))
                        .orElse(null) == Column.STATUS)
                .findFirst().ifPresent(h -> mapping.put(h.getKey(), Column.STATUS));
        return layout.withMapping(mapping);
    }

    /** The columns whose header names progress, the one read as progress and those left for want of a place, in order. */
    private static List<Integer> progressColumns(SheetLayout layout) {
        return layout.headers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(h -> layout.mapping().get(h.getKey()) == Column.PROGRESS || !layout.mapping().containsKey(h.getKey())
                        && HeaderWords.match(h.getValue().substring(h.getValue().lastIndexOf('/') + 1))
                                .orElse(null) == Column.PROGRESS)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * Of a column's cells under the header in the first rows: how many are short (a status word, or
     * no longer than one), how many sentences, and how many are status words themselves.
     */
    private static int[] counts(SheetLayout layout, List<RawRow> first, int column) {
        int words = 0;
        int sentences = 0;
        int statuses = 0;
        for (RawRow row : first) {
            String text = row.index() <= layout.headerRow() ? "" : row.text(column).strip();
            if (text.isEmpty()) {
                continue;
            }
            statuses += Status.find(text).isPresent() ? 1 : 0;
            if (Status.find(text).isPresent() || text.length() <= 8) {
                words++;
            } else {
                sentences++;
            }
        }
        return new int[] {words, sentences, statuses};
    }

    /** A sheet of counts: the cells under its 任务 header are numbers (a summary of formulas). */
    private static boolean isSummary(Probe probe) {
        int title = probe.layout().columnOf(Column.TITLE);
        if (title < 0) {
            return false;
        }
        int numbers = 0;
        int texts = 0;
        for (RawRow row : probe.first()) {
            RawCell cell = row.index() > probe.layout().headerRow() ? row.cell(title) : null;
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (cell.kind() == RawCell.Kind.NUMBER || cell.text().strip().matches("[\\d.,%％]+")) {
                numbers++;
            } else {
                texts++;
            }
        }
        return numbers >= 2 && texts == 0;
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
