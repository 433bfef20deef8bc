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
 */
final class LedgerTree {
    private LedgerTree() {
    }

    /** Keys of collapsed items: "d:经济体制改革" for a heading, the task id for a task. */
    static String key(TaskRow row) {
        return row.isHeading() ? "d:" + row.domain() : Long.toString(row.id());
    }

    static TreeItem<TaskRow> build(List<TaskRow> rows, Set<String> collapsed) {
        TreeItem<TaskRow> root = new TreeItem<>();
        TreeItem<TaskRow> heading = null;
        List<TreeItem<TaskRow>> path = new ArrayList<>();
        for (TaskRow row : rows) {
            if (heading == null || !heading.getValue().domain().equals(row.domain())) {
                heading = item(TaskRow.heading(row.domain()), collapsed);
                root.getChildren().add(heading);
                path.clear();
            }
            int depth = Math.min(row.depth(), path.size());
            TreeItem<TaskRow> parent = depth == 0 ? heading : path.get(depth - 1);
            TreeItem<TaskRow> item = item(row, collapsed);
            parent.getChildren().add(item);
            while (path.size() > depth) {
                path.remove(path.size() - 1);
            }
            path.add(item);
        }
        return root;
    }

    private static TreeItem<TaskRow> item(TaskRow row, Set<String> collapsed) {
        TreeItem<TaskRow> item = new TreeItem<>(row);
        item.setExpanded(!collapsed.contains(key(row)));
        item.expandedProperty().addListener((o, was, now) -> {
            if (now) {
                collapsed.remove(key(row));
            } else {
                collapsed.add(key(row));
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

    /** Orders the tasks among their siblings by {@code order}, keeping the outline (headings stay where they are). */
    static void sort(TreeItem<TaskRow> item, Comparator<TaskRow> order) {
        for (TreeItem<TaskRow> child : item.getChildren()) {
            sort(child, order);
        }
        if (!item.getChildren().isEmpty() && !item.getChildren().get(0).getValue().isHeading()) {
            item.getChildren().sort((a, b) -> order.compare(a.getValue(), b.getValue()));
        }
    }

    /**
     * The rows as the table lists them, every item open: the tasks under each heading, measures
     * under their task, sorted among their siblings by {@code order} (null: the outline's order),
     * each with its depth under its heading. What the printed ledger prints.
     */
    static List<LedgerPrint.Line> lines(List<TaskRow> rows, Comparator<TaskRow> order) {
        TreeItem<TaskRow> root = build(rows, new java.util.HashSet<>());
        if (order != null) {
            sort(root, order);
        }
        List<LedgerPrint.Line> out = new ArrayList<>();
        for (TreeItem<TaskRow> heading : root.getChildren()) {
            collect(heading, 0, out);
        }
        return out;
    }

    private static void collect(TreeItem<TaskRow> item, int depth, List<LedgerPrint.Line> out) {
        for (TreeItem<TaskRow> child : item.getChildren()) {
            TaskRow row = child.getValue();
            out.add(new LedgerPrint.Line(row.task(), depth, row.light(), row.context()));
            collect(child, depth + 1, out);
        }
    }
}
