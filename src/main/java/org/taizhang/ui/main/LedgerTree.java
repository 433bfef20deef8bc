package org.taizhang.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TreeItem;
import org.taizhang.core.I18n;
import org.taizhang.report.LedgerPrint;

/**
 * Turns the rows in reading order into the table's tree: a heading per 领域, tasks under it,
 * measures under their tasks. Items the clerk collapsed stay collapsed.
 *
 * <p>The table keeps one root; each search or sort builds the items under it while they are
 * detached and then hands them to the root in one change (a new root, or items added one by one
 * under an attached one, makes the table redo its selection and cells for each change). A row
 * without rows under it keeps its item from one search to the next, so the table's cells find the
 * item they show unchanged and are not redrawn; headings and rows with children are made anew,
 * as what they show (a count, an arrow) depends on what is under them.
 */
final class LedgerTree {
    private final TreeItem<TaskRow> root = new TreeItem<>();
    private final Set<String> collapsed;
    /** The leaves' items, by row (the rows of one showing of a ledger are the same objects throughout it). */
    private final java.util.Map<TaskRow, TreeItem<TaskRow>> leaves = new java.util.IdentityHashMap<>();
    /** The ledger's rows the leaves were made for. */
    private List<TaskRow> leavesOf = List.of();

    /** {@code collapsed}: the keys of the items the clerk folded, kept across rebuilds. */
    LedgerTree(Set<String> collapsed) {
        this.collapsed = collapsed;
        root.setExpanded(true);
    }

    TreeItem<TaskRow> root() {
        return root;
    }

    /**
     * Shows {@code rows} (reading order, drawn from {@code ledger}'s rows), tasks sorted among
     * their siblings by {@code order} (null: outline order).
     */
    void show(List<TaskRow> rows, Comparator<TaskRow> order, List<TaskRow> ledger) {
        if (ledger != leavesOf) {
            leaves.clear();
            leavesOf = ledger;
        }
        List<TreeItem<TaskRow>> headings = new ArrayList<>();
        for (Node heading : outline(rows, order)) {
            headings.add(item(heading));
        }
        root.getChildren().setAll(headings);
    }

    /** Keys of collapsed items: "d:经济体制改革" for a heading, the task id for a task. */
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

        TaskRow row() {
            return row;
        }

        List<Node> children() {
            return children;
        }

        void add(Node child) {
            if (children.isEmpty()) {
                children = new ArrayList<>(4);
            }
            children.add(child);
        }
    }

    /** The headings, each with its tasks and their measures; siblings sorted by {@code order} if given. */
    private static List<Node> outline(List<TaskRow> rows, Comparator<TaskRow> order) {
        List<Node> headings = new ArrayList<>();
        Node heading = null;
        List<Node> path = new ArrayList<>();
        for (TaskRow row : rows) {
            if (heading == null || !heading.row().domain().equals(row.domain())) {
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
            Comparator<Node> byRow = (a, b) -> order.compare(a.row(), b.row());
            for (Node h : headings) {
                sort(h.children(), byRow);
            }
        }
        return headings;
    }

    private static void sort(List<Node> siblings, Comparator<Node> order) {
        if (siblings.size() > 1) {
            siblings.sort(order);
        }
        for (Node n : siblings) {
            sort(n.children(), order);
        }
    }

    /** The item of a node, its children added in one change while it is not yet in the table. */
    private TreeItem<TaskRow> item(Node node) {
        if (node.children().isEmpty()) {
            return leaves.computeIfAbsent(node.row(), TreeItem::new); // a leaf has nothing to fold
        }
        TreeItem<TaskRow> item = new TreeItem<>(node.row());
        List<TreeItem<TaskRow>> children = new ArrayList<>(node.children().size());
        for (Node child : node.children()) {
            children.add(item(child));
        }
        item.getChildren().setAll(children);
        String key = key(node.row());
        item.setExpanded(!collapsed.contains(key));
        item.expandedProperty().addListener((o, was, now) -> {
            if (now) {
                collapsed.remove(key);
            } else {
                collapsed.add(key);
            }
        });
        return item;
    }

    /** "经济体制改革（20 项）" for a heading. */
    static String headingText(TreeItem<TaskRow> item) {
        String domain = item.getValue().domain().isEmpty() ? I18n.text("table.noDomain") : item.getValue().domain();
        return I18n.text("table.heading", domain, countTasks(item));
    }

    private static int countTasks(TreeItem<TaskRow> item) {
        int n = 0;
        for (TreeItem<TaskRow> child : item.getChildren()) {
            n += (child.getValue().context() ? 0 : 1) + countTasks(child);
        }
        return n;
    }

    /**
     * The rows as the table lists them, every item open: the tasks under each heading, measures
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
        for (Node child : node.children()) {
            TaskRow row = child.row();
            out.add(new LedgerPrint.Line(row.task(), depth, row.light(), row.context()));
            collect(child, depth + 1, out);
        }
    }
}
