package org.taizhang.ui.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.importing.Column;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.ImportPlanner;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.Mappings;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.RowError;
import org.taizhang.exchange.importing.SheetData;
import org.taizhang.exchange.importing.SheetLayout;
import org.taizhang.exchange.importing.WorkbookReader;
import org.taizhang.exchange.read.CellRef;
import org.taizhang.exchange.read.SheetInfo;
import org.taizhang.exchange.read.WorkbookSource;
import org.taizhang.exchange.read.Workbooks;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;
import org.taizhang.ui.UserPrefs;

/**
 * The import wizard: the departments' workbooks the clerk adds, each read (off the FX thread, with
 * progress, cancellable) into a plan of what it would change; how it was read (sheet, header,
 * 填报单位, the column mapping, which the clerk may correct); the rows to import, ticked by
 * default for new and changed tasks, not for conflicts; and the import itself, one adjustment a
 * workbook, with a summary of what each unit sent. Nothing is written before the clerk imports,
 * and a read-only ledger is read and planned but never written.
 */
public final class ImportWizardViewModel {

    /** Where a workbook is on its way into the ledger. */
    public enum State {
        WAITING, READING, FAILED, READ, IMPORTED
    }

    private static final Set<String> WORKBOOK_ENDINGS = Set.of("xlsx", "xls", "et");
    /** A new task's fields worth showing in the plan, besides its 序号 and title (in their own columns). */
    private static final List<TaskField> NEW_TASK_FIELDS = List.of(TaskField.DOMAIN, TaskField.MEASURES,
            TaskField.LEAD_UNITS, TaskField.PARTNER_UNITS, TaskField.LEADER, TaskField.CONTACT, TaskField.DEADLINE,
            TaskField.DELIVERABLE, TaskField.STATUS, TaskField.PROGRESS, TaskField.PROBLEMS, TaskField.NEXT_STEPS,
            TaskField.TARGET, TaskField.ACTUAL, TaskField.UNIT, TaskField.REMARKS);

    /** A workbook in the list: its file, how far it got, and (once read) its plan and the clerk's choices. */
    public static final class Workbook {
        private final Path path;
        private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
        private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(I18n.text("importer.state.waiting"));
        private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
        /** The sheet the clerk chose; null lets the reader pick the one that looks like a ledger. */
        private String sheet;
        /** The mapping the clerk set by hand; null lets the reader find it (or remember it). */
        private Map<Integer, Column> mapping;
        private List<String> sheetNames = List.of();
        private SheetData data;
        private ImportPlan plan;
        /** The ledger's tasks the plan was made against, to name them. */
        private Map<Long, Task> tasks = Map.of();
        private final Set<Integer> excluded = new HashSet<>();
        private String problem = "";
        private Adjustment adjustment;

        Workbook(Path path) {
            this.path = path;
        }

        public Path path() {
            return path;
        }

        public String name() {
            return path.getFileName().toString();
        }

        public State state() {
            return state.get();
        }

        /** 待读取 / 正在读取 / 无法读取：… / N 项改动 / 已导入（第 N 次调整）. */
        public ReadOnlyStringProperty stateTextProperty() {
            return stateText.getReadOnlyProperty();
        }

        /** A remark on the last thing that happened to it (a cancelled read, a plan made again), or empty. */
        public ReadOnlyStringProperty noteProperty() {
            return note.getReadOnlyProperty();
        }

        /** The workbook as read; null until read. */
        public SheetData data() {
            return data;
        }

        /** What importing it would do; null until read. */
        public ImportPlan plan() {
            return plan;
        }

        /** The Excel rows the clerk leaves out. */
        public Set<Integer> excluded() {
            return Set.copyOf(excluded);
        }

        /** Why it could not be read, or empty. */
        public String problem() {
            return problem;
        }

        /** The adjustment its import wrote, if it wrote one. */
        public Optional<Adjustment> adjustment() {
            return Optional.ofNullable(adjustment);
        }

        private void set(State s, String text) {
            state.set(s);
            stateText.set(text);
        }

        @Override
        public String toString() {
            return name();
        }
    }

    /** A row of the plan: ticked to be imported or not, and what it would do. */
    public static final class EntryRow {
        private final ImportPlan.Entry entry;
        private final BooleanProperty included;
        private final String changes;

        EntryRow(ImportPlan.Entry entry, boolean included, String changes) {
            this.entry = entry;
            this.included = new SimpleBooleanProperty(included);
            this.changes = changes;
        }

        public ImportPlan.Entry entry() {
            return entry;
        }

        public ImportPlan.Kind kind() {
            return entry.kind();
        }

        /** Ticked: imported. Unticking leaves the row out of the adjustment. */
        public BooleanProperty includedProperty() {
            return included;
        }

        /** A row that changes nothing cannot be imported, so it cannot be ticked. */
        public boolean selectable() {
            return entry.kind() != ImportPlan.Kind.UNCHANGED;
        }

        public String kindLabel() {
            return kindLabel(entry.kind());
        }

        static String kindLabel(ImportPlan.Kind kind) {
            return I18n.text("importer.kind." + kind.name().toLowerCase(Locale.ROOT));
        }

        /** The style class of its kind's coloured label (import-kind-new …). */
        public String kindStyle() {
            return "import-kind-" + entry.kind().name().toLowerCase(Locale.ROOT);
        }

        /** How it was matched to the ledger: by the hidden id, by 序号, by a similar title; empty for new tasks. */
        public String matchedBy() {
            return entry.matchedBy().isEmpty() ? "" : I18n.text("importer.matched." + entry.matchedBy());
        }

        public int excelRow() {
            return entry.row().row();
        }

        public String number() {
            Task t = entry.task() != null ? entry.task() : entry.proposed();
            return t.number().text();
        }

        public String title() {
            Task t = entry.task() != null ? entry.task() : entry.proposed();
            return t.title();
        }

        /** What it changes, a line a field ("进展情况：… → …"). */
        public String changes() {
            return changes;
        }
    }

    /** A row the reader could not take, and why. */
    public record ErrorRow(String sheet, int row, String column, String header, String value, String why) {
        static ErrorRow of(RowError e) {
            return new ErrorRow(e.sheet(), e.row(), e.column(), e.header(), e.value(), e.message());
        }
    }

    /** A task of the ledger the workbook should have reported on and did not (缺报). */
    public record MissingRow(String number, String title, String leadUnits, String deadline, String status) {
        static MissingRow of(Task t) {
            return new MissingRow(t.number().text(), t.title(), t.leadUnits().text(), t.deadline().text(),
                    t.status().label());
        }
    }

    /** A column of the sheet: its letter, its header, and the field it is read into (the clerk may change it). */
    public static final class MappingRow {
        private final int column;
        private final String header;
        private final String field;

        MappingRow(int column, String header, String field) {
            this.column = column;
            this.header = header;
            this.field = field;
        }

        public int column() {
            return column;
        }

        public String letter() {
            return CellRef.column(column);
        }

        public String header() {
            return header;
        }

        /** The field's name, or （不导入）. */
        public String field() {
            return field;
        }
    }

    /**
     * What one unit's workbook brought, the line of the summary after importing: its rows (read or
     * not), the new and changed tasks imported, the conflicts left out, the rows in error, the
     * unit's tasks it did not report on, and the adjustment written.
     */
    public record SummaryRow(String file, String unit, int rows, long added, long changed, long conflictsLeft,
            int errors, int missing, String adjustment) {
    }

    /** What reading gives the FX thread. */
    private record Read(SheetData data, ImportPlan plan, Map<Long, Task> tasks) {
    }

    /** A read that failed, with the workbook's sheets when it could be opened (so another can be chosen). */
    private static final class ReadFailure extends LedgerException {
        private final List<String> sheets;

        ReadFailure(LedgerException reason, List<String> sheets) {
            super(reason, reason.key(), reason.message().args());
            this.sheets = sheets;
        }
    }

    /** What importing one workbook gives the FX thread: the adjustment written, or a plan made again. */
    private record Applied(Optional<Adjustment> adjustment, ImportPlan fresh, Map<Long, Task> tasks) {
        static Applied written(Optional<Adjustment> adjustment) {
            return new Applied(adjustment, null, Map.of());
        }

        static Applied stale(ImportPlan fresh, Map<Long, Task> tasks) {
            return new Applied(Optional.empty(), fresh, tasks);
        }

        boolean isStale() {
            return fresh != null;
        }
    }

    private final LedgerService service;
    private final Background background;
    private final UserPrefs prefs;
    private final Runnable onImported;
    private Supplier<Optional<String>> operatorPrompt = Optional::empty;

    private final ObservableList<Workbook> workbooks = FXCollections.observableArrayList(
            w -> new Observable[] {w.state, w.stateText, w.note});
    private final ObjectProperty<Workbook> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper detailIsProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper unit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reportDate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper planShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper planEditable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final ObservableList<ErrorRow> errors = FXCollections.observableArrayList();
    private final ObservableList<MissingRow> missing = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> fieldChoices = FXCollections.observableArrayList();
    private final Map<String, Column> columnOfChoice = new LinkedHashMap<>();
    private final ObservableList<SummaryRow> summary = FXCollections.observableArrayList();
    private final Map<Workbook, SummaryRow> summaryOf = new LinkedHashMap<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper operator = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImportOne = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImportAll = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRead = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper imports = new ReadOnlyIntegerWrapper(0);

    private final Deque<Workbook> queue = new ArrayDeque<>();
    /** True while the lists on screen are being filled, so their listeners do not take it for the clerk. */
    private boolean showing;
    private boolean closed;
    private int pendingImports;
    private int writtenInRound;
    private int importedInRound;

    public ImportWizardViewModel(LedgerService service, Background background, UserPrefs prefs, Runnable onImported) {
        this.service = service;
        this.background = background;
        this.prefs = prefs;
        this.onImported = onImported;
        String none = I18n.text("importer.mapping.none");
        fieldChoices.add(none);
        columnOfChoice.put(none, null);
        for (Column c : Column.values()) {
            String label = I18n.text(c.labelKey());
            fieldChoices.add(label);
            columnOfChoice.put(label, c);
        }
        operator.set(operatorText());
        selected.addListener((o, was, now) -> showSelected());
        sheet.addListener((o, was, now) -> {
            if (!showing && now != null) {
                chooseSheet(now);
            }
        });
        workbooks.addListener((javafx.collections.ListChangeListener<Workbook>) c -> {
            if (selected.get() == null) {
                showSelected(); // 请添加… or 在左边选择…
            }
            refreshCommands();
        });
        showSelected();
    }

    /** How the window asks for the operator's name when the preferences hold none. */
    public void setOperatorPrompt(Supplier<Optional<String>> prompt) {
        this.operatorPrompt = prompt;
    }

    /** Learns (off the FX thread) whether the ledger may be written; until it knows, nothing is imported. */
    public void start() {
        background.run("", service::isReadOnly, ro -> {
            readOnly.set(ro);
            ready.set(true);
            refreshCommands();
        }, this::fail);
    }

    /** The window closes: stop reading; what is queued stays unread. */
    public void close() {
        closed = true;
        queue.clear();
        if (reading.get()) {
            background.cancel();
        }
    }

    // ---- adding workbooks ----------------------------------------------------------------------

    /** Workbooks chosen in the file chooser. */
    public void addFiles(List<Path> files) {
        addPaths(files);
    }

    /** Every workbook (.xlsx, .xls, .et) in a folder, not Office's ~$ lock files, in name order. */
    public void addFolder(Path folder) {
        addPaths(List.of(folder));
    }

    /** Files and folders (dropped on the list, say); each folder stands for the workbooks in it. */
    public void addPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<Path> given = List.copyOf(paths);
        background.run(I18n.text("importer.busy.listing"), () -> expand(given), found -> {
            if (found.isEmpty()) {
                tell(I18n.text("importer.noWorkbooks", given.get(0).getFileName()), true);
                return;
            }
            add(found);
        }, this::fail);
    }

    private static List<Path> expand(List<Path> given) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f -> Files.isRegularFile(f) && isWorkbookName(f.getFileName().toString()))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isWorkbookName(String name) {
        int dot = name.lastIndexOf('.');
        return !name.startsWith("~$") && dot > 0
                && WORKBOOK_ENDINGS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private void add(List<Path> files) {
        Set<Path> known = new HashSet<>();
        workbooks.forEach(w -> known.add(w.path().toAbsolutePath().normalize()));
        Workbook first = null;
        for (Path f : files) {
            if (!known.add(f.toAbsolutePath().normalize())) {
                continue;
            }
            Workbook w = new Workbook(f);
            workbooks.add(w);
            queue.add(w);
            first = first == null ? w : first;
        }
        if (selected.get() == null && first != null) {
            selected.set(first);
        }
        tell("", false);
        readNext();
    }

    /** Takes a workbook off the list (not while it is being read). */
    public void remove(Workbook w) {
        if (w == null || w.state() == State.READING) {
            return;
        }
        int at = workbooks.indexOf(w);
        workbooks.remove(w);
        queue.remove(w);
        if (selected.get() == w) {
            selected.set(workbooks.isEmpty() ? null : workbooks.get(Math.min(at, workbooks.size() - 1)));
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /** Reads again the selected workbook, or the ones left unread (after a cancel). */
    public void readSelected() {
        Workbook w = selected.get();
        if (w == null || w.state() == State.READING) {
            return;
        }
        if (w.state() != State.WAITING) {
            reread(w);
            return;
        }
        for (Workbook each : workbooks) {
            if (each.state() == State.WAITING && !queue.contains(each)) {
                queue.add(each);
            }
        }
        readNext();
    }

    /** Stops the read that is running; it and the workbooks after it stay 待读取, nothing is written. */
    public void cancel() {
        queue.clear();
        if (reading.get()) {
            background.cancel();
        }
    }

    private void reread(Workbook w) {
        w.set(State.WAITING, I18n.text("importer.state.waiting"));
        queue.remove(w);
        queue.addFirst(w);
        readNext();
    }

    private void readNext() {
        if (reading.get()) {
            return;
        }
        Workbook w = queue.poll();
        while (w != null && (w.state() != State.WAITING || !workbooks.contains(w))) {
            w = queue.poll();
        }
        if (w == null || closed) {
            refreshCommands();
            return;
        }
        Workbook item = w;
        item.set(State.READING, I18n.text("importer.state.reading"));
        item.note.set("");
        reading.set(true);
        refreshCommands();
        if (item == selected.get()) {
            showSelected();
        }
        String sheetAsked = item.sheet;
        Map<Integer, Column> mappingSet = item.mapping == null ? null : Map.copyOf(item.mapping);
        background.runLong(I18n.text("importer.busy.reading", item.name()),
                progress -> read(item.path(), sheetAsked, mappingSet, progress),
                read -> {
                    reading.set(false);
                    showRead(item, read);
                    readNext();
                },
                e -> {
                    reading.set(false);
                    if (e instanceof CancellationException) {
                        queue.clear(); // the clerk stopped the reading, not just this workbook
                        item.set(State.WAITING, I18n.text("importer.state.waiting"));
                        item.note.set(I18n.text("importer.note.cancelled"));
                        tell(I18n.text("importer.cancelled", item.name()), false);
                    } else {
                        failed(item, e);
                    }
                    if (item == selected.get()) {
                        showSelected();
                    }
                    readNext();
                });
    }

    /** On the worker: the workbook read with the options the clerk chose, and planned against the ledger. */
    private Read read(Path file, String sheetAsked, Map<Integer, Column> mappingSet, Progress progress) {
        progress.check();
        int year = service.info().year();
        ReadOptions options = ReadOptions.of(year).remembered(Mappings.of(service)).sheet(sheetAsked)
                .mapping(mappingSet).progress(progress);
        SheetData data;
        try {
            data = WorkbookReader.read(file, options);
        } catch (LedgerException e) {
            throw new ReadFailure(e, sheetsOf(file));
        }
        progress.check();
        List<Task> tasks = service.tasks();
        ImportPlan plan = new ImportPlanner(tasks, service::historyOf, year).plan(data);
        return new Read(data, plan, byId(tasks));
    }

    /** The sheets of a workbook that opens but whose table was not found, so the clerk can pick one. */
    private static List<String> sheetsOf(Path file) {
        try (WorkbookSource source = Workbooks.open(file)) {
            return source.sheets().stream().map(SheetInfo::name).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static Map<Long, Task> byId(List<Task> tasks) {
        Map<Long, Task> out = new HashMap<>();
        tasks.forEach(t -> out.put(t.id(), t));
        return out;
    }

    private void showRead(Workbook w, Read read) {
        w.data = read.data();
        w.plan = read.plan();
        w.tasks = read.tasks();
        w.problem = "";
        w.sheet = read.data().sheet().name();
        w.sheetNames = read.data().sheets().stream().map(SheetInfo::name).toList();
        w.excluded.clear();
        w.excluded.addAll(Importer.defaultExclusions(read.plan()));
        w.set(State.READ, plannedText(read.plan()));
        if (w == selected.get()) {
            showSelected();
        }
        refreshCommands();
    }

    private void failed(Workbook w, Throwable e) {
        w.problem = Describe.problem(e);
        if (e instanceof ReadFailure f && !f.sheets.isEmpty()) {
            w.sheetNames = f.sheets;
        }
        w.data = null;
        w.plan = null;
        w.excluded.clear();
        w.set(State.FAILED, I18n.text("importer.state.failed", w.problem));
        refreshCommands();
    }

    /** "3 项改动，1 项冲突，2 行有错", or 没有改动. */
    private static String plannedText(ImportPlan plan) {
        long changes = plan.count(ImportPlan.Kind.NEW) + plan.count(ImportPlan.Kind.CHANGED);
        List<String> parts = new ArrayList<>();
        if (changes > 0) {
            parts.add(I18n.text("importer.state.planned", changes));
        }
        if (plan.count(ImportPlan.Kind.CONFLICT) > 0) {
            parts.add(I18n.text("importer.state.conflicts", plan.count(ImportPlan.Kind.CONFLICT)));
        }
        if (!plan.errors().isEmpty()) {
            parts.add(I18n.text("importer.state.errors", plan.errors().size()));
        }
        return parts.isEmpty() ? I18n.text("importer.state.nothing") : String.join(I18n.text("importer.state.and"), parts);
    }

    // ---- how it was read -----------------------------------------------------------------------

    /** Reads the selected workbook again from another sheet. */
    public void chooseSheet(String name) {
        Workbook w = selected.get();
        if (w == null || name == null || w.state() == State.READING || name.equals(w.sheet)
                || !w.sheetNames.contains(name)) {
            return;
        }
        w.sheet = name;
        w.mapping = null; // another sheet has other columns
        reread(w);
    }

    /**
     * Reads the selected workbook again with column {@code row} read into the field named
     * {@code choice} (or not at all); a field another column held is taken from it.
     */
    public void remap(MappingRow row, String choice) {
        Workbook w = selected.get();
        if (w == null || w.data == null || w.state() == State.READING || !columnOfChoice.containsKey(choice)
                || choice.equals(row.field())) {
            return;
        }
        Column column = columnOfChoice.get(choice);
        Map<Integer, Column> changed = new HashMap<>(w.data.layout().mapping());
        changed.remove(row.column());
        if (column != null) {
            changed.values().removeIf(column::equals);
            changed.put(row.column(), column);
        }
        w.mapping = changed;
        w.sheet = w.data.sheet().name();
        reread(w);
    }

    // ---- the rows to import --------------------------------------------------------------------

    /** Ticks every row that can be imported, conflicts too (the workbook's values win). */
    public void includeAll() {
        setIncluded(row -> true);
    }

    /** Back to the default: new and changed rows ticked, conflicts not. */
    public void includeDefaults() {
        setIncluded(row -> row.entry().includedByDefault());
    }

    private void setIncluded(java.util.function.Predicate<EntryRow> ticked) {
        if (!planEditable.get()) {
            return;
        }
        for (EntryRow row : entries) {
            if (row.selectable()) {
                row.includedProperty().set(ticked.test(row));
            }
        }
    }

    private void include(Workbook w, EntryRow row, boolean in) {
        if (showing || w.state() != State.READ) {
            return;
        }
        if (in && row.selectable()) {
            w.excluded.remove(row.excelRow());
        } else {
            w.excluded.add(row.excelRow());
        }
        chosen.set(chosenText(w));
    }

    // ---- importing -----------------------------------------------------------------------------

    /** Imports the selected workbook's plan with the clerk's choices, as one adjustment. */
    public void importSelected() {
        Workbook w = selected.get();
        if (w != null && w.state() == State.READ) {
            importAll(List.of(w));
        }
    }

    /** Imports every workbook read and not yet imported, each with its own plan and choices, each its own adjustment. */
    public void importAll() {
        List<Workbook> read = workbooks.stream().filter(w -> w.state() == State.READ).toList();
        if (read.isEmpty()) {
            tell(I18n.text("importer.noneRead"), true);
            return;
        }
        importAll(read);
    }

    private void importAll(List<Workbook> list) {
        if (readOnly.get() || !ready.get()) {
            tell(I18n.text("importer.readOnly"), true);
            return;
        }
        if (importing.get()) {
            return;
        }
        Optional<String> who = operator();
        if (who.isEmpty()) {
            return;
        }
        Note note = Note.by(who.get(), reason.get(), "");
        pendingImports = list.size();
        writtenInRound = 0;
        importedInRound = 0;
        importing.set(true);
        refreshCommands();
        // One copy of the ledger before the whole batch (the worker runs work in order, so it comes
        // first); without it, no workbook is imported.
        AtomicReference<RuntimeException> noBackup = new AtomicReference<>();
        background.run(I18n.text("backup.busy"), () -> {
            try {
                service.backup(I18n.text("backup.beforeImport"));
            } catch (RuntimeException e) {
                noBackup.set(e);
            }
            return null;
        }, none -> { }, e -> { });
        for (Workbook w : list) {
            SheetData data = w.data;
            ImportPlan shown = w.plan;
            Set<Integer> excluded = Set.copyOf(w.excluded);
            background.run(I18n.text("importer.busy.importing", w.name()), () -> {
                if (noBackup.get() != null) {
                    throw noBackup.get();
                }
                return apply(data, shown, excluded, note);
            },
                    applied -> imported(w, applied), e -> {
                        w.note.set(I18n.text("importer.note.failed", Describe.problem(e)));
                        tell(I18n.text("importer.failed", w.name(), Describe.problem(e)), true);
                        importDone();
                    });
        }
    }

    /**
     * On the worker: plans the workbook again against the ledger as it is now and, if that is the
     * plan the clerk saw, applies it. A plan that moved (the ledger changed since the workbook was
     * read, perhaps by the workbook imported just before) is not applied: its rows would carry the
     * older values of the task back into the ledger.
     */
    private Applied apply(SheetData data, ImportPlan shown, Set<Integer> excluded, Note note) {
        int year = service.info().year();
        List<Task> tasks = service.tasks();
        ImportPlan fresh = new ImportPlanner(tasks, service::historyOf, year).plan(data);
        if (!fresh.entries().equals(shown.entries())) {
            return Applied.stale(fresh, byId(tasks));
        }
        // The workbook's rows and the columns it taught: both or neither.
        return service.together(() -> {
            Optional<Adjustment> written = Importer.apply(fresh, excluded, service, note);
            Mappings.remember(service, data.layout());
            return Applied.written(written);
        });
    }

    private void imported(Workbook w, Applied applied) {
        if (applied.isStale()) {
            replanned(w, applied.fresh(), applied.tasks());
        } else {
            w.adjustment = applied.adjustment().orElse(null);
            w.note.set("");
            w.set(State.IMPORTED, w.adjustment == null ? I18n.text("importer.state.importedNothing")
                    : I18n.text("importer.state.imported", w.adjustment.id()));
            summaryOf.put(w, summaryRow(w));
            summary.setAll(summaryOf.values());
            importedInRound++;
            if (w.adjustment != null) {
                writtenInRound++;
            }
            if (w == selected.get()) {
                showSelected();
            }
        }
        importDone();
    }

    /** A plan made again: the clerk's choices kept for the rows whose kind did not change. */
    private void replanned(Workbook w, ImportPlan fresh, Map<Long, Task> tasks) {
        Map<Integer, ImportPlan.Kind> before = new HashMap<>();
        w.plan.entries().forEach(e -> before.put(e.row().row(), e.kind()));
        Set<Integer> excluded = new HashSet<>();
        for (ImportPlan.Entry e : fresh.entries()) {
            int row = e.row().row();
            boolean keep = before.get(row) == e.kind();
            if (keep ? w.excluded.contains(row) : !e.includedByDefault()) {
                excluded.add(row);
            }
        }
        w.plan = fresh;
        w.tasks = tasks;
        w.excluded.clear();
        w.excluded.addAll(excluded);
        w.set(State.READ, plannedText(fresh));
        w.note.set(I18n.text("importer.note.stale"));
        if (w == selected.get()) {
            showSelected();
        }
    }

    private void importDone() {
        if (--pendingImports > 0) {
            return;
        }
        importing.set(false);
        refreshCommands();
        if (importedInRound > 0) {
            tell(I18n.text("importer.done", importedInRound, writtenInRound), false);
            imports.set(imports.get() + 1);
        }
        if (writtenInRound > 0) {
            onImported.run();
        }
    }

    private SummaryRow summaryRow(Workbook w) {
        ImportPlan plan = w.plan;
        long added = 0;
        long changed = 0;
        long conflictsLeft = 0;
        for (ImportPlan.Entry e : plan.entries()) {
            boolean in = !w.excluded.contains(e.row().row());
            switch (e.kind()) {
                case NEW -> added += in ? 1 : 0;
                case CHANGED -> changed += in ? 1 : 0;
                case CONFLICT -> {
                    changed += in ? 1 : 0;
                    conflictsLeft += in ? 0 : 1;
                }
                case UNCHANGED -> {
                }
            }
        }
        String unitName = w.data.layout().unit().isEmpty() ? I18n.text("importer.unit.unknown")
                : w.data.layout().unit();
        String written = w.adjustment == null ? I18n.text("importer.summary.nothing")
                : I18n.text("importer.summary.adjustment", w.adjustment.id());
        return new SummaryRow(w.name(), unitName, rowsSent(w.data), added, changed, conflictsLeft,
                plan.errors().size(), plan.missing().size(), written);
    }

    /** The rows the unit filled in: those read and those that could not be. */
    private static int rowsSent(SheetData data) {
        long unread = data.errors().stream().filter(e -> !e.why().key().equals("import.noRows"))
                .map(RowError::row).distinct().count();
        return data.rows().size() + (int) unread;
    }

    /** The operator from the preferences; asked once when there is none, then remembered. */
    private Optional<String> operator() {
        String name = prefs.operator();
        if (!name.isBlank()) {
            return Optional.of(name);
        }
        Optional<String> asked = operatorPrompt.get().map(String::strip).filter(s -> !s.isEmpty());
        asked.ifPresent(n -> {
            prefs.setOperator(n);
            operator.set(operatorText());
        });
        return asked;
    }

    private String operatorText() {
        String name = prefs.operator();
        return name.isBlank() ? I18n.text("importer.operator.none") : I18n.text("importer.operator", name);
    }

    // ---- what the right side shows -------------------------------------------------------------

    private void showSelected() {
        Workbook w = selected.get();
        showing = true;
        try {
            entries.clear();
            errors.clear();
            missing.clear();
            mapping.clear();
            sheets.setAll(w == null ? List.of() : w.sheetNames);
            sheet.set(w == null ? null : w.sheet);
            title.set(w == null ? "" : w.name());
            header.set("");
            unit.set("");
            reportDate.set("");
            counts.set("");
            chosen.set("");
            detailIsProblem.set(w != null && w.state() == State.FAILED);
            planShown.set(w != null && w.plan != null);
            planEditable.set(w != null && w.state() == State.READ);
            if (w == null) {
                detail.set(I18n.text(workbooks.isEmpty() ? "importer.empty" : "importer.noSelection"));
                return;
            }
            detail.set(switch (w.state()) {
                case WAITING -> w.note.get().isEmpty() ? I18n.text("importer.state.waiting") : w.note.get();
                case READING -> I18n.text("importer.busy.reading", w.name());
                case FAILED -> I18n.text("importer.state.failed", w.problem);
                case READ, IMPORTED -> I18n.text("importer.nothingInPlan");
            });
            if (w.plan == null) {
                return;
            }
            SheetLayout layout = w.data.layout();
            int last = layout.headerRow() + 1;
            header.set(layout.headerRows() > 1 ? I18n.text("importer.headerRows", last - layout.headerRows() + 1, last)
                    : I18n.text("importer.headerRow", last));
            unit.set(layout.unit().isEmpty() ? I18n.text("importer.unit", I18n.text("importer.unit.unknown"))
                    : I18n.text("importer.unit", layout.unit()));
            reportDate.set(layout.reportDate().isEmpty() ? "" : I18n.text("importer.reportDate", layout.reportDate()));
            ImportPlan plan = w.plan;
            counts.set(I18n.text("importer.counts", plan.count(ImportPlan.Kind.NEW), plan.count(ImportPlan.Kind.CHANGED),
                    plan.count(ImportPlan.Kind.UNCHANGED), plan.count(ImportPlan.Kind.CONFLICT), plan.missing().size(),
                    plan.errors().size()));
            LongFunction<String> names = id -> Describe.taskLabel(w.tasks, id);
            List<EntryRow> rows = new ArrayList<>(plan.entries().size());
            for (ImportPlan.Entry e : plan.entries()) {
                EntryRow row = new EntryRow(e, e.kind() != ImportPlan.Kind.UNCHANGED && !w.excluded.contains(e.row().row()),
                        describe(e, plan, names));
                row.includedProperty().addListener((o, was, now) -> include(w, row, now));
                rows.add(row);
            }
            entries.setAll(rows);
            errors.setAll(plan.errors().stream().map(ErrorRow::of).toList());
            missing.setAll(plan.missing().stream().map(MissingRow::of).toList());
            Set<Integer> columns = new java.util.TreeSet<>(layout.headers().keySet());
            columns.addAll(layout.mapping().keySet());
            for (int c : columns) {
                Column col = layout.mapping().get(c);
                mapping.add(new MappingRow(c, layout.headers().getOrDefault(c, ""),
                        col == null ? I18n.text("importer.mapping.none") : I18n.text(col.labelKey())));
            }
            chosen.set(chosenText(w));
        } finally {
            showing = false;
            refreshCommands();
        }
    }

    private String chosenText(Workbook w) {
        if (w.plan == null) {
            return "";
        }
        long ticked = w.plan.entries().stream()
                .filter(e -> e.kind() != ImportPlan.Kind.UNCHANGED && !w.excluded.contains(e.row().row())).count();
        return I18n.text(w.state() == State.IMPORTED ? "importer.chosenImported" : "importer.chosen", ticked);
    }

    /** What an entry would do, a line each: the changed fields, a new task's fields, a conflict's three values. */
    static String describe(ImportPlan.Entry e, ImportPlan plan, LongFunction<String> names) {
        List<String> lines = new ArrayList<>();
        switch (e.kind()) {
            case NEW -> {
                Integer parentRow = e.row().parentRow();
                if (parentRow != null) {
                    String parent = plan.entries().stream().filter(p -> p.row().row() == parentRow && p.task() != null)
                            .map(p -> Describe.taskLabel(p.task())).findFirst()
                            .orElse(I18n.text("importer.newParentRow", parentRow));
                    lines.add(I18n.text("importer.newUnder", parent));
                }
                for (TaskField f : NEW_TASK_FIELDS) {
                    String v = f.read(e.proposed());
                    if (!v.isEmpty()) {
                        lines.add(I18n.text("importer.field", Describe.fieldName(f), v));
                    }
                }
            }
            case CHANGED -> e.changes().forEach(f -> lines.add(Describe.change(f, names)));
            case CONFLICT -> {
                Set<TaskField> inConflict = EnumSet.noneOf(TaskField.class);
                for (ImportPlan.Conflict c : e.conflicts()) {
                    inConflict.add(c.field());
                    lines.add(I18n.text("importer.conflict", Describe.fieldName(c.field())));
                    lines.add(I18n.text("importer.conflict.exported", Describe.value(c.field(), c.exported(), names)));
                    lines.add(I18n.text("importer.conflict.ledger", Describe.value(c.field(), c.ledger(), names)));
                    lines.add(I18n.text("importer.conflict.workbook", Describe.value(c.field(), c.workbook(), names)));
                }
                for (FieldChange f : e.changes()) {
                    if (!inConflict.contains(f.field())) {
                        lines.add(Describe.change(f, names));
                    }
                }
            }
            case UNCHANGED -> lines.add(I18n.text("importer.unchanged"));
        }
        return String.join("\n", lines);
    }

    private void refreshCommands() {
        Workbook w = selected.get();
        boolean writable = ready.get() && !readOnly.get() && !importing.get();
        canImportOne.set(writable && w != null && w.state() == State.READ);
        canImportAll.set(writable && workbooks.stream().anyMatch(x -> x.state() == State.READ));
        canRead.set(w != null && w.state() != State.READING && !importing.get());
        planEditable.set(w != null && w.state() == State.READ && !importing.get());
    }

    private void tell(String text, boolean problem) {
        message.set(text);
        messageIsProblem.set(problem);
    }

    private void fail(Throwable e) {
        tell(Describe.problem(e), true);
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObservableList<Workbook> workbooks() {
        return workbooks;
    }

    public ObjectProperty<Workbook> selectedProperty() {
        return selected;
    }

    /** The selected workbook's sheets. */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** The sheet read; choosing another reads the workbook again. */
    public StringProperty sheetProperty() {
        return sheet;
    }

    /** The selected workbook's file name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** What the plan's place says when there is no plan to show (unread, failed, being read). */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailIsProblemProperty() {
        return detailIsProblem.getReadOnlyProperty();
    }

    /** 表头在第 N 行. */
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /** 填报单位：… */
    public ReadOnlyStringProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    /** 填报日期：…, empty when the workbook gives none. */
    public ReadOnlyStringProperty reportDateProperty() {
        return reportDate.getReadOnlyProperty();
    }

    /** 新增 N　变更 N　未变 N　冲突 N　缺报 N　错误 N. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** How many rows are ticked. */
    public ReadOnlyStringProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** True when the selected workbook has a plan to show. */
    public ReadOnlyBooleanProperty planShownProperty() {
        return planShown.getReadOnlyProperty();
    }

    /** True when the rows of the plan shown may be ticked and unticked (read, not yet imported). */
    public ReadOnlyBooleanProperty planEditableProperty() {
        return planEditable.getReadOnlyProperty();
    }

    public ObservableList<EntryRow> entries() {
        return entries;
    }

    public ObservableList<ErrorRow> errors() {
        return errors;
    }

    public ObservableList<MissingRow> missing() {
        return missing;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    /** （不导入） and every column's field name, for the mapping. */
    public ObservableList<String> fieldChoices() {
        return fieldChoices;
    }

    /** What each workbook imported brought, one line a workbook. */
    public ObservableList<SummaryRow> summary() {
        return summary;
    }

    /** 说明: the import's reason, optional. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** 经办人：… */
    public ReadOnlyStringProperty operatorProperty() {
        return operator.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** True while a workbook is being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** True while imports are being written. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportOneProperty() {
        return canImportOne.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportAllProperty() {
        return canImportAll.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReadProperty() {
        return canRead.getReadOnlyProperty();
    }

    /** The same rule as reading again: a workbook not being read, and no import running. */
    public ReadOnlyBooleanProperty canRemoveProperty() {
        return canReadProperty();
    }

    /** How far the read is, 0 to 1, or -1 when it cannot say. */
    public ReadOnlyDoubleProperty progressProperty() {
        return background.progressProperty();
    }

    /** The last thing to tell the clerk: a failure, or what an import did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    /** Counts the rounds of imports finished, so the window can turn to the summary. */
    public ReadOnlyIntegerProperty importsProperty() {
        return imports.getReadOnlyProperty();
    }
}
