package org.taizhang.ui.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.ui.importer.Workbook.State;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.importing.Column;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.RowRef;
import org.taizhang.exchange.importing.SheetLayout;
import org.taizhang.exchange.importing.SheetTable;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.exchange.read.SheetInfo;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.dialog.FolderKind;

/**
 * The import wizard: the departments' workbooks the clerk adds, each read (off the FX thread, with
 * progress, cancellable) into a plan of what it would change; how it was read (sheets, headers,
 * 填报单位, the column mappings, which the clerk may correct, and the sheets and rows passed over);
 * the rows to import, ticked by default for new and changed tasks, not for conflicts; and the
 * import itself, one adjustment a workbook, with a summary of what each unit sent. The import's
 * rules live in {@link WorkbookImport}; this only presents them. Nothing is written before the
 * clerk imports, and a read-only ledger is read and planned but never written.
 */
public final class ImportWizardViewModel {

    /** A read that failed, with the workbook's sheets when it could be opened (so another can be chosen). */
    private static final class ReadFailure extends LedgerException {
        private final List<String> sheets;

        ReadFailure(LedgerException reason, List<String> sheets) {
            super(reason, reason.key(), reason.message().args());
            this.sheets = sheets;
        }
    }

    private final LedgerService service;
    private final WorkbookImport workbookImport;
    private final Background background;
    private final UserPrefs prefs;
    private final Runnable onImported;
    private DialogService dialogs;

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
    private final ReadOnlyStringWrapper tally = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper chosen = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper planShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper severalSheets = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper planEditable = new ReadOnlyBooleanWrapper(false);
    /** The plan's rows, made as the table shows them: a plan of 200,000 rows is not 200,000 rows at once. */
    private final PlanRows entries = new PlanRows();
    private final ReadOnlyBooleanWrapper planSortable = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<ErrorRow> errors = FXCollections.observableArrayList();
    private final ObservableList<MissingRow> missing = FXCollections.observableArrayList();
    private final ObservableList<SkippedRow> skipped = FXCollections.observableArrayList();
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
        this.workbookImport = new WorkbookImport(service);
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

    /** How the wizard asks the clerk: the operator's name, the files and folders to read. */
    public void setDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Asks for workbooks to add, starting where the last ones came from. */
    public void chooseFiles() {
        List<Path> files = dialogs.openFiles(FolderKind.RETURNS, FileType.RETURNS, FileType.ANY);
        if (!files.isEmpty()) {
            addFiles(files);
        }
    }

    /** Asks for a folder whose workbooks to add (its subfolders too). */
    public void chooseFolder() {
        dialogs.chooseFolder(I18n.text("importer.addFolder"), FolderKind.RETURNS).ifPresent(this::addFolder);
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

    /** Every workbook (.xlsx, .xlsm, .xls, .et) in a folder, not Office's ~$ lock files, in name order. */
    public void addFolder(Path folder) {
        addPaths(List.of(folder));
    }

    /** Files and folders (dropped on the list, say); each folder stands for the workbooks in it. */
    public void addPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<Path> given = List.copyOf(paths);
        background.run(I18n.text("importer.busy.listing"), () -> WorkbookImport.list(given), found -> {
            if (found.workbooks().isEmpty()) {
                tell(I18n.text("importer.noWorkbooks", given.get(0).getFileName()), true);
                return;
            }
            add(found.workbooks());
            if (!found.passedOver().isEmpty()) {
                tell(I18n.text("importer.passedOver", found.passedOver().size(), String.join("、",
                        found.passedOver().stream().limit(5).map(f -> f.getFileName().toString()).toList())), false);
            }
        }, this::fail);
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
        WorkbookImport.Choices choices = new WorkbookImport.Choices(item.sheet, item.mappings);
        background.runLong(I18n.text("importer.busy.reading", item.name()),
                progress -> read(item.path(), choices, progress),
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

    /** On the worker: the workbook read with the choices the clerk made, and planned against the ledger. */
    private WorkbookImport.Reading read(Path file, WorkbookImport.Choices choices, Progress progress) {
        try {
            return workbookImport.read(file, choices, progress);
        } catch (LedgerException e) {
            throw new ReadFailure(e, WorkbookImport.sheetsOf(file));
        }
    }

    private void showRead(Workbook w, WorkbookImport.Reading read) {
        w.reading = read;
        w.problem = "";
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
        w.reading = null;
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
        if (plan.newRequests() > 0) {
            parts.add(I18n.text("importer.state.asks", plan.newRequests()));
        }
        if (!plan.errors().isEmpty()) {
            parts.add(I18n.text("importer.state.errors", plan.errors().size()));
        }
        return parts.isEmpty() ? I18n.text("importer.state.nothing") : String.join(I18n.text("importer.state.and"), parts);
    }

    // ---- how it was read -----------------------------------------------------------------------

    /** Reads the selected workbook again from one sheet only, or from all its sheets (the first choice). */
    public void chooseSheet(String name) {
        Workbook w = selected.get();
        if (w == null || name == null || w.state() == State.READING) {
            return;
        }
        String asked = name.equals(allSheets()) ? null : name;
        if (java.util.Objects.equals(asked, w.sheet) || asked != null && !w.sheetNames.contains(asked)) {
            return;
        }
        w.sheet = asked;
        reread(w);
    }

    /** The first choice of the sheet box: every sheet that holds a task table. */
    public static String allSheets() {
        return I18n.text("importer.allSheets");
    }

    /**
     * Reads the selected workbook again with column {@code row} read into the field named
     * {@code choice} (or not at all); a field another column held is taken from it.
     */
    public void remap(MappingRow row, String choice) {
        Workbook w = selected.get();
        if (w == null || w.data() == null || w.state() == State.READING || !columnOfChoice.containsKey(choice)
                || choice.equals(row.field())) {
            return;
        }
        Column column = columnOfChoice.get(choice);
        SheetTable table = w.data().table(row.sheet());
        if (table == null) {
            return;
        }
        Map<Integer, Column> changed = new HashMap<>(table.layout().mapping());
        changed.remove(row.column());
        if (column != null) {
            changed.values().removeIf(column::equals);
            changed.put(row.column(), column);
        }
        w.mappings.put(row.sheet(), changed);
        reread(w);
    }

    // ---- the rows to import --------------------------------------------------------------------

    /** Ticks every row that can be imported, conflicts too (the workbook's values win). */
    public void includeAll() {
        setIncluded(e -> true);
    }

    /** Back to the default: new and changed rows ticked, conflicts not. */
    public void includeDefaults() {
        setIncluded(ImportPlan.Entry::includedByDefault);
    }

    /** Ticks the rows {@code ticked} accepts and unticks the others: in the plan, and in the rows on show. */
    private void setIncluded(java.util.function.Predicate<ImportPlan.Entry> ticked) {
        Workbook w = selected.get();
        if (!planEditable.get() || w == null || w.plan() == null) {
            return;
        }
        for (ImportPlan.Entry e : w.plan().entries()) {
            if (e.kind() != ImportPlan.Kind.UNCHANGED) {
                if (ticked.test(e)) {
                    w.excluded.remove(e.ref());
                } else {
                    w.excluded.add(e.ref());
                }
            }
        }
        for (EntryRow row : entries.made()) {
            if (row.selectable()) {
                row.includedProperty().set(!w.excluded.contains(row.entry().ref()));
            }
        }
        chosen.set(chosenText(w));
    }

    private void include(Workbook w, EntryRow row, boolean in) {
        if (showing || w.state() != State.READ) {
            return;
        }
        if (in && row.selectable()) {
            w.excluded.remove(row.entry().ref());
        } else {
            w.excluded.add(row.entry().ref());
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
                workbookImport.backupBeforeBatch();
            } catch (RuntimeException e) {
                noBackup.set(e);
            }
            return null;
        }, none -> { }, e -> { });
        for (Workbook w : list) {
            WorkbookImport.Reading shown = w.reading;
            Set<RowRef> excluded = Set.copyOf(w.excluded);
            background.run(I18n.text("importer.busy.importing", w.name()), () -> {
                if (noBackup.get() != null) {
                    throw noBackup.get();
                }
                return workbookImport.apply(shown, excluded, note);
            },
                    applied -> imported(w, applied), e -> {
                        w.note.set(I18n.text("importer.note.failed", Describe.problem(e)));
                        tell(I18n.text("importer.failed", w.name(), Describe.problem(e)), true);
                        importDone();
                    });
        }
    }

    private void imported(Workbook w, WorkbookImport.Outcome applied) {
        if (applied.isStale()) {
            replanned(w, applied.replanned());
        } else {
            w.adjustment = applied.adjustment().orElse(null);
            w.requests = applied.requests();
            w.note.set("");
            String state = w.adjustment == null ? I18n.text("importer.state.importedNothing")
                    : I18n.text("importer.state.imported", w.adjustment.id());
            if (!w.requests.isEmpty()) {
                state += I18n.text("importer.state.requests", w.requests.size());
            }
            if (!applied.answered().isEmpty()) {
                state += I18n.text("importer.state.noticesAnswered", applied.answered().size());
            }
            w.set(State.IMPORTED, state);
            summaryOf.put(w, summaryRow(w));
            summary.setAll(summaryOf.values());
            importedInRound++;
            if (w.adjustment != null || !w.requests.isEmpty()) {
                writtenInRound++;
            }
            if (w == selected.get()) {
                showSelected();
            }
        }
        importDone();
    }

    /** A plan made again: the clerk's choices kept for the rows whose kind did not change. */
    private void replanned(Workbook w, WorkbookImport.Reading fresh) {
        Set<RowRef> excluded = WorkbookImport.exclusionsAfter(w.reading.plan(), w.excluded, fresh.plan());
        w.reading = fresh;
        w.excluded.clear();
        w.excluded.addAll(excluded);
        w.set(State.READ, plannedText(fresh.plan()));
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
        WorkbookImport.Summary sum = WorkbookImport.summary(w.plan(), w.excluded);
        String unitName = w.data().units().isEmpty() ? I18n.text("importer.unit.unknown")
                : String.join("、", w.data().units());
        String written = w.adjustment == null ? I18n.text("importer.summary.nothing")
                : I18n.text("importer.summary.adjustment", w.adjustment.id());
        if (!w.requests.isEmpty()) {
            written += I18n.text("importer.state.requests", w.requests.size());
        }
        return new SummaryRow(w.name(), unitName, sum.rows(), sum.added(), sum.changed(), sum.conflictsLeft(),
                sum.errors(), sum.missing(), written);
    }

    /** The operator, as the dialog service knows or asks it (then remembers it). */
    private Optional<String> operator() {
        Optional<String> name = dialogs.operator().map(String::strip).filter(s -> !s.isEmpty());
        name.ifPresent(n -> operator.set(I18n.text("importer.operator", n)));
        return name;
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
            entries.show(List.of(), e -> null);
            planSortable.set(true);
            errors.clear();
            missing.clear();
            skipped.clear();
            mapping.clear();
            List<String> choices = new ArrayList<>();
            if (w != null && !w.sheetNames.isEmpty()) {
                choices.add(allSheets());
                choices.addAll(w.sheetNames);
            }
            sheets.setAll(choices);
            sheet.set(w == null ? null : w.sheet == null ? allSheets() : w.sheet);
            title.set(w == null ? "" : w.name());
            header.set("");
            unit.set("");
            reportDate.set("");
            counts.set("");
            tally.set("");
            chosen.set("");
            detailIsProblem.set(w != null && w.state() == State.FAILED);
            planShown.set(w != null && w.plan() != null);
            severalSheets.set(w != null && w.data() != null && w.data().tables().size() > 1);
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
            if (w.plan() == null) {
                return;
            }
            WorkbookData data = w.data();
            header.set(PlanText.header(data));
            unit.set(I18n.text("importer.unit", data.units().isEmpty() ? I18n.text("importer.unit.unknown")
                    : String.join("、", data.units())));
            String date = data.layout().reportDate();
            reportDate.set(date.isEmpty() ? "" : I18n.text("importer.reportDate", date));
            ImportPlan plan = w.plan();
            ImportPlan.Tally tally = plan.tally();
            counts.set(I18n.text("importer.counts", plan.count(ImportPlan.Kind.NEW), plan.count(ImportPlan.Kind.CHANGED),
                    plan.count(ImportPlan.Kind.UNCHANGED), plan.count(ImportPlan.Kind.CONFLICT), plan.missing().size(),
                    plan.errors().size()) + (plan.newRequests() == 0 ? ""
                    : I18n.text("importer.counts.asks", plan.newRequests())));
            this.tally.set(I18n.text("importer.rowsAccount", tally.rows(), tally.tasks(), tally.measures(),
                    tally.joined(), tally.lost(), tally.skipped()) + (tally.sheetsSkipped() == 0 ? ""
                    : I18n.text("importer.sheetsSkipped", tally.sheetsSkipped())));
            LongFunction<String> names = id -> Describe.taskLabel(w.reading.tasks(), id);
            LocalDate today = LocalDate.now(service.clock());
            planSortable.set(plan.entries().size() <= PlanRows.SORTABLE);
            entries.show(plan.entries(), e -> {
                EntryRow row = new EntryRow(e, e.kind() != ImportPlan.Kind.UNCHANGED && !w.excluded.contains(e.ref()),
                        () -> PlanText.describe(e, plan, names, today));
                row.includedProperty().addListener((o, was, now) -> include(w, row, now));
                return row;
            });
            errors.setAll(plan.errors().stream().map(ErrorRow::of).toList());
            missing.setAll(plan.missing().stream().map(MissingRow::of).toList());
            skipped.setAll(data.skipped().stream().map(SkippedRow::of).toList());
            for (SheetTable table : data.tables()) {
                SheetLayout layout = table.layout();
                Set<Integer> columns = new java.util.TreeSet<>(layout.headers().keySet());
                columns.addAll(layout.mapping().keySet());
                columns.addAll(table.unmapped().keySet());
                for (int c : columns) {
                    Column col = layout.mapping().get(c);
                    mapping.add(new MappingRow(table.sheet().name(), c, layout.headers().getOrDefault(c, ""),
                            col == null ? I18n.text("importer.mapping.none") : I18n.text(col.labelKey()),
                            String.join(" / ", table.unmapped().getOrDefault(c, List.of()))));
                }
            }
            chosen.set(chosenText(w));
        } finally {
            showing = false;
            refreshCommands();
        }
    }

    private String chosenText(Workbook w) {
        if (w.plan() == null) {
            return "";
        }
        long ticked = w.plan().entries().stream()
                .filter(e -> e.kind() != ImportPlan.Kind.UNCHANGED && !w.excluded.contains(e.ref())).count();
        return I18n.text(w.state() == State.IMPORTED ? "importer.chosenImported" : "importer.chosen", ticked);
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

    /** 共 N 行：任务 …，举措 …，并入 …，出错 …，未读入 …: where every non-empty row of the sheets read went. */
    public ReadOnlyStringProperty tallyProperty() {
        return tally.getReadOnlyProperty();
    }

    /** How many rows are ticked. */
    public ReadOnlyStringProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** True when the selected workbook has a plan to show. */
    public ReadOnlyBooleanProperty planShownProperty() {
        return planShown.getReadOnlyProperty();
    }

    /** True when the workbook shown had tables in more than one sheet (its rows then say which). */
    public ReadOnlyBooleanProperty severalSheetsProperty() {
        return severalSheets.getReadOnlyProperty();
    }

    /** True when the rows of the plan shown may be ticked and unticked (read, not yet imported). */
    public ReadOnlyBooleanProperty planEditableProperty() {
        return planEditable.getReadOnlyProperty();
    }

    public ObservableList<EntryRow> entries() {
        return entries;
    }

    /** False for a plan too large to sort on screen (every row would be made): it stays in the sheet's order. */
    public ReadOnlyBooleanProperty planSortableProperty() {
        return planSortable.getReadOnlyProperty();
    }

    public ObservableList<ErrorRow> errors() {
        return errors;
    }

    public ObservableList<MissingRow> missing() {
        return missing;
    }

    /** The sheets and rows of the selected workbook passed over, with why. */
    public ObservableList<SkippedRow> skipped() {
        return skipped;
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
