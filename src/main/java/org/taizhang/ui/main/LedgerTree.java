package org.taizhang.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.report.LedgerPrint;

/**
 * Turns the rows in reading order into the table's outline: a heading per 领域, tasks under it,
 * measures under their tasks, as one flat list of lines, each knowing its depth and whether it
 * folds. Lines the clerk folded keep what is under them hidden across searches.
 *
 * <p>The table is a flat list rather than a tree of items (decision 0031): a search hands the
 * table its new lines in one change, and the table looks a line up by its index at no cost, where
 * a tree table re-parents its items and counts its way down to each row it draws.
 */
final class LedgerTree {
    private final Set<String> collapsed;
    private final ShownLines lines = new ShownLines();
    /** Each line's depth, and whether it folds and is open, by its place among the lines. */
    private int[] depths = new int[0];
    private boolean[] folds = new boolean[0];
    private boolean[] open = new boolean[0];
    /** Counts the times the lines were made: what the outline column's cells redraw their arrows on. */
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private List<TaskRow> rows = List.of();
    private Comparator<TaskRow> order;
    /** The whole ledger's rows, of which the rows shown are some; see {@link #ledgerRows}. */
    private List<TaskRow> every = List.of();
    /** The whole ledger sorted once; null until a sort asks for it. */
    private Ranking ranking;

    /** A line's place in the outline: how deep, whether rows are under it, and whether they show. */
    record Line(int depth, boolean folds, boolean open) {
        static final Line NONE = new Line(0, false, false);
    }

    /** {@code collapsed}: the keys of the lines the clerk folded, kept across searches. */
    LedgerTree(Set<String> collapsed) {
        this.collapsed = collapsed;
    }

    /** The lines to show, in order: what the table lists. */
    ObservableList<TaskRow> lines() {
        return lines;
    }

    ReadOnlyIntegerProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * Where the line at {@code index} stands in the outline shown. Asked by place, not by row: a
     * table row keeps a line <em>equal</em> to the one it was given (a heading is made anew on
     * every search), not necessarily the same.
     */
    Line line(int index) {
        return index >= 0 && index < lines.size() ? new Line(depths[index], folds[index], open[index]) : Line.NONE;
    }

    /**
     * Shows {@code rows} (reading order), tasks sorted among their siblings by {@code order}
     * (null: outline order).
     */
    void show(List<TaskRow> rows, Comparator<TaskRow> order) {
        this.rows = rows;
        this.order = order;
        redraw();
    }

    /**
     * The whole ledger's rows (reading order), of which the rows shown are always some, each or its
     * context row. Sorted, the lines then follow the whole ledger sorted once per sort: sorting the
     * rows of each search anew cost a keystroke 60 ms at 100,000 tasks. Without them, each search's
     * rows are sorted anew.
     */
    void ledgerRows(List<TaskRow> every) {
        ledgerRows(every, null);
    }

    /**
     * {@link #ledgerRows}, sorted already by {@code ranking} if not null: made off the FX thread
     * (where the rows are read, or beside the table while it keeps its old order), for the sort of
     * 100,000 tasks takes half a second. Without it, or if it does not sort these rows by the
     * order shown ({@link Ranking#sorts}), the first sorted showing sorts them here.
     */
    void ledgerRows(List<TaskRow> every, Ranking ranking) {
        this.every = every;
        if (ranking != null) {
            this.ranking = ranking;
        }
    }

    /**
     * The whole ledger's rows sorted once by an order: each task's place in its outline so sorted.
     * Made from the rows and the order alone, on any thread.
     */
    static final class Ranking {
        private final List<TaskRow> rows;
        private final Comparator<TaskRow> order;
        /**
         * Each row's place in the sorted outline, by its place in the ledger; null when a 领域 lies
         * in two places (a search could join them under one heading: each search is sorted anew).
         */
        private final int[] rank;

        private Ranking(List<TaskRow> rows, Comparator<TaskRow> order, int[] rank) {
            this.rows = rows;
            this.order = order;
            this.rank = rank;
        }

        static Ranking of(List<TaskRow> rows, Comparator<TaskRow> order) {
            List<TaskRow> sorted = new ArrayList<>(rows.size());
            java.util.Set<String> domains = new java.util.HashSet<>();
            boolean split = false;
            for (Node heading : nodes(rows, order)) {
                split |= !domains.add(heading.row.domain());
                flatten(heading, 0, sorted, null);
            }
            if (split) {
                return new Ranking(rows, order, null);
            }
            int[] rank = new int[rows.size()];
            for (int i = 0; i < sorted.size(); i++) {
                rank[sorted.get(i).place()] = i;
            }
            return new Ranking(rows, order, rank);
        }

        boolean sorts(List<TaskRow> rows, Comparator<TaskRow> order) {
            return this.rows == rows && this.order == order;
        }

        /** {@code row}'s place in the sorted outline; -1 if it is not a row of the ledger ranked. */
        int of(TaskRow row) {
            int place = row.place();
            return rank == null || place < 0 || place >= rows.size() || rows.get(place).task() != row.task()
                    ? -1 : rank[place];
        }
    }

    /** Folds or unfolds the line at {@code index}; nothing for a line without rows under it. */
    void fold(int index, boolean open) {
        Line l = line(index);
        if (!l.folds() || l.open() == open) {
            return;
        }
        String key = key(lines.get(index));
        if (open) {
            collapsed.remove(key);
        } else {
            collapsed.add(key);
        }
        redraw();
    }

    /** Unfolds what hides the task {@code id}, if anything does; whether the lines changed. */
    boolean reveal(long id) {
        Outline all = outline();
        for (int i = 0; i < all.size(); i++) {
            if (!all.rows[i].isHeading() && all.rows[i].id() == id) {
                List<String> keys = new ArrayList<>();
                for (int j = i - 1, depth = all.depths[i]; j >= 0 && depth > 0; j--) {
                    if (all.depths[j] < depth) { // the line above it, then the one above that, up to the heading
                        keys.add(key(all.rows[j]));
                        depth = all.depths[j];
                    }
                }
                if (!collapsed.removeAll(keys)) {
                    return false;
                }
                redraw();
                return true;
            }
        }
        return false;
    }

    /**
     * The whole outline, every line open: headings at depth 0 (with their count of tasks), tasks
     * and measures under them, in the order shown.
     */
    private record Outline(TaskRow[] rows, int[] depths) {
        int size() {
            return rows.length;
        }
    }

    private Outline outline() {
        List<TaskRow> inOrder = order == null ? rows : ranked();
        if (inOrder == null) {
            List<TaskRow> out = new ArrayList<>(rows.size() + 16);
            List<Integer> depthsOut = new ArrayList<>(rows.size() + 16);
            for (Node heading : nodes(rows, order)) {
                out.add(TaskRow.heading(heading.row.domain(), heading.tasks()));
                depthsOut.add(0);
                flatten(heading, 1, out, depthsOut);
            }
            return new Outline(out.toArray(TaskRow[]::new), depthsOut.stream().mapToInt(Integer::intValue).toArray());
        }
        // in reading order (or the whole ledger's sorted order) the rows are the outline already: one
        // pass puts in the headings
        TaskRow[] out = new TaskRow[2 * inOrder.size()]; // at most a heading before each row
        int[] depthOut = new int[out.length];
        int n = 0;
        int headingAt = -1;
        int tasks = 0;
        int previous = 0;
        String domain = null;
        for (TaskRow row : inOrder) {
            if (domain == null || !domain.equals(row.domain())) {
                if (headingAt >= 0) {
                    out[headingAt] = TaskRow.heading(domain, tasks);
                }
                domain = row.domain();
                headingAt = n++;
                tasks = 0;
                previous = 0;
            }
            int depth = Math.min(row.depth(), previous) + 1; // never deeper than one under the line above
            out[n] = row;
            depthOut[n++] = depth;
            previous = depth;
            tasks += row.context() ? 0 : 1;
        }
        if (headingAt >= 0) {
            out[headingAt] = TaskRow.heading(domain, tasks);
        }
        return new Outline(java.util.Arrays.copyOf(out, n), java.util.Arrays.copyOf(depthOut, n));
    }

    /**
     * The rows shown in the order of the whole ledger sorted by {@link #order}: a row's siblings
     * keep their order whichever of them a search shows, and a search shows the rows above each row
     * shown. Null when a row shown is not among the ledger's rows given.
     */
    private List<TaskRow> ranked() {
        if (ranking == null || !ranking.sorts(every, order)) {
            ranking = Ranking.of(every, order);
        }
        TaskRow[] byRank = new TaskRow[every.size()];
        for (TaskRow row : rows) {
            int at = row.isHeading() ? -1 : ranking.of(row);
            if (at < 0) {
                return null;
            }
            byRank[at] = row;
        }
        List<TaskRow> out = new ArrayList<>(rows.size());
        for (TaskRow row : byRank) {
            if (row != null) {
                out.add(row);
            }
        }
        return out;
    }

    /** Whether the lines follow the whole ledger sorted once by the sort shown (see {@link #ledgerRows}); for tests. */
    boolean sortedOnce() {
        return order != null && ranking != null && ranking.sorts(every, order) && ranking.rank != null;
    }

    /** Adds the rows under {@code node} to {@code out} in outline order, and their depths to {@code depths} unless null. */
    private static void flatten(Node node, int depth, List<TaskRow> out, List<Integer> depths) {
        for (Node child : node.children) {
            out.add(child.row);
            if (depths != null) {
                depths.add(depth);
            }
            flatten(child, depth + 1, out, depths);
        }
    }

    /** The lines: the outline without what lies under a folded line. */
    private void redraw() {
        Outline all = outline();
        int n = all.size();
        List<TaskRow> out = new ArrayList<>(n);
        int[] d = new int[n];
        boolean[] f = new boolean[n];
        boolean[] o = new boolean[n];
        int hiddenBelow = Integer.MAX_VALUE; // lines deeper than this are under a folded line
        for (int i = 0; i < n; i++) {
            int depth = all.depths[i];
            if (depth > hiddenBelow) {
                continue;
            }
            hiddenBelow = Integer.MAX_VALUE;
            boolean parent = i + 1 < n && all.depths[i + 1] > depth;
            boolean isOpen = !parent || collapsed.isEmpty() || !collapsed.contains(key(all.rows[i]));
            if (!isOpen) {
                hiddenBelow = depth;
            }
            d[out.size()] = depth;
            f[out.size()] = parent;
            o[out.size()] = isOpen;
            out.add(all.rows[i]);
        }
        depths = d;
        folds = f;
        open = o;
        lines.show(out);
        shown.set(shown.get() + 1);
    }

    /** Keys of folded lines: "d:经济体制改革" for a heading, the task id for a task. */
    static String key(TaskRow row) {
        return row.isHeading() ? "d:" + row.domain() : Long.toString(row.id());
    }

    /** A row with the rows under it, in the order shown. */
    private static final class Node {
        final TaskRow row;
        /** Made when a first child comes: most rows have none. */
        List<Node> children = List.of();

        Node(TaskRow row) {
            this.row = row;
        }

        void add(Node child) {
            if (children.isEmpty()) {
                children = new ArrayList<>(4);
            }
            children.add(child);
        }

        /** The tasks under this node that are shown for themselves (not as another's context). */
        int tasks() {
            int n = 0;
            for (Node child : children) {
                n += (child.row.context() ? 0 : 1) + child.tasks();
            }
            return n;
        }
    }

    /** The headings, each with its tasks and their measures; siblings sorted by {@code order} if given. */
    private static List<Node> nodes(List<TaskRow> rows, Comparator<TaskRow> order) {
        List<Node> headings = new ArrayList<>();
        Node heading = null;
        List<Node> path = new ArrayList<>();
        for (TaskRow row : rows) {
            if (heading == null || !heading.row.domain().equals(row.domain())) {
                heading = new Node(TaskRow.heading(row.domain()));
                headings.add(heading);
                path.clear();
            }
            int depth = Math.min(row.depth(), path.size());
            Node node = new Node(row);
            (depth == 0 ? heading : path.get(depth - 1)).add(node);
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            path.add(node);
        }
        if (order != null) {
            Comparator<Node> byRow = (a, b) -> order.compare(a.row, b.row);
            for (Node h : headings) {
                sort(h.children, byRow);
            }
        }
        return headings;
    }

    private static void sort(List<Node> siblings, Comparator<Node> order) {
        if (siblings.size() > 1) {
            siblings.sort(order);
        }
        for (Node n : siblings) {
            sort(n.children, order);
        }
    }

    /** "经济体制改革（20 项）" for a heading. */
    static String headingText(TaskRow heading) {
        String domain = heading.domain().isEmpty() ? I18n.text("table.noDomain") : heading.domain();
        return I18n.text("table.heading", domain, heading.tasks());
    }

    /**
     * The rows as the table lists them, every line open: the tasks under each heading, measures
     * under their task, sorted among their siblings by {@code order} (null: the outline's order),
     * each with its depth under its heading. What the printed ledger prints.
     */
    static List<LedgerPrint.Line> lines(List<TaskRow> rows, Comparator<TaskRow> order) {
        List<LedgerPrint.Line> out = new ArrayList<>();
        for (Node heading : nodes(rows, order)) {
            collect(heading, 0, out);
        }
        return out;
    }

    private static void collect(Node node, int depth, List<LedgerPrint.Line> out) {
        for (Node child : node.children) {
            TaskRow row = child.row;
            out.add(new LedgerPrint.Line(row.task(), depth, row.light(), row.context()));
            collect(child, depth + 1, out);
        }
    }
}
