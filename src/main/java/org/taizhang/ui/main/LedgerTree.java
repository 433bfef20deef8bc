package org.taizhang.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /** Each line shown: its depth and whether it folds (by identity: a row is one line). */
    private final Map<TaskRow, Line> shape = new IdentityHashMap<>();
    /** Counts the times the lines were made: what the outline column's cells redraw their arrows on. */
    private final ReadOnlyIntegerWrapper shown = new ReadOnlyIntegerWrapper();
    private List<TaskRow> rows = List.of();
    private Comparator<TaskRow> order;

    /** A line's place in the outline: how deep, whether rows are under it, and whether they show. */
    record Line(int depth, boolean folds, boolean open) {
        static final Line LEAF = new Line(0, false, false);
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

    /** Where {@code row} stands in the outline shown (a row not shown: a leaf at the top). */
    Line line(TaskRow row) {
        Line l = row == null ? null : shape.get(row);
        return l == null ? Line.LEAF : l;
    }

    /**
     * The line at {@code index} in the table (a table row keeps a line equal to the one it was
     * given, not necessarily the same: ask by place, not by the row's item).
     */
    TaskRow at(int index) {
        return index >= 0 && index < lines.size() ? lines.get(index) : null;
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

    /** Folds or unfolds a line; nothing for a line without rows under it. */
    void fold(TaskRow row, boolean open) {
        Line l = line(row);
        if (!l.folds() || l.open() == open) {
            return;
        }
        if (open) {
            collapsed.remove(key(row));
        } else {
            collapsed.add(key(row));
        }
        redraw();
    }

    /** Unfolds what hides {@code row}'s task, if anything does; whether the lines changed. */
    boolean reveal(long id) {
        List<String> keys = new ArrayList<>();
        for (Node heading : outline(rows, order)) {
            if (path(heading, id, keys)) {
                break;
            }
            keys.clear();
        }
        if (!collapsed.removeAll(keys)) {
            return false;
        }
        redraw();
        return true;
    }

    /** Whether the task {@code id} is under {@code node}, with the keys of the lines above it in {@code keys}. */
    private static boolean path(Node node, long id, List<String> keys) {
        keys.add(key(node.row));
        for (Node child : node.children) {
            if (!child.row.isHeading() && child.row.id() == id) {
                return true;
            }
            if (path(child, id, keys)) {
                return true;
            }
        }
        keys.remove(keys.size() - 1);
        return false;
    }

    private void redraw() {
        shape.clear();
        List<TaskRow> out = new ArrayList<>(rows.size() + 16);
        for (Node heading : outline(rows, order)) {
            TaskRow h = TaskRow.heading(heading.row.domain(), heading.tasks());
            heading.row = h;
            add(heading, 0, out);
        }
        lines.show(out);
        shown.set(shown.get() + 1);
    }

    private void add(Node node, int depth, List<TaskRow> out) {
        boolean open = node.children.isEmpty() || !collapsed.contains(key(node.row)); // a leaf has nothing to fold
        shape.put(node.row, new Line(depth, !node.children.isEmpty(), open));
        out.add(node.row);
        if (open) {
            for (Node child : node.children) {
                add(child, depth + 1, out);
            }
        }
    }

    /** Keys of folded lines: "d:经济体制改革" for a heading, the task id for a task. */
    static String key(TaskRow row) {
        return row.isHeading() ? "d:" + row.domain() : Long.toString(row.id());
    }

    /** A row with the rows under it, in the order shown. */
    private static final class Node {
        TaskRow row;
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
    private static List<Node> outline(List<TaskRow> rows, Comparator<TaskRow> order) {
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
        for (Node heading : outline(rows, order)) {
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
