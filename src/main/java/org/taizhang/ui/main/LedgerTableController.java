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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * Binds the ledger table (fxml/LedgerTable.fxml): the rows as an outline (headings, tasks, measures;
 * folded and unfolded by the arrow in the 序号 column, a double-click on a heading, ← and →), sorting
 * within the outline, the selection both ways with the view model, the clerk's column layout (kept
 * in the preferences), and the commands on a right-click.
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
    /** The words the cells mark: the search box's, or inside {@link #layOut} the practice pass's own. */
    private final javafx.beans.property.StringProperty marked = new javafx.beans.property.SimpleStringProperty("");
    private boolean syncingSelection;
    private javafx.scene.control.ContextMenu rowMenu;

    @FXML private TableView<TaskRow> table;

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

    /** How many frames the table practises in; see {@link #practise}. */
    private static final int PRACTICE_PASSES = 20;

    @FXML
    private void initialize() {
        buildColumns();
        table.sceneProperty().addListener((o, was, scene) -> { // once, after the window's first pulse
            if (was == null && scene != null) {
                Runnable[] after = new Runnable[1];
                after[0] = () -> {
                    scene.removePostLayoutPulseListener(after[0]);
                    javafx.application.Platform.runLater(this::practise);
                };
                scene.addPostLayoutPulseListener(after[0]);
            }
        });
        table.setItems(tree.lines());
        table.setRowFactory(t -> new LedgerRow());
        vm.table().visibleRows().addListener((ListChangeListener<TaskRow>) c -> rebuildTree());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncingSelection) {
                vm.selectedProperty().set(now);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<TaskRow>) c -> vm.selectedRows().setAll(selectedTaskRows()));
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
            } else if ((e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) && !e.isShortcutDown()) {
                int focused = table.getFocusModel().getFocusedIndex();
                if (tree.line(focused).folds()) { // as a tree folds: ← closes, → opens
                    fold(focused, e.getCode() == KeyCode.RIGHT);
                    e.consume();
                }
            }
        });
    }

    /** The selected rows that are tasks, in the table's order (a selection made upwards is not reversed). */
    private List<TaskRow> selectedTaskRows() {
        return table.getSelectionModel().getSelectedIndices().stream().sorted().map(table.getItems()::get)
                .filter(row -> row != null && !row.isHeading()).toList();
    }

    /**
     * The row's commands from the keyboard (the Menu key, Shift+F10), as a right-click offers them,
     * under the focused row.
     */
    void showRowMenu() {
        javafx.scene.control.ContextMenu keyboardMenu = rowMenu();
        if (keyboardMenu.isShowing()) {
            return;
        }
        int focused = table.getFocusModel().getFocusedIndex();
        javafx.scene.Node at = table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == focused && r.isVisible())
                .findFirst().orElse(table);
        javafx.geometry.Bounds b = at.localToScreen(at.getBoundsInLocal());
        if (b == null) {
            return;
        }
        keyboardMenu.show(at, b.getMinX() + 40, at == table ? b.getMinY() + 40 : b.getMaxY());
    }

    /**
     * The row's commands, one menu for every row (they act on the row chosen): a menu per row
     * made each row the table draws cost a dozen bound items.
     */
    private javafx.scene.control.ContextMenu rowMenu() {
        if (rowMenu == null) {
            rowMenu = actions.contextMenu(ROW_ACTIONS);
            rowMenu.setId("row-menu");
        }
        return rowMenu;
    }

    /** The selected rows onto the clipboard, the columns shown, as tab-separated text and an HTML table. */
    void copySelected() {
        List<RowsClipboard.Column> columns = new ArrayList<>();
        for (TableColumn<TaskRow, ?> c : table.getColumns()) {
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
        markTheSearch();
        List<TableColumn<TaskRow, TaskRow>> columns = columns(tree, marked, this::fold);
        for (TableColumn<TaskRow, TaskRow> column : columns) {
            column.widthProperty().addListener((o, was, now) -> saveColumns());
            column.visibleProperty().addListener((o, was, now) -> saveColumns());
        }
        table.getColumns().setAll(columns);
        // the columns shown share the table's width (widths kept are proportions): nothing falls off a 1024 screen
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addListener((ListChangeListener<TableColumn<TaskRow, ?>>) c -> saveColumns());
        table.setSortPolicy(t -> {
            sortTree();
            return true;
        });
    }

    /** The columns the clerk keeps, in their order and widths, their cells marking {@code query}'s words. */
    private List<TableColumn<TaskRow, TaskRow>> columns(LedgerTree outline, javafx.beans.value.ObservableStringValue query,
            java.util.function.BiConsumer<Integer, Boolean> fold) {
        List<TableColumn<TaskRow, TaskRow>> columns = new ArrayList<>();
        for (LedgerColumns.Layout layout : LedgerColumns.read(prefs.get(COLUMNS).orElse(null))) {
            LedgerColumns.Spec spec = LedgerColumns.spec(layout.code());
            TableColumn<TaskRow, TaskRow> column = new TableColumn<>(spec.header());
            column.setId("column-" + spec.code()); // distinct from the form's field ids
            column.setUserData(spec.code());
            column.setPrefWidth(layout.width());
            column.setMinWidth(spec.minWidth());
            column.setVisible(layout.shown());
            column.setSortable(spec.order() != null);
            // A cell gets its whole row, so what it shows never comes from a recycled row.
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            // the outline's depth and arrows go in the 序号 column, where a clerk looks for a task's place
            LedgerTree drawn = spec.code().equals("number") ? outline : null;
            column.setCellFactory(c -> new LedgerCell(spec, query, drawn, fold));
            columns.add(column);
        }
        return columns;
    }

    /**
     * Lays this table out on made-up rows while it is hidden (no ledger open: the welcome view
     * shows), one pass a frame, each on other rows of them at other places, as a search moves rows
     * about, and empties it again after each: the rows and cells it makes stay with the table, and
     * the first ledger shown reuses them instead of making and styling each; and the JVM has compiled
     * the styling and layout of rows by the first search (decision 0033; docs/PERFORMANCE.md). The
     * odd passes search the made-up rows, as a clerk types, and the cells mark the words (the even
     * ones, and all when no title is long enough to search for, lay out runs of the rows). Starts
     * after the window's first showing; stops when a ledger is shown or being read.
     */
    private void practise() {
        LedgerViewModel practice = new LedgerViewModel();
        practice.show(LedgerViewModel.practice(vm.today())); // the program's clock, as the ledger's rows use
        List<TaskRow> made = List.copyOf(practice.visibleRows());
        List<String> typed = practiceSearches(made, PRACTICE_PASSES / 2);
        new javafx.animation.AnimationTimer() {
            private int pass;

            @Override
            public void handle(long now) {
                if (vm.ledgerOpenProperty().get() || !vm.table().visibleRows().isEmpty() || pass == PRACTICE_PASSES
                        || pass > 0 && vm.busyProperty().get()) {
                    stop(); // a ledger came, or is being read: the cores are its (the first pass made the cells)
                    return;
                }
                if (pass == 0) { // all the rows, once: the cells a ledger read meanwhile will reuse
                    layOut("", made);
                } else if (pass % 2 == 1 && !typed.isEmpty()) {
                    // what the words less their last character find, then what the words find; both marked
                    String words = typed.get(pass / 2 % typed.size());
                    practice.searchProperty().set(words.substring(0, words.length() - 1));
                    List<TaskRow> before = List.copyOf(practice.visibleRows());
                    practice.searchProperty().set(words);
                    layOut(words, before, List.copyOf(practice.visibleRows()));
                } else { // runs of them, one after another: rows moved, as a search moves them
                    layOut("", made.subList(pass % 7, made.size() - pass % 5),
                            made.subList((pass + 1) % 7, made.size() - (pass + 1) % 5));
                }
                pass++;
            }
        }.start();
    }

    /**
     * Lays the table out on each of {@code shown} in turn, its cells marking {@code words}, then
     * empties it, choosing nothing, the search box's words marked again; see {@link #practise}.
     */
    @SafeVarargs
    private void layOut(String words, List<TaskRow>... shown) {
        syncingSelection = true;
        try {
            marked.unbind();
            marked.set(words);
            for (List<TaskRow> rows : shown) {
                tree.show(rows, null);
                table.applyCss();
                table.layout();
            }
            tree.show(List.of(), null);
            table.getSelectionModel().clearSelection();
        } finally {
            markTheSearch();
            syncingSelection = false;
        }
    }

    private void markTheSearch() {
        marked.bind(vm.table().searchProperty());
    }

    /**
     * What the practice types: the first two or three characters of up to {@code count} of the
     * made-up titles, each once (a pass searches one character fewer first, to narrow from).
     */
    static List<String> practiceSearches(List<TaskRow> made, int count) {
        java.util.Set<String> typed = new java.util.LinkedHashSet<>();
        for (TaskRow row : made) {
            String title = row.isHeading() ? "" : row.task().title();
            if (title.length() >= 3 && typed.size() < count) {
                typed.add(title.substring(0, 2 + typed.size() % 2));
            }
        }
        return List.copyOf(typed);
    }

    private static String code(TableColumn<TaskRow, ?> column) {
        return (String) column.getUserData();
    }

    private static String cellText(LedgerColumns.Spec spec, TaskRow row) {
        if (row == null) {
            return "";
        }
        if (row.isHeading()) {
            return spec.code().equals("title") ? LedgerTree.headingText(row) : "";
        }
        return spec.code().equals(LedgerColumns.LIGHT) ? row.light().label() : spec.text().apply(row.task());
    }

    /** Sorting keeps the outline: tasks are ordered among their siblings by the sort columns. */
    private void sortTree() {
        Comparator<TaskRow> order = null;
        for (TableColumn<TaskRow, ?> column : table.getSortOrder()) {
            LedgerColumns.Spec spec = LedgerColumns.spec(code(column));
            if (spec.order() == null) {
                continue;
            }
            Comparator<TaskRow> by = (a, b) -> spec.order().compare(a.task(), b.task());
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                by = by.reversed();
            }
            order = order == null ? by : order.thenComparing(by);
        }
        vm.sortTable(order, this::rebuildTree); // the printed ledger follows the table's order
    }

    private void rebuildTree() {
        List<TaskRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        syncingSelection = true;
        try {
            tree.ledgerRows(vm.table().allRows(), vm.table().ranking());
            tree.show(vm.table().visibleRows(), vm.table().order());
            if (chosen.size() > 1) { // rows chosen together stay chosen where they are still shown
                Set<Long> ids = new HashSet<>();
                chosen.stream().filter(r -> !r.isHeading()).forEach(r -> ids.add(r.id()));
                TaskRow focused = vm.selectedProperty().get();
                List<Integer> at = new ArrayList<>();
                for (int i = 0; i < tree.lines().size(); i++) { // one pass: a selection may be the whole ledger
                    TaskRow line = tree.lines().get(i);
                    if (!line.isHeading() && ids.contains(line.id()) && (focused == null || line.id() != focused.id())) {
                        at.add(i);
                    }
                }
                table.getSelectionModel().clearSelection();
                if (!at.isEmpty()) {
                    table.getSelectionModel().selectIndices(at.get(0), at.stream().skip(1).mapToInt(Integer::intValue).toArray());
                }
            }
        } finally {
            syncingSelection = false;
        }
        selectInTable(vm.selectedProperty().get());
    }

    private void selectInTable(TaskRow row) {
        if (row != null && indexOf(row) < 0 && !row.isHeading()) {
            syncingSelection = true; // the lines change under the selection: it is set again below
            try {
                tree.reveal(row.id()); // a task asked for under a folded line: unfold to it
            } finally {
                syncingSelection = false;
            }
        }
        int index = row == null ? -1 : indexOf(row);
        // the lines change in place: the selection may keep its index while the line there is another
        if (index >= 0 && index == table.getSelectionModel().getSelectedIndex()
                && table.getSelectionModel().getSelectedItem() == tree.lines().get(index)
                || index < 0 && table.getSelectionModel().getSelectedItem() == null) {
            return;
        }
        syncingSelection = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndices().size() > 1) {
                table.getSelectionModel().select(index); // among rows chosen together: the one in focus
            } else {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncingSelection = false;
        }
    }

    /** Where a task's row is among the lines (by its id: a row and its context form are one task); -1 if not shown. */
    private int indexOf(TaskRow row) {
        List<TaskRow> lines = tree.lines();
        for (int i = 0; i < lines.size(); i++) {
            TaskRow line = lines.get(i);
            if (line == row || line.isHeading() == row.isHeading()
                    && (row.isHeading() ? line.domain().equals(row.domain()) : line.id() == row.id())) {
                return i;
            }
        }
        return -1;
    }

    /** Folds ({@code open} false) or unfolds the line at {@code index}, the selection kept on the row it was on. */
    private void fold(int index, boolean open) {
        syncingSelection = true;
        try {
            tree.fold(index, open);
        } finally {
            syncingSelection = false;
        }
        TaskRow selected = vm.selectedProperty().get();
        if (selected != null && indexOf(selected) < 0) {
            table.getSelectionModel().clearAndSelect(index); // the row folded away: its line, the view following
        } else {
            selectInTable(selected);
        }
    }

    private void saveColumns() {
        List<LedgerColumns.Layout> layout = new ArrayList<>();
        for (TableColumn<TaskRow, ?> c : table.getColumns()) {
            layout.add(new LedgerColumns.Layout(code(c), c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth(),
                    c.isVisible()));
        }
        prefs.put(COLUMNS, LedgerColumns.write(layout));
    }

    /** A row of the table: headings, context rows and withdrawn tasks look different; right-click offers the commands. */
    private final class LedgerRow extends TableRow<TaskRow> {
        LedgerRow() {
            // a double-click opens a task, and folds or unfolds a heading
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty() && getItem() != null) {
                    e.consume();
                    if (getItem().isHeading()) {
                        fold(getIndex(), !tree.line(getIndex()).open());
                    } else {
                        vm.command(StandardAction.EDIT_TASK).execute();
                    }
                }
            });
            setContextMenu(rowMenu());
        }

        /**
         * Placed by the table, after the lines changed or from its spare rows: a row given the same
         * row as before is not given it again, and cells the search passed by (their line was
         * changing: {@link LedgerCell#lineKept}) mark the search shown now.
         */
        @Override
        public void updateIndex(int i) {
            super.updateIndex(i);
            for (javafx.scene.Node n : getChildrenUnmodifiable()) {
                if (n instanceof LedgerCell cell) {
                    cell.markAnew();
                }
            }
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
     * row as tall as the lines it needs. The 序号 column's cells also draw the outline: each line
     * set in by its depth, with an arrow that folds it when rows are under it.
     */
    private static final class LedgerCell extends TableCell<TaskRow, TaskRow> {
        private static final double MAX_LINES_HEIGHT = 64;
        /** How far each level of the outline is set in. */
        private static final double INDENT = 16;
        private final LedgerColumns.Spec spec;
        private final Label label = new Label();
        /** Made when a row first needs them: most rows have no request nor 督办单, and a tooltip costs a popup. */
        private Label badge;
        /** A bell in the level's colour: a 督办单 not yet answered. */
        private Label noticeBadge;
        private org.kordamp.ikonli.javafx.FontIcon bell;
        private String bellStyle;
        /** Wrapped text, the search's hits marked in it (columns that wrap). */
        private final HitText hit;
        private final javafx.beans.value.ObservableStringValue query;
        /**
         * The title column's: the wrapped text with a note under it, shown only when the search finds
         * the row in columns not shown. Both stay in the cell, the note hidden: a node put in or moved
         * is styled anew, and the note came and went on most keystrokes.
         */
        private final Text elsewhereNote;
        private final javafx.scene.layout.VBox withNote;
        /** The status with its badges beside it. Kept: new nodes are styled anew. */
        private javafx.scene.layout.HBox badges;
        /**
         * A row kept from one search to the next is not given to its cells again: the cells shown
         * mark the new search's words themselves (and only they: the table's other rows have no cells).
         * A cell whose line changed is given its new row in the next layout and drawn then.
         */
        private final javafx.beans.InvalidationListener searched = o -> {
            if (lineKept()) {
                draw(getItem(), isEmpty());
            }
        };
        /** The search this cell's marks are for. */
        private String markedFor;
        /** The outline, in the column that draws it; null in the others. */
        private final LedgerTree outline;
        private final java.util.function.BiConsumer<Integer, Boolean> fold;
        private javafx.scene.layout.HBox lineBox;
        private Label arrow;
        private org.kordamp.ikonli.javafx.FontIcon arrowIcon;
        private LedgerTree.Line drawnLine;
        /** A row stays while rows under it come and go: its arrow is redrawn when its line changes. */
        private final javafx.beans.InvalidationListener reshaped = o -> {
            if (!isEmpty() && getItem() != null && !outlineLine().equals(drawnLine)) {
                draw(getItem(), false);
            }
        };

        LedgerCell(LedgerColumns.Spec spec, javafx.beans.value.ObservableStringValue query, LedgerTree outline,
                java.util.function.BiConsumer<Integer, Boolean> fold) {
            this.spec = spec;
            this.query = query;
            this.outline = outline;
            this.fold = fold;
            if (outline != null) {
                outline.shownProperty().addListener(new javafx.beans.WeakInvalidationListener(reshaped));
            }
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (spec.wraps()) {
                query.addListener(new javafx.beans.WeakInvalidationListener(searched));
                hit = new HitText();
                Text text = hit.text();
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.getStyleClass().add(Css.CELL_TEXT);
                Rectangle clip = new Rectangle();
                clip.widthProperty().bind(widthProperty());
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
            } else {
                hit = null;
            }
            if (hit != null && spec.code().equals("title")) {
                elsewhereNote = new Text();
                elsewhereNote.getStyleClass().add("search-elsewhere");
                noted(false);
                withNote = new javafx.scene.layout.VBox(2, hit, elsewhereNote);
            } else {
                elsewhereNote = null;
                withNote = null;
            }
        }

        private LedgerTree.Line outlineLine() {
            outline.shownProperty().get(); // read, so that the next showing tells this cell again
            return outline.line(getIndex());
        }

        /**
         * Under a task's title, when the search finds it only in columns not shown ("在“配合单位”中找到"):
         * so a row found through its partner units does not look like a wrong hit.
         */
        private String foundElsewhere(Task task) {
            String q = query.get();
            if (q == null || q.isBlank() || getTableView() == null) {
                return "";
            }
            Set<Object> shownColumns = new HashSet<>();
            for (TableColumn<TaskRow, ?> c : getTableView().getVisibleLeafColumns()) {
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
        protected void updateItem(TaskRow item, boolean empty) {
            super.updateItem(item, empty);
            draw(item, empty);
        }

        /**
         * Whether the line at this cell's place is still the row it shows (as the table compares
         * rows: then it gives the cell nothing new). The search's listener runs after the lines
         * have changed, so a cell about to be given another row is not drawn twice.
         */
        private boolean lineKept() {
            List<TaskRow> lines = getTableView() == null ? null : getTableView().getItems();
            int i = getIndex();
            return lines == null || i < 0 || i >= lines.size() || java.util.Objects.equals(lines.get(i), getItem());
        }

        /** Draws the cell again if it was drawn for another search; see {@link LedgerRow#updateIndex}. */
        void markAnew() {
            if (hit != null && !java.util.Objects.equals(markedFor, query.get())) {
                draw(getItem(), isEmpty());
            }
        }

        private void draw(TaskRow row, boolean empty) {
            markedFor = query.get();
            setText(null);
            javafx.scene.Node content = empty || row == null ? null : content(row);
            if (outline == null || empty || row == null) {
                drawnLine = null;
                setGraphic(content);
                return;
            }
            drawnLine = outlineLine();
            setGraphic(outlined(content, drawnLine));
        }

        /** What the cell shows of {@code row}; null for nothing. */
        private javafx.scene.Node content(TaskRow row) {
            String shown = cellText(spec, row);
            if (shown.isEmpty()) {
                return null;
            }
            if (hit != null && !row.isHeading()) {
                hit.show(shown, query.get());
                if (withNote == null) {
                    return hit;
                }
                String elsewhere = foundElsewhere(row.task());
                if (!elsewhere.equals(elsewhereNote.getText())) {
                    elsewhereNote.setText(elsewhere);
                }
                noted(!elsewhere.isEmpty());
                return withNote;
            }
            label.setText(shown);
            if (row.isHeading()) {
                styled(label, Css.CELL_TEXT);
            } else if (spec.code().equals("status")) {
                styled(label, Css.STATUS, Css.status(row.task().status()));
                if (row.requested() || row.notice() != null) { // a request or a 督办单 open on it: beside its status
                    if (badges == null) {
                        badges = new javafx.scene.layout.HBox(4);
                    }
                    List<javafx.scene.Node> beside = new ArrayList<>(List.of(label));
                    if (row.requested()) {
                        beside.add(requestBadge());
                    }
                    if (row.notice() != null) {
                        beside.add(noticeBadge(row.notice()));
                    }
                    lay(badges, beside.toArray(javafx.scene.Node[]::new));
                    return badges;
                }
            } else if (spec.code().equals(LedgerColumns.LIGHT)) {
                styled(label, Css.LIGHT, Css.light(row.light()));
            } else {
                styled(label, Css.CELL_TEXT);
            }
            return label;
        }

        /** Shows the note under the title, or hides it and the room it takes. */
        private void noted(boolean shown) {
            if (elsewhereNote.isManaged() != shown) {
                elsewhereNote.setManaged(shown);
                elsewhereNote.setVisible(shown);
            }
        }

        /** Puts {@code children} in {@code box}, unless they are there already: moving nodes restyles them. */
        private static void lay(javafx.scene.layout.Pane box, javafx.scene.Node... children) {
            if (!box.getChildren().equals(List.of(children))) {
                box.getChildren().setAll(children);
            }
        }

        /** Sets a node's style classes, unless they are those already: setting them anew restyles it. */
        private static void styled(javafx.scene.Node node, String... classes) {
            if (!node.getStyleClass().equals(List.of(classes))) {
                node.getStyleClass().setAll(classes);
            }
        }

        /** An icon, not words: the status column is narrow, and the status must stay readable. */
        private Label requestBadge() {
            if (badge == null) {
                badge = new Label();
                badge.getStyleClass().setAll(Css.REQUEST_BADGE);
                badge.setGraphic(new org.kordamp.ikonli.javafx.FontIcon("mdi2f-file-document-edit-outline"));
                badge.setTooltip(new javafx.scene.control.Tooltip(I18n.text("ledger.requestBadge")));
            }
            return badge;
        }

        private Label noticeBadge(org.taizhang.core.notice.NoticeLevel level) {
            if (noticeBadge == null) {
                bell = new org.kordamp.ikonli.javafx.FontIcon("mdi2b-bell-alert");
                // the style the icon sets itself (its font), kept when the colour is added
                bellStyle = bell.getStyle() == null || bell.getStyle().isEmpty() ? ""
                        : bell.getStyle().endsWith(";") ? bell.getStyle() : bell.getStyle() + ";";
                noticeBadge = new Label();
                noticeBadge.getStyleClass().setAll(Css.NOTICE_BADGE);
                noticeBadge.setGraphic(bell);
                noticeBadge.setTooltip(new javafx.scene.control.Tooltip());
            }
            // inline: the table's stylesheet colours every icon in a cell alike
            bell.setStyle(bellStyle + "-fx-icon-color: #" + level.rgb() + ";");
            noticeBadge.getTooltip().setText(I18n.text("ledger.noticeBadge", level.label()));
            return noticeBadge;
        }

        /** {@code content} set in by the line's depth, after an arrow if rows are under it. */
        private javafx.scene.Node outlined(javafx.scene.Node content, LedgerTree.Line line) {
            if (lineBox == null) {
                arrowIcon = new org.kordamp.ikonli.javafx.FontIcon("mdi2m-menu-down");
                arrow = new Label(null, arrowIcon);
                arrow.getStyleClass().add("outline-arrow");
                arrow.setMinWidth(INDENT);
                arrow.setPrefWidth(INDENT);
                arrow.setOnMousePressed(e -> {
                    int index = getIndex();
                    if (e.getButton() == MouseButton.PRIMARY && outline.line(index).folds()) {
                        e.consume(); // folding does not select the row, as in a tree
                        fold.accept(index, !outline.line(index).open());
                    }
                });
                lineBox = new javafx.scene.layout.HBox(2);
                lineBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT); // the arrow beside the number
                lineBox.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // at the top of a tall row, as the text
            }
            arrow.setVisible(line.folds());
            arrowIcon.setIconLiteral(line.open() ? "mdi2m-menu-down" : "mdi2m-menu-right");
            double indent = line.depth() * INDENT;
            if (lineBox.getPadding().getLeft() != indent) {
                lineBox.setPadding(new javafx.geometry.Insets(0, 0, 0, indent));
            }
            if (content == null) {
                lay(lineBox, arrow);
            } else {
                lay(lineBox, arrow, content);
            }
            return lineBox;
        }
    }
}
