package org.taizhang.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.TaskSearch;
import org.taizhang.ui.Css;
import org.taizhang.ui.HitText;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.command.ActionFactory;
import org.taizhang.ui.command.Command;
import org.taizhang.ui.command.StandardAction;

/**
 * Binds the ledger table (fxml/LedgerTable.fxml): the rows as an outline tree, sorting within the
 * outline, the selection both ways with the view model, the clerk's column layout (kept in the
 * preferences), and the commands on a right-click.
 */
public final class LedgerTableController {
    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");
    private static final PseudoClass CONTEXT = PseudoClass.getPseudoClass("context");
    private static final PseudoClass WITHDRAWN = PseudoClass.getPseudoClass("closed");
    private static final String COLUMNS = LedgerColumns.PREFERENCE;
    /** What a right-click on a row offers; null is a separator. */
    private static final StandardAction[] ROW_ACTIONS = {StandardAction.EDIT_TASK, StandardAction.ADD_MEASURE,
        StandardAction.BATCH_EDIT, null, StandardAction.COPY_ROWS, StandardAction.PASTE_COLUMN,
        StandardAction.EXPORT_SELECTION, null,
        StandardAction.ADJUST_DEADLINE, StandardAction.ADJUST_LEAD_UNITS, StandardAction.ADJUST_WORDING,
        StandardAction.CANCEL_TASK, StandardAction.MERGE_TASK, StandardAction.SPLIT_TASK, StandardAction.RESTORE_TASK,
        StandardAction.CLOSE_OUT, null, StandardAction.NEW_REQUEST};

    private final MainViewModel vm;
    private final UserPrefs prefs;
    private final ActionFactory actions;
    private final LedgerTree tree = new LedgerTree(new HashSet<>());
    private boolean syncingSelection;
    private javafx.scene.control.ContextMenu keyboardMenu;

    @FXML private TreeTableView<TaskRow> table;

    public LedgerTableController(MainViewModel vm, UserPrefs prefs) {
        this.vm = vm;
        this.prefs = prefs;
        Map<StandardAction, Command> commands = new EnumMap<>(vm.commands());
        commands.putAll(ownCommands());
        this.actions = new ActionFactory(commands);
    }

    /**
     * The table's own commands, which need the clipboard and the columns shown: copy the selected
     * rows, paste a column into them. The window's menu shows them too.
     */
    public Map<StandardAction, Command> ownCommands() {
        // a pasted column is a 批量修改: it can be made when that can
        var pasting = vm.command(StandardAction.BATCH_EDIT).executableProperty();
        return Map.of(StandardAction.COPY_ROWS, Command.of(vm.rowsChosenProperty(), this::copySelected),
                StandardAction.PASTE_COLUMN, Command.of(pasting, () ->
                        vm.pasteColumn(javafx.scene.input.Clipboard.getSystemClipboard().getString())));
    }

    @FXML
    private void initialize() {
        buildColumns();
        table.setRoot(tree.root());
        table.setRowFactory(t -> new LedgerRow());
        vm.table().visibleRows().addListener((ListChangeListener<TaskRow>) c -> rebuildTree());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncingSelection) {
                vm.selectedProperty().set(now == null ? null : now.getValue());
            }
        });
        table.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<TreeItem<TaskRow>>) c -> vm.selectedRows().setAll(selectedTaskRows()));
        vm.selectedProperty().addListener((o, was, now) -> selectInTable(now));
        // several rows at once, to copy them out as a clerk copies from Excel; commands act on the focused one
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.setOnContextMenuRequested(e -> { // a system that sends the Menu key as a context-menu request
            if (e.isKeyboardTrigger()) {
                showRowMenu();
                e.consume();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                showRowMenu();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.command(StandardAction.CANCEL_TASK).execute();
            }
        });
    }

    /** The selected rows that are tasks, in the table's order (a selection made upwards is not reversed). */
    private List<TaskRow> selectedTaskRows() {
        return table.getSelectionModel().getSelectedIndices().stream().sorted().map(table::getTreeItem)
                .filter(item -> item != null && item.getValue() != null && !item.getValue().isHeading())
                .map(TreeItem::getValue).toList();
    }

    /**
     * The row's commands from the keyboard (the Menu key, Shift+F10), as a right-click offers them,
     * under the focused row.
     */
    void showRowMenu() {
        if (keyboardMenu == null) {
            keyboardMenu = actions.contextMenu(ROW_ACTIONS);
            keyboardMenu.setId("row-menu");
        }
        if (keyboardMenu.isShowing()) {
            return;
        }
        int focused = table.getFocusModel().getFocusedIndex();
        javafx.scene.Node at = table.lookupAll(".tree-table-row-cell").stream()
                .filter(n -> n instanceof TreeTableRow<?> r && r.getIndex() == focused && r.isVisible())
                .findFirst().orElse(table);
        javafx.geometry.Bounds b = at.localToScreen(at.getBoundsInLocal());
        if (b == null) {
            return;
        }
        keyboardMenu.show(at, b.getMinX() + 40, at == table ? b.getMinY() + 40 : b.getMaxY());
    }

    /** The selected rows onto the clipboard, the columns shown, as tab-separated text and an HTML table. */
    void copySelected() {
        List<RowsClipboard.Column> columns = new ArrayList<>();
        for (TreeTableColumn<TaskRow, ?> c : table.getColumns()) {
            if (c.isVisible()) {
                LedgerColumns.Spec spec = LedgerColumns.spec(code(c));
                columns.add(new RowsClipboard.Column(spec.header(), row -> spec.code().equals(LedgerColumns.LIGHT)
                        ? row.light().label() : spec.text().apply(row.task())));
            }
        }
        List<TaskRow> rows = selectedTaskRows();
        if (rows.isEmpty()) {
            return;
        }
        RowsClipboard.Copied copied = RowsClipboard.of(columns, rows);
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(copied.tsv());
        content.putHtml(copied.html());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }

    private void buildColumns() {
        List<TreeTableColumn<TaskRow, TreeItem<TaskRow>>> columns = new ArrayList<>();
        for (LedgerColumns.Layout layout : LedgerColumns.read(prefs.get(COLUMNS).orElse(null))) {
            LedgerColumns.Spec spec = LedgerColumns.spec(layout.code());
            TreeTableColumn<TaskRow, TreeItem<TaskRow>> column = new TreeTableColumn<>(spec.header());
            column.setId("column-" + spec.code()); // distinct from the form's field ids
            column.setUserData(spec.code());
            column.setPrefWidth(layout.width());
            column.setMinWidth(spec.minWidth());
            column.setVisible(layout.shown());
            column.setSortable(spec.order() != null);
            // A cell gets its whole tree item, so what it shows never comes from a recycled row.
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new LedgerCell(spec, vm.table().searchProperty()));
            column.widthProperty().addListener((o, was, now) -> saveColumns());
            column.visibleProperty().addListener((o, was, now) -> saveColumns());
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        // the columns shown share the table's width (widths kept are proportions): nothing falls off a 1024 screen
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addListener((ListChangeListener<TreeTableColumn<TaskRow, ?>>) c -> saveColumns());
        table.setTreeColumn(columns.stream().filter(c -> code(c).equals("number")).findFirst().orElse(columns.get(0)));
        table.setSortPolicy(t -> {
            sortTree();
            return true;
        });
    }

    private static String code(TreeTableColumn<TaskRow, ?> column) {
        return (String) column.getUserData();
    }

    private static String cellText(LedgerColumns.Spec spec, TreeItem<TaskRow> item) {
        if (item == null || item.getValue() == null) {
            return "";
        }
        TaskRow row = item.getValue();
        if (row.isHeading()) {
            return spec.code().equals("title") ? LedgerTree.headingText(item) : "";
        }
        return spec.code().equals(LedgerColumns.LIGHT) ? row.light().label() : spec.text().apply(row.task());
    }

    /** Sorting keeps the outline: tasks are ordered among their siblings by the sort columns. */
    private void sortTree() {
        Comparator<TaskRow> order = null;
        for (TreeTableColumn<TaskRow, ?> column : table.getSortOrder()) {
            LedgerColumns.Spec spec = LedgerColumns.spec(code(column));
            if (spec.order() == null) {
                continue;
            }
            Comparator<TaskRow> by = (a, b) -> spec.order().compare(a.task(), b.task());
            if (column.getSortType() == TreeTableColumn.SortType.DESCENDING) {
                by = by.reversed();
            }
            order = order == null ? by : order.thenComparing(by);
        }
        vm.table().sortedBy(order); // the printed ledger follows the table's order
        rebuildTree();
    }

    private void rebuildTree() {
        syncingSelection = true;
        try {
            tree.show(vm.table().visibleRows(), vm.table().order(), vm.table().allRows());
        } finally {
            syncingSelection = false;
        }
        selectInTable(vm.selectedProperty().get());
    }

    private void selectInTable(TaskRow row) {
        TreeItem<TaskRow> item = row == null ? null : find(tree.root(), row.id());
        TreeItem<TaskRow> current = table.getSelectionModel().getSelectedItem();
        if (item == current) {
            return;
        }
        syncingSelection = true;
        try {
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else {
                for (TreeItem<TaskRow> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                table.getSelectionModel().select(item);
                int index = table.getRow(item);
                if (index >= 0) {
                    table.scrollTo(Math.max(0, index - 3));
                }
            }
        } finally {
            syncingSelection = false;
        }
    }

    private static TreeItem<TaskRow> find(TreeItem<TaskRow> from, long id) {
        for (TreeItem<TaskRow> child : from.getChildren()) {
            if (child.getValue() != null && !child.getValue().isHeading() && child.getValue().id() == id) {
                return child;
            }
            TreeItem<TaskRow> deeper = find(child, id);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    private void saveColumns() {
        List<LedgerColumns.Layout> layout = new ArrayList<>();
        for (TreeTableColumn<TaskRow, ?> c : table.getColumns()) {
            layout.add(new LedgerColumns.Layout(code(c), c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth(),
                    c.isVisible()));
        }
        prefs.put(COLUMNS, LedgerColumns.write(layout));
    }

    /** A row of the table: headings, context rows and withdrawn tasks look different; right-click offers the commands. */
    private final class LedgerRow extends TreeTableRow<TaskRow> {
        LedgerRow() {
            // on the press, before the tree cell's own double-click folds or unfolds a task with measures
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()
                        && getItem() != null && !getItem().isHeading()) {
                    e.consume();
                    vm.command(StandardAction.EDIT_TASK).execute();
                }
            });
            setContextMenu(actions.contextMenu(ROW_ACTIONS));
        }

        @Override
        protected void updateItem(TaskRow row, boolean empty) {
            super.updateItem(row, empty);
            boolean task = !empty && row != null && !row.isHeading();
            pseudoClassStateChanged(HEADING, !empty && row != null && row.isHeading());
            pseudoClassStateChanged(CONTEXT, !empty && row != null && row.context());
            pseudoClassStateChanged(WITHDRAWN, task && row.task().status().isWithdrawn());
        }
    }

    /**
     * A cell: status and light as coloured labels; long text wrapped to the column's width and cut
     * at three lines (the detail pane shows all of it). A wrapping Text, unlike a Label, makes the
     * row as tall as the lines it needs.
     */
    private static final class LedgerCell extends TreeTableCell<TaskRow, TreeItem<TaskRow>> {
        private static final double MAX_LINES_HEIGHT = 64;
        private final LedgerColumns.Spec spec;
        private final Label label = new Label();
        /** An icon, not words: the status column is narrow, and the status must stay readable. */
        private final Label badge = new Label();
        /** A bell in the level's colour: a 督办单 not yet answered. */
        private final Label noticeBadge = new Label();
        private final org.kordamp.ikonli.javafx.FontIcon bell = new org.kordamp.ikonli.javafx.FontIcon("mdi2b-bell-alert");
        private final javafx.scene.control.Tooltip noticeTip = new javafx.scene.control.Tooltip();
        /** The style the icon sets itself (its font), kept when the colour is added. */
        private final String bellStyle = bell.getStyle() == null || bell.getStyle().isEmpty() ? ""
                : bell.getStyle().endsWith(";") ? bell.getStyle() : bell.getStyle() + ";";
        /** Wrapped text, the search's hits marked in it. */
        private final HitText hit = new HitText();
        private final Text text = hit.text();
        private final javafx.beans.value.ObservableStringValue query;
        private final Label elsewhereNote = new Label();
        /**
         * A row kept from one search to the next is not given to its cells again: the cells shown
         * mark the new search's words themselves (and only they: the table's other rows have no cells).
         */
        private final javafx.beans.InvalidationListener searched = o -> draw(getItem(), isEmpty());

        LedgerCell(LedgerColumns.Spec spec, javafx.beans.value.ObservableStringValue query) {
            this.query = query;
            if (spec.wraps()) {
                query.addListener(new javafx.beans.WeakInvalidationListener(searched));
            }
            elsewhereNote.getStyleClass().add("search-elsewhere");
            noticeBadge.getStyleClass().setAll(Css.NOTICE_BADGE);
            noticeBadge.setGraphic(bell);
            noticeBadge.setTooltip(noticeTip);
            this.spec = spec;
            badge.getStyleClass().setAll(Css.REQUEST_BADGE);
            badge.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2f-file-document-edit-outline"));
            badge.setTooltip(new javafx.scene.control.Tooltip(I18n.text("ledger.requestBadge")));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (spec.wraps()) {
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.getStyleClass().add(Css.CELL_TEXT);
                Rectangle clip = new Rectangle();
                clip.widthProperty().bind(widthProperty());
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
            }
        }

        /**
         * Under a task's title, when the search finds it only in columns not shown ("在“配合单位”中找到"):
         * so a row found through its partner units does not look like a wrong hit.
         */
        private String foundElsewhere(Task task) {
            String q = query.get();
            if (q == null || q.isBlank() || getTreeTableView() == null) {
                return "";
            }
            Set<Object> shownColumns = new HashSet<>();
            for (TreeTableColumn<TaskRow, ?> c : getTreeTableView().getVisibleLeafColumns()) {
                shownColumns.add(c.getUserData());
                if (!TaskSearch.hits(LedgerColumns.spec(code(c)).text().apply(task), q).isEmpty()) {
                    return ""; // the row shows why it was found
                }
            }
            List<String> fields = new ArrayList<>();
            for (TaskField f : TaskField.values()) {
                if (f != TaskField.PARENT && f != TaskField.MERGED_INTO && f != TaskField.YEAR
                        && !shownColumns.contains(f.code()) && !TaskSearch.hits(f.read(task), q).isEmpty()) {
                    fields.add(I18n.text(f.labelKey()));
                }
            }
            return fields.isEmpty() ? "" : I18n.text("search.foundIn", String.join("、", fields));
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.min(super.computePrefHeight(width), MAX_LINES_HEIGHT);
        }

        @Override
        protected void updateItem(TreeItem<TaskRow> item, boolean empty) {
            super.updateItem(item, empty);
            draw(item, empty);
        }

        private void draw(TreeItem<TaskRow> item, boolean empty) {
            String shown = empty ? "" : cellText(spec, item);
            setText(null);
            if (shown.isEmpty()) {
                setGraphic(null);
                return;
            }
            TaskRow row = item.getValue();
            if (spec.wraps() && !row.isHeading()) {
                hit.show(shown, query.get());
                String elsewhere = spec.code().equals("title") ? foundElsewhere(row.task()) : "";
                if (elsewhere.isEmpty()) {
                    setGraphic(hit);
                } else {
                    elsewhereNote.setText(elsewhere);
                    setGraphic(new javafx.scene.layout.VBox(2, hit, elsewhereNote));
                }
                return;
            }
            label.setText(shown);
            if (row.isHeading()) {
                label.getStyleClass().setAll(Css.CELL_TEXT);
            } else if (spec.code().equals("status")) {
                label.getStyleClass().setAll(Css.STATUS, Css.status(row.task().status()));
                if (row.requested() || row.notice() != null) { // a request or a 督办单 open on it: beside its status
                    javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(4, label);
                    if (row.requested()) {
                        box.getChildren().add(badge);
                    }
                    if (row.notice() != null) {
                        // inline: the table's stylesheet colours every icon in a cell alike
                        bell.setStyle(bellStyle + "-fx-icon-color: #" + row.notice().rgb() + ";");
                        noticeTip.setText(I18n.text("ledger.noticeBadge", row.notice().label()));
                        box.getChildren().add(noticeBadge);
                    }
                    setGraphic(box);
                    return;
                }
            } else if (spec.code().equals(LedgerColumns.LIGHT)) {
                label.getStyleClass().setAll(Css.LIGHT, Css.light(row.light()));
            } else {
                label.getStyleClass().setAll(Css.CELL_TEXT);
            }
            setGraphic(label);
        }
    }
}
