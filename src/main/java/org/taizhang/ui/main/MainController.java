package org.taizhang.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.taizhang.core.I18n;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.ui.UserPrefs;

/**
 * Binds the main window (fxml/MainWindow.fxml) to its view model: the menus and toolbar to the
 * commands, the filters to the table's view model, the table to the rows, the side pane to the
 * selected task. File choosers and window layout are the only things decided here.
 */
public final class MainController {
    private static final PseudoClass HEADING = PseudoClass.getPseudoClass("heading");
    private static final PseudoClass CONTEXT = PseudoClass.getPseudoClass("context");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final String COLUMNS = "columns";

    private final MainViewModel vm;
    private final UserPrefs prefs;
    private final Set<String> collapsed = new HashSet<>();
    private final OtherWindows others;
    private boolean syncingSelection;

    @FXML private Menu recentMenu;
    @FXML private Menu exportMenu;
    @FXML private Menu reportMenu;
    @FXML private MenuItem backupsItem;
    @FXML private Button reportButton;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem importItem;
    @FXML private Button importButton;
    @FXML private Button cancelWork;
    @FXML private MenuItem closeItem;
    @FXML private MenuItem addItem;
    @FXML private MenuItem addChildItem;
    @FXML private MenuItem editItem;
    @FXML private MenuItem cancelItem;
    @FXML private MenuItem mergeItem;
    @FXML private MenuItem splitItem;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem findItem;
    @FXML private MenuItem clearFiltersItem;
    @FXML private MenuItem logItem;
    @FXML private MenuItem compareItem;
    @FXML private MenuItem nowItem;
    @FXML private MenuItem settingsItem;
    @FXML private MenuItem referenceItem;
    @FXML private Button addButton;
    @FXML private Button addChildButton;
    @FXML private Button editButton;
    @FXML private Button cancelButton;
    @FXML private Button undoButton;
    @FXML private Button logButton;
    @FXML private Button compareButton;
    @FXML private Label asOfLabel;
    @FXML private DatePicker asOfPicker;
    @FXML private TextField search;
    @FXML private HBox filterBar;
    @FXML private CheckComboBox<String> domainFilter;
    @FXML private CheckComboBox<String> unitFilter;
    @FXML private CheckComboBox<Status> statusFilter;
    @FXML private CheckComboBox<Light> lightFilter;
    @FXML private CheckComboBox<Integer> yearFilter;
    @FXML private DatePicker deadlineFrom;
    @FXML private DatePicker deadlineTo;
    @FXML private HBox travelBar;
    @FXML private HBox suspectBar;
    @FXML private Label suspectText;
    @FXML private Label banner;
    @FXML private VBox welcome;
    @FXML private Label recentHeading;
    @FXML private ListView<String> recentList;
    @FXML private SplitPane ledgerPane;
    @FXML private TreeTableView<TaskRow> table;
    @FXML private GridPane detailGrid;
    @FXML private ListView<TaskDetailViewModel.Entry> timeline;
    @FXML private Label statusLabel;
    @FXML private Label busyLabel;
    @FXML private ProgressBar progress;

    /** The windows opened beside this one (log, comparison, reference lists, settings). */
    public interface OtherWindows {
        void log(Window owner);

        void compare(Window owner);

        void reference(Window owner);

        void settings(Window owner);

        /** The import wizard for departments' workbooks. */
        void importer(Window owner);

        /** An export of the open ledger. */
        void export(Window owner, Export what);

        /** The status report (报表): figures, charts, printing, PDF. */
        void report(Window owner);

        /** The ledger's backups, to restore one as a new ledger. */
        void backups(Window owner);

        /** The user guide, bundled with the program. */
        void guide(Window owner);

        /** Version, files and the bundled libraries' licences. */
        void about(Window owner);
    }

    /** What the 导出 menu writes. */
    public enum Export {
        LEDGER, UNITS, HISTORY
    }

    public MainController(MainViewModel vm, UserPrefs prefs, OtherWindows others) {
        this.vm = vm;
        this.prefs = prefs;
        this.others = others;
    }

    @FXML
    private void initialize() {
        vm.setDialogs(new FxMainDialogs(this::window, prefs));
        welcome.visibleProperty().bind(vm.ledgerOpenProperty().not());
        ledgerPane.visibleProperty().bind(vm.ledgerOpenProperty());
        show(filterBar, vm.ledgerOpenProperty());
        show(travelBar, vm.asOfProperty().isNotNull());
        show(suspectBar, vm.suspectProperty().isNotEmpty());
        suspectText.textProperty().bind(vm.suspectProperty());
        banner.textProperty().bind(vm.bannerProperty());
        statusLabel.textProperty().bind(vm.table().countsProperty());
        busyLabel.textProperty().bind(vm.busyMessageProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.progressProperty().bind(vm.background().progressProperty());
        cancelWork.visibleProperty().bind(vm.background().cancellableProperty());

        BooleanBinding open = vm.ledgerOpenProperty().not();
        BooleanBinding cannotEdit = vm.editableProperty().not();
        BooleanBinding noTask = cannotEdit.or(vm.taskSelectedProperty().not());
        BooleanBinding selectedClosed = Bindings.createBooleanBinding(() -> selectedTask() != null
                && (selectedTask().status() == Status.CANCELLED || selectedTask().status() == Status.MERGED),
                vm.selectedProperty());
        for (MenuItem m : List.of(saveAsItem, backupsItem, closeItem, findItem, clearFiltersItem, logItem, compareItem, settingsItem,
                referenceItem)) {
            m.disableProperty().bind(open);
        }
        reportMenu.disableProperty().bind(open);
        for (Button b : List.of(logButton, compareButton, reportButton)) {
            b.disableProperty().bind(open);
        }
        asOfPicker.disableProperty().bind(open);
        exportMenu.disableProperty().bind(open);
        search.disableProperty().bind(open);
        addItem.disableProperty().bind(cannotEdit);
        importItem.disableProperty().bind(cannotEdit);
        importButton.disableProperty().bind(cannotEdit);
        addButton.disableProperty().bind(cannotEdit);
        undoItem.disableProperty().bind(cannotEdit);
        undoButton.disableProperty().bind(cannotEdit);
        for (MenuItem m : List.of(addChildItem, editItem)) {
            m.disableProperty().bind(noTask);
        }
        addChildButton.disableProperty().bind(noTask);
        editButton.disableProperty().bind(noTask);
        for (MenuItem m : List.of(cancelItem, mergeItem, splitItem)) {
            m.disableProperty().bind(noTask.or(selectedClosed));
        }
        cancelButton.disableProperty().bind(noTask.or(selectedClosed));
        restoreItem.disableProperty().bind(noTask.or(selectedClosed.not()));
        nowItem.disableProperty().bind(vm.asOfProperty().isNull());

        search.textProperty().bindBidirectional(vm.table().searchProperty());
        filter(domainFilter, vm.table().domainChoices(), vm.table().domainFilter(), null);
        filter(unitFilter, vm.table().unitChoices(), vm.table().leadUnitFilter(), null);
        filter(statusFilter, javafx.collections.FXCollections.observableArrayList(Status.values()),
                vm.table().statusFilter(), Status::label);
        filter(lightFilter, javafx.collections.FXCollections.observableArrayList(Light.RED, Light.YELLOW, Light.GREEN),
                vm.table().lightFilter(), Light::label);
        filter(yearFilter, vm.table().yearChoices(), vm.table().yearFilter(), y -> y + I18n.text("filter.yearSuffix"));
        for (DatePicker picker : List.of(asOfPicker, deadlineFrom, deadlineTo)) {
            picker.setConverter(org.taizhang.ui.Describe.dayConverter());
        }
        deadlineFrom.valueProperty().bindBidirectional(vm.table().deadlineFromProperty());
        deadlineTo.valueProperty().bindBidirectional(vm.table().deadlineToProperty());
        asOfPicker.valueProperty().addListener((o, was, now) -> {
            if (now == null ? vm.asOfProperty().get() != null : !now.equals(vm.asOfProperty().get())) {
                vm.travelTo(now);
            }
        });
        vm.asOfProperty().addListener((o, was, now) -> asOfPicker.setValue(now));

        buildColumns();
        table.setRowFactory(t -> new LedgerRow());
        vm.table().visibleRows().addListener((ListChangeListener<TaskRow>) c -> rebuildTree());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncingSelection) {
                vm.selectedProperty().set(now == null ? null : now.getValue());
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> selectInTable(now));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !cancelButton.isDisabled()) {
                vm.cancelSelected();
            }
        });

        vm.detail().lines().addListener((ListChangeListener<TaskDetailViewModel.Line>) c -> showDetail());
        timeline.setItems(vm.detail().timeline());
        timeline.setCellFactory(l -> new TimelineCell());

        recentList.setItems(vm.recent());
        recentList.setOnMouseClicked(e -> {
            String chosen = recentList.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getClickCount() >= 1) {
                vm.open(Path.of(chosen));
            }
        });
        recentHeading.visibleProperty().bind(Bindings.isNotEmpty(vm.recent()));
        recentList.visibleProperty().bind(Bindings.isNotEmpty(vm.recent()));
        vm.recent().addListener((ListChangeListener<String>) c -> fillRecentMenu());
        fillRecentMenu();
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    /** A check-list filter kept in step with a set of the view model, both ways. */
    private static <T> void filter(CheckComboBox<T> box, javafx.collections.ObservableList<T> choices,
            ObservableSet<T> chosen, java.util.function.Function<T, String> label) {
        box.getItems().setAll(choices);
        choices.addListener((ListChangeListener<T>) c -> {
            box.getCheckModel().clearChecks();
            box.getItems().setAll(choices);
            chosen.forEach(box.getCheckModel()::check);
        });
        if (label != null) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T t) {
                    return t == null ? "" : label.apply(t);
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
        }
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            Set<T> now = new HashSet<>(box.getCheckModel().getCheckedItems());
            if (!now.equals(chosen)) {
                chosen.retainAll(now);
                chosen.addAll(now);
            }
        });
        chosen.addListener((SetChangeListener<T>) c -> {
            if (c.wasRemoved() && box.getCheckModel().isChecked(c.getElementRemoved())) {
                box.getCheckModel().clearCheck(c.getElementRemoved());
            }
            if (c.wasAdded() && !box.getCheckModel().isChecked(c.getElementAdded())) {
                box.getCheckModel().check(c.getElementAdded());
            }
        });
    }

    // ---- the table -----------------------------------------------------------------------------

    private void buildColumns() {
        List<TreeTableColumn<TaskRow, TreeItem<TaskRow>>> columns = new ArrayList<>();
        for (LedgerColumns.Layout layout : LedgerColumns.read(prefs.get(COLUMNS).orElse(null))) {
            LedgerColumns.Spec spec = LedgerColumns.spec(layout.code());
            TreeTableColumn<TaskRow, TreeItem<TaskRow>> column = new TreeTableColumn<>(spec.header());
            column.setId("column-" + spec.code()); // distinct from the form's field ids
            column.setUserData(spec.code());
            column.setPrefWidth(layout.width());
            column.setVisible(layout.shown());
            column.setSortable(spec.order() != null);
            // A cell gets its whole tree item, so what it shows never comes from a recycled row.
            column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new LedgerCell(spec));
            column.widthProperty().addListener((o, was, now) -> saveColumns());
            column.visibleProperty().addListener((o, was, now) -> saveColumns());
            columns.add(column);
        }
        table.getColumns().setAll(columns);
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
        if (table.getRoot() == null) {
            return;
        }
        java.util.Comparator<TaskRow> order = null;
        for (TreeTableColumn<TaskRow, ?> column : table.getSortOrder()) {
            LedgerColumns.Spec spec = LedgerColumns.spec(code(column));
            if (spec.order() == null) {
                continue;
            }
            java.util.Comparator<TaskRow> by = (a, b) -> spec.order().compare(a.task(), b.task());
            if (column.getSortType() == TreeTableColumn.SortType.DESCENDING) {
                by = by.reversed();
            }
            order = order == null ? by : order.thenComparing(by);
        }
        if (order == null) {
            rebuildTree();
            return;
        }
        java.util.Comparator<TaskRow> byTask = order;
        sortChildren(table.getRoot(), byTask);
    }

    private static void sortChildren(TreeItem<TaskRow> item, java.util.Comparator<TaskRow> order) {
        for (TreeItem<TaskRow> child : item.getChildren()) {
            sortChildren(child, order);
        }
        if (!item.getChildren().isEmpty() && !item.getChildren().get(0).getValue().isHeading()) {
            item.getChildren().sort((a, b) -> order.compare(a.getValue(), b.getValue()));
        }
    }

    private void rebuildTree() {
        syncingSelection = true;
        try {
            table.setRoot(LedgerTree.build(vm.table().visibleRows(), collapsed));
        } finally {
            syncingSelection = false;
        }
        if (!table.getSortOrder().isEmpty()) {
            sortTree();
        }
        selectInTable(vm.selectedProperty().get());
    }

    private void selectInTable(TaskRow row) {
        if (table.getRoot() == null) {
            return;
        }
        TreeItem<TaskRow> item = row == null ? null : find(table.getRoot(), row.id());
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

    /** A row of the table: headings, context rows and closed tasks look different; right-click offers the commands. */
    private final class LedgerRow extends TreeTableRow<TaskRow> {
        LedgerRow() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !editButton.isDisabled()) {
                    vm.editSelected();
                }
            });
            ContextMenu menu = new ContextMenu();
            for (MenuItem source : List.of(editItem, addChildItem, cancelItem, mergeItem, splitItem, restoreItem)) {
                MenuItem copy = new MenuItem(source.getText());
                copy.disableProperty().bind(source.disableProperty());
                copy.setOnAction(source.getOnAction());
                menu.getItems().add(copy);
            }
            setContextMenu(menu);
        }

        @Override
        protected void updateItem(TaskRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(HEADING, !empty && row != null && row.isHeading());
            pseudoClassStateChanged(CONTEXT, !empty && row != null && row.context());
            pseudoClassStateChanged(CLOSED, !empty && row != null && !row.isHeading()
                    && (row.task().status() == Status.CANCELLED || row.task().status() == Status.MERGED));
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
        private final Text text = new Text();

        LedgerCell(LedgerColumns.Spec spec) {
            this.spec = spec;
            if (spec.wraps()) {
                text.wrappingWidthProperty().bind(widthProperty().subtract(12));
                text.getStyleClass().add("cell-text");
                Rectangle clip = new Rectangle();
                clip.widthProperty().bind(widthProperty());
                clip.heightProperty().bind(heightProperty());
                setClip(clip);
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.min(super.computePrefHeight(width), MAX_LINES_HEIGHT);
        }

        @Override
        protected void updateItem(TreeItem<TaskRow> item, boolean empty) {
            super.updateItem(item, empty);
            String shown = empty ? "" : cellText(spec, item);
            setText(null);
            if (shown.isEmpty()) {
                setGraphic(null);
                return;
            }
            TaskRow row = item.getValue();
            if (spec.wraps() && !row.isHeading()) {
                text.setText(shown);
                setGraphic(text);
                return;
            }
            label.setText(shown);
            if (row.isHeading()) {
                label.getStyleClass().setAll("cell-text");
            } else if (spec.code().equals("status")) {
                label.getStyleClass().setAll("status", "status-" + row.task().status().name().toLowerCase(Locale.ROOT));
            } else if (spec.code().equals(LedgerColumns.LIGHT)) {
                label.getStyleClass().setAll("light", "light-" + row.light().name().toLowerCase(Locale.ROOT));
            } else {
                label.getStyleClass().setAll("cell-text");
            }
            setGraphic(label);
        }
    }

    // ---- the side pane -------------------------------------------------------------------------

    private void showDetail() {
        detailGrid.getChildren().clear();
        int rowIndex = 0;
        for (TaskDetailViewModel.Line line : vm.detail().lines()) {
            Label name = new Label(line.label());
            name.getStyleClass().add("detail-name");
            Label value = new Label(line.value());
            value.setWrapText(true);
            value.getStyleClass().add("detail-value");
            detailGrid.addRow(rowIndex++, name, value);
        }
    }

    /** An adjustment in the selected task's timeline: heading, reason, changed fields. */
    private static final class TimelineCell extends ListCell<TaskDetailViewModel.Entry> {
        @Override
        protected void updateItem(TaskDetailViewModel.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            Label heading = new Label(entry.heading());
            heading.getStyleClass().add("timeline-heading");
            box.getChildren().add(heading);
            if (!entry.note().isEmpty()) {
                Label note = new Label(entry.note());
                note.setWrapText(true);
                note.getStyleClass().add("timeline-note");
                box.getChildren().add(note);
            }
            for (String change : entry.changes()) {
                Label line = new Label(change);
                line.setWrapText(true);
                line.getStyleClass().add("timeline-change");
                box.getChildren().add(line);
            }
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
        }
    }

    private Task selectedTask() {
        TaskRow row = vm.selectedProperty().get();
        return row == null || row.isHeading() ? null : row.task();
    }

    // ---- commands ------------------------------------------------------------------------------

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (String path : vm.recent()) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> vm.open(Path.of(path)));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(vm.recent().isEmpty());
    }

    @FXML
    private void onNew() {
        vm.askNewLedger().ifPresent(chosen -> {
            FileChooser chooser = chooser();
            chooser.setInitialFileName(chosen.title() + ".taizhang");
            File file = chooser.showSaveDialog(window());
            if (file != null) {
                vm.create(withExtension(file.toPath()), chosen.title(), chosen.year());
            }
        });
    }

    @FXML
    private void onOpen() {
        File file = chooser().showOpenDialog(window());
        if (file != null) {
            vm.open(file.toPath());
        }
    }

    @FXML
    private void onSample() {
        vm.openSample();
    }

    @FXML
    private void onSaveAs() {
        File file = chooser().showSaveDialog(window());
        if (file != null) {
            vm.saveAs(withExtension(file.toPath()));
        }
    }

    @FXML
    private void onClose() {
        vm.close();
    }

    @FXML
    private void onExit() {
        window().hide();
    }

    @FXML
    private void onAddTask() {
        vm.addTask();
    }

    @FXML
    private void onAddChild() {
        vm.addChildTask();
    }

    @FXML
    private void onEdit() {
        vm.editSelected();
    }

    @FXML
    private void onCancelTask() {
        vm.cancelSelected();
    }

    @FXML
    private void onMerge() {
        vm.mergeSelected();
    }

    @FXML
    private void onSplit() {
        vm.splitSelected();
    }

    @FXML
    private void onRestore() {
        vm.restoreSelected();
    }

    @FXML
    private void onUndo() {
        vm.undo();
    }

    @FXML
    private void onFind() {
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    private void onClearFilters() {
        vm.table().clearFilters();
    }

    @FXML
    private void onBackToNow() {
        vm.travelTo(null);
    }

    @FXML
    private void onLog() {
        others.log(window());
    }

    @FXML
    private void onCompare() {
        others.compare(window());
    }

    @FXML
    private void onReport() {
        others.report(window());
    }

    @FXML
    private void onReference() {
        others.reference(window());
    }

    @FXML
    private void onImport() {
        others.importer(window());
    }

    @FXML
    private void onExportLedger() {
        others.export(window(), Export.LEDGER);
    }

    @FXML
    private void onExportUnits() {
        others.export(window(), Export.UNITS);
    }

    @FXML
    private void onExportHistory() {
        others.export(window(), Export.HISTORY);
    }

    @FXML
    private void onCancelWork() {
        vm.background().cancel();
    }

    @FXML
    private void onSettings() {
        others.settings(window());
    }

    @FXML
    private void onBackups() {
        others.backups(window());
    }

    @FXML
    private void onGuide() {
        others.guide(window());
    }

    @FXML
    private void onAbout() {
        others.about(window());
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.text("file.filter"), "*.taizhang"));
        return chooser;
    }

    private static Path withExtension(Path p) {
        return p.getFileName().toString().endsWith(".taizhang") ? p : p.resolveSibling(p.getFileName() + ".taizhang");
    }

    private Window window() {
        return table.getScene().getWindow();
    }
}
