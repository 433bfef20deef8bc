package org.taizhang.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SuspectLedgerException;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.OutlineNumber;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.store.Backups;
import org.taizhang.store.OpenLedger;
import org.taizhang.ui.Background;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.edit.TaskEditViewModel;
import org.taizhang.ui.newledger.NewLedgerViewModel;

/**
 * The main window's state and commands: the open ledger as a document (new, open, recent, save
 * as, close), its table and the selected task's detail, every kind of adjustment, undo, and time
 * travel to a past date. Database work goes through {@link Background}; questions go to
 * {@link MainDialogs}.
 */
public final class MainViewModel {
    private static final String LAST = "last";

    private final Background background;
    private final Clock clock;
    private final ZoneId zone;
    private final Path sampleFile;
    private final UserPrefs prefs;
    private MainDialogs dialogs;

    private final LedgerViewModel table = new LedgerViewModel();
    private final TaskDetailViewModel detail = new TaskDetailViewModel();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(I18n.text("app.name"));
    private final ReadOnlyBooleanWrapper ledgerOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suspect = new ReadOnlyStringWrapper("");
    private final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final BooleanBinding editable;
    private final BooleanBinding taskSelected;

    /** Opened and closed only on the background worker. */
    private volatile OpenLedger ledger;
    /** What the FX thread knows of the open ledger. */
    private LedgerInfo info;
    private Map<Long, Task> shown = Map.of();
    private List<String> domainOrder = List.of();
    private List<String> unitNames = List.of();
    private LocalDate setUpDay;

    public MainViewModel(Background background, Clock clock, ZoneId zone, Path sampleFile, UserPrefs prefs) {
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        this.sampleFile = sampleFile;
        this.prefs = prefs;
        this.dialogs = new SilentDialogs();
        recent.setAll(prefs.recent());
        editable = Bindings.createBooleanBinding(() -> ledgerOpen.get() && !readOnly.get() && asOf.get() == null,
                ledgerOpen, readOnly, asOf);
        taskSelected = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().isHeading(),
                selected);
        selected.addListener((o, was, now) -> loadDetail());
    }

    public void setDialogs(MainDialogs dialogs) {
        this.dialogs = dialogs;
    }

    // ---- the document --------------------------------------------------------------------------

    /** At start: a ledger named on the command line, else the last one, else the welcome view. */
    public void start(Optional<Path> file) {
        Optional<Path> toOpen = file.or(() -> prefs.get(LAST).map(Path::of).filter(Files::exists));
        toOpen.ifPresent(this::open);
    }

    public void open(Path file) {
        load(I18n.text("busy.opening", file.getFileName()), () -> openForWriting(file));
    }

    /** Opens the sample ledger, making it first if this PC has none yet. */
    public void openSample() {
        load(I18n.text("busy.sample"), () -> {
            if (!Files.exists(sampleFile)) {
                Files.createDirectories(sampleFile.toAbsolutePath().getParent());
                try (OpenLedger made = OpenLedger.createSample(sampleFile, clock)) {
                }
            }
            return openForWriting(sampleFile);
        });
    }

    /** Asks the new ledger's title and year, suggesting this year or the one its title names. */
    public Optional<NewLedgerViewModel.Choice> askNewLedger() {
        return dialogs.newLedger(new NewLedgerViewModel(LocalDate.now(clock.withZone(zone)).getYear()));
    }

    public void create(Path file, String title, int year) {
        load(I18n.text("busy.creating", file.getFileName()), () -> OpenLedger.create(file, title, year, clock));
    }

    /** Saves a consistent copy of the open ledger under a new name and goes on in the copy. */
    public void saveAs(Path file) {
        load(I18n.text("busy.saving", file.getFileName()), () -> {
            ledger.store().copyTo(file);
            return openForWriting(file);
        });
    }

    public void close() {
        background.run("", () -> {
            closeLedger();
            return null;
        }, none -> {
            info = null;
            shown = Map.of();
            table.clear();
            detail.clear();
            asOf.set(null);
            banner.set("");
            suspect.set("");
            ledgerOpen.set(false);
            readOnly.set(false);
            windowTitle.set(I18n.text("app.name"));
        }, this::fail);
    }

    /**
     * A ledger another program writes opens read-only, and the clerk is told why. So does one that
     * does not match its hash chain: it is shown as suspect, and nothing is built on the alteration.
     */
    private Opened openForWriting(Path file) throws java.io.IOException {
        if (ledger != null && Files.exists(file) && Files.isSameFile(ledger.path(), file)) {
            closeLedger(); // reopening the ledger on screen: let go of it first, or our own lock refuses us
        }
        try {
            return new Opened(OpenLedger.open(file, clock), null, null);
        } catch (SuspectLedgerException e) {
            return new Opened(OpenLedger.openForReading(file, clock), null, e.report());
        } catch (LedgerException e) {
            if (!e.key().equals("ledger.locked") && !e.key().equals("ledger.folderReadOnly")
                    && !e.key().equals("ledger.fileReadOnly")) {
                throw e;
            }
            OpenLedger reading = OpenLedger.openForReading(file, clock);
            try {
                VerifyReport check = reading.service().verify(); // read-only is no reason to trust it
                return new Opened(reading, e.getMessage(), check.ok() ? null : check);
            } catch (RuntimeException failed) {
                reading.close();
                throw failed;
            }
        }
    }

    /** A ledger just opened: why it is read-only, if it must be said, and what the check found wrong. */
    private record Opened(OpenLedger ledger, String notice, VerifyReport suspect) {
        Opened(OpenLedger ledger) {
            this(ledger, null, null);
        }
    }

    private interface Opening {
        Object open() throws Exception;
    }

    /** What the table shows, read on the worker for the FX thread. */
    private record Snapshot(LedgerInfo info, boolean readOnly, Path path, List<Task> tasks, List<String> domains,
            List<String> units, LightRule rule, Optional<Instant> setUpAt) {
    }

    private void load(String what, Opening opening) {
        background.run(what, () -> {
            Object result = opening.open();
            Opened opened = result instanceof Opened o ? o : new Opened((OpenLedger) result);
            closeLedger(); // the ledger on screen stays open until the new one is
            ledger = opened.ledger();
            return Map.entry(opened, snapshot(null));
        }, loaded -> {
            asOf.set(null);
            banner.set("");
            VerifyReport check = loaded.getKey().suspect();
            suspect.set(check == null ? "" : I18n.text("window.suspect", check.summary()));
            selected.set(null);
            show(loaded.getValue());
            String path = loaded.getValue().path().toAbsolutePath().toString();
            prefs.addRecent(path);
            prefs.put(LAST, path);
            recent.setAll(prefs.recent());
            if (loaded.getKey().notice() != null) {
                dialogs.tell(loaded.getKey().notice());
            }
            if (check != null) {
                dialogs.tell(suspect.get());
            }
        }, this::fail);
    }

    private Snapshot snapshot(LocalDate at) {
        LedgerService s = ledger.service();
        List<Task> tasks = at == null ? s.tasks() : s.tasksAsOf(endOf(at));
        return new Snapshot(s.info(), s.isReadOnly(), ledger.path(), tasks, s.domainNames(),
                s.units().stream().map(Unit::name).toList(), s.lightRule(), s.setUpAt());
    }

    private void show(Snapshot snap) {
        info = snap.info();
        setUpDay = snap.setUpAt().map(t -> t.atZone(zone).toLocalDate()).orElse(LocalDate.of(info.year(), 1, 1));
        Map<Long, Task> byId = new HashMap<>();
        snap.tasks().forEach(t -> byId.put(t.id(), t));
        shown = byId;
        domainOrder = snap.domains();
        unitNames = snap.units();
        LocalDate today = asOf.get() != null ? asOf.get() : LocalDate.now(clock.withZone(zone));
        long keep = selected.get() == null ? -1 : selected.get().id();
        table.show(snap.tasks(), snap.domains(), today, snap.rule());
        readOnly.set(snap.readOnly());
        ledgerOpen.set(true);
        String ro = snap.readOnly() ? I18n.text("window.readOnly") : "";
        windowTitle.set(I18n.text("window.title", info.title(), info.year(), snap.path().getFileName(), ro));
        selected.set(table.visibleRow(keep).orElse(null));
        loadDetail();
    }

    private void reload(Long select) {
        LocalDate at = asOf.get();
        background.run(I18n.text("busy.loading"), () -> snapshot(at), snap -> {
            if (select != null) {
                selected.set(null);
            }
            show(snap);
            if (select != null) {
                table.visibleRow(select).ifPresent(selected::set);
            }
        }, this::fail);
    }

    // ---- time travel ---------------------------------------------------------------------------

    /** Shows the ledger as it stood at the end of {@code date} (read-only), or as it is now for null. */
    public void travelTo(LocalDate date) {
        asOf.set(pastOrNull(date));
        banner.set(asOf.get() == null ? "" : I18n.text("travel.banner", asOf.get().toString()));
        reload(selected.get() == null ? null : selected.get().id());
    }

    /**
     * Shows the tasks a report's figure counts: the ledger as it stood on {@code date} (now, for
     * today or later), filtered to {@code filter}.
     */
    public void showOnly(TaskFilter filter, LocalDate date) {
        table.apply(filter);
        if (!Objects.equals(pastOrNull(date), asOf.get())) {
            travelTo(date);
        }
    }

    /** {@code date} when it is past; null (now) for today, a later day, or none. */
    private LocalDate pastOrNull(LocalDate date) {
        return date == null || !date.isBefore(LocalDate.now(clock.withZone(zone))) ? null : date;
    }

    private Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    // ---- the selected task ---------------------------------------------------------------------

    private void loadDetail() {
        TaskRow row = selected.get();
        if (row == null || row.isHeading()) {
            detail.clear();
            return;
        }
        Task task = row.task();
        LocalDate at = asOf.get();
        background.run("", () -> {
            List<Adjustment> history = ledger.service().historyOf(task.id());
            return at == null ? history
                    : history.stream().filter(a -> !a.time().isAfter(endOf(at))).toList();
        }, history -> {
            if (selected.get() != null && selected.get().id() == task.id()) {
                detail.show(task, history, at != null ? at : LocalDate.now(clock.withZone(zone)), zone, this::taskName);
            }
        }, this::fail);
    }

    /** "4. 开展营商环境对标提升行动…" for a task id, "#id" for one not in the ledger shown. */
    public String taskName(long id) {
        Task t = shown.get(id);
        if (t == null) {
            return "#" + id;
        }
        String title = t.title().length() > 24 ? t.title().substring(0, 24) + "…" : t.title();
        return (t.number().isEmpty() ? "" : t.number().text() + " ") + title;
    }

    // ---- adjustments ---------------------------------------------------------------------------

    /** A new top-level task, in the 领域 of the selected row, numbered after the last one there. */
    public void addTask() {
        String domain = selected.get() == null ? "" : selected.get().domain();
        List<Task> siblings = shown.values().stream().filter(t -> t.parentId() == null).toList();
        Task draft = Task.builder().domain(domain).number(nextNumber(siblings, "", "."))
                .year(info.year()).status(Status.NOT_STARTED).build();
        editNew(draft);
    }

    /** A new measure under the selected task, numbered (n+1). */
    public void addChildTask() {
        Task parent = selectedTask();
        List<Task> siblings = shown.values().stream().filter(t -> Long.valueOf(parent.id()).equals(t.parentId()))
                .toList();
        Task draft = Task.builder().parentId(parent.id()).domain(parent.domain()).year(parent.year())
                .number(nextNumber(siblings, "(", ")")).leadUnits(parent.leadUnits()).status(Status.NOT_STARTED)
                .build();
        editNew(draft);
    }

    private static String nextNumber(List<Task> siblings, String before, String after) {
        int max = 0;
        for (Task t : siblings) {
            List<Integer> parts = t.number().parts();
            if (t.number().style() != OutlineNumber.Style.OTHER && !parts.isEmpty()) {
                max = Math.max(max, parts.get(0));
            }
        }
        return before + (max + 1) + after;
    }

    private void editNew(Task draft) {
        dialogs.editTask(form(draft)).ifPresent(task -> withOperator(operator ->
                write(task.id(), s -> s.add(task, Note.by(operator)))));
    }

    /** Opens the selected task in the form; saving asks for a reason when the change is structural. */
    public void editSelected() {
        Task before = selectedTask();
        TaskEditViewModel form = form(before);
        dialogs.editTask(form).ifPresent(after -> {
            AdjustmentType type;
            try {
                type = AdjustmentType.ofEdit(before, after);
            } catch (LedgerException e) {
                dialogs.tell(e.getMessage());
                return;
            }
            noteFor(type, form.changes()).ifPresent(note -> write(before.id(), s -> s.edit(after, note)));
        });
    }

    private TaskEditViewModel form(Task task) {
        return new TaskEditViewModel(task, info.year(), LocalDate.now(clock.withZone(zone)), domainOrder, unitNames,
                this::taskName);
    }

    public void cancelSelected() {
        Task task = selectedTask();
        long open = shown.values().stream().filter(t -> isUnder(t, task.id()) && !t.status().isClosed()).count();
        List<String> lines = new ArrayList<>(List.of(I18n.text("adjust.cancelLine", taskName(task.id()))));
        if (open > 0) {
            lines.add(I18n.text("adjust.cancelChildren", open));
        }
        noteFor(AdjustmentType.CANCEL, lines).ifPresent(note -> write(task.id(), s -> s.cancel(task.id(), note)));
    }

    public void mergeSelected() {
        Task task = selectedTask();
        List<Task> among = shown.values().stream()
                .filter(t -> t.id() != task.id() && !isUnder(t, task.id())
                        && t.status() != Status.CANCELLED && t.status() != Status.MERGED)
                .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        dialogs.chooseTask(I18n.text("adjust.mergeQuestion", taskName(task.id())), among).ifPresent(into ->
                noteFor(AdjustmentType.MERGE, List.of(I18n.text("adjust.mergeLine", taskName(task.id()),
                        taskName(into.id())))).ifPresent(note ->
                        write(task.id(), s -> s.merge(task.id(), into.id(), note))));
    }

    public void splitSelected() {
        Task task = selectedTask();
        dialogs.splitParts(task).ifPresent(parts -> {
            List<String> lines = new ArrayList<>();
            lines.add(I18n.text("adjust.splitLine", taskName(task.id()), parts.size()));
            parts.forEach(p -> lines.add("　" + p.number().text() + " " + p.title()));
            noteFor(AdjustmentType.SPLIT, lines).ifPresent(note -> write(task.id(), s -> s.split(task.id(), parts, note)));
        });
    }

    public void restoreSelected() {
        Task task = selectedTask();
        noteFor(AdjustmentType.RESTORE, List.of(I18n.text("adjust.restoreLine", taskName(task.id()))))
                .ifPresent(note -> write(task.id(), s -> s.restore(task.id(), Status.IN_PROGRESS, note)));
    }

    /** Undoes the newest adjustment not yet undone, after saying what it was and asking why. */
    public void undo() {
        background.run("", () -> ledger.service().undoable(), target -> {
            if (target.isEmpty()) {
                dialogs.tell(I18n.text("undo.nothing"));
                return;
            }
            Adjustment a = target.get();
            List<String> lines = new ArrayList<>();
            lines.add(I18n.text("adjust.undoLine", a.id(), a.type().label(),
                    org.taizhang.ui.Describe.time(a.time(), zone), a.operator()));
            a.changes().stream().limit(5).forEach(c -> lines.add("　" + taskName(c.taskId())));
            if (a.changes().size() > 5) {
                lines.add(I18n.text("adjust.andMore", a.changes().size() - 5));
            }
            noteFor(AdjustmentType.UNDO, lines).ifPresent(note -> write(null, s -> s.undoLast(note)));
        }, this::fail);
    }

    /** Reloads after a change made elsewhere (the reference lists window, the settings). */
    public void refresh() {
        if (ledgerOpen.get()) {
            reload(selected.get() == null ? null : selected.get().id());
        }
    }

    private Optional<Note> noteFor(AdjustmentType type, List<String> changes) {
        if (type.needsReason()) {
            return dialogs.ask(type, changes);
        }
        return dialogs.operator().map(Note::by);
    }

    private void withOperator(java.util.function.Consumer<String> then) {
        dialogs.operator().ifPresent(then);
    }

    /** Runs one adjustment in the background, then shows the ledger again with {@code select} (or what it added). */
    private void write(Long select, Function<LedgerService, Adjustment> change) {
        background.run(I18n.text("busy.saving.adjustment"), () -> change.apply(ledger.service()), done -> {
            Long focus = select;
            if (focus == null || focus <= 0) {
                focus = done.changes().isEmpty() ? null : done.changes().get(0).taskId();
            }
            reload(focus);
        }, this::fail);
    }

    private Task selectedTask() {
        TaskRow row = selected.get();
        if (row == null || row.isHeading()) {
            throw new IllegalStateException("no task selected");
        }
        return row.task();
    }

    private boolean isUnder(Task t, long ancestor) {
        Set<Long> seen = new HashSet<>();
        for (Long p = t.parentId(); p != null && seen.add(p); p = shown.containsKey(p) ? shown.get(p).parentId() : null) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Lets go of the ledger on screen, keeping a copy of it first if it changed since the last one. */
    private void closeLedger() {
        if (ledger != null) {
            try {
                if (!ledger.service().isReadOnly()) {
                    ledger.service().backup(I18n.text("backup.onClose"));
                }
            } catch (LedgerException e) {
                LoggerFactory.getLogger(MainViewModel.class).warn("no backup on close: {}", e.getMessage());
            } finally {
                ledger.close();
                ledger = null;
            }
        }
    }

    private void fail(Throwable e) {
        dialogs.tell(org.taizhang.ui.Describe.problem(e));
    }

    /** Releases the open ledger; called when the window closes. */
    public void shutdown() {
        background.run("", () -> {
            closeLedger();
            return null;
        }, none -> { }, e -> { });
    }

    /** What the open ledger says of itself (title, year). */
    public LedgerInfo info() {
        return info;
    }

    /**
     * The two dates a comparison starts with: the day the ledger was set up (its baseline) and
     * today, or the end of the ledger's year for a past year.
     */
    public List<LocalDate> comparePeriod() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate yearEnd = LocalDate.of(info.year(), 12, 31);
        return List.of(setUpDay, today.isBefore(yearEnd) ? today : yearEnd);
    }

    /** The backups of the ledger on screen; call it on the worker (it reads the ledger's settings). */
    public Backups backups() {
        return ledger.store().backups();
    }

    /** The file of the ledger on screen. */
    public Path ledgerFile() {
        return ledger.path();
    }

    /** The open ledger's service, for the windows that work on it beside the main one. */
    public LedgerService service() {
        return ledger.service();
    }

    // ---- properties ----------------------------------------------------------------------------

    public LedgerViewModel table() {
        return table;
    }

    public TaskDetailViewModel detail() {
        return detail;
    }

    public ObjectProperty<TaskRow> selectedProperty() {
        return selected;
    }

    public ObservableList<String> recent() {
        return recent;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ledgerOpenProperty() {
        return ledgerOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /**
     * Empty, or why the ledger on screen is not to be trusted: where it stops matching its hash
     * chain. Such a ledger is open read-only.
     */
    public ReadOnlyStringProperty suspectProperty() {
        return suspect.getReadOnlyProperty();
    }

    /** True when the ledger on screen may be changed: open, writable, and not a past date. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    public BooleanBinding taskSelectedProperty() {
        return taskSelected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return background.messageProperty();
    }

    public ZoneId zone() {
        return zone;
    }

    public Background background() {
        return background;
    }

    /** Until the window gives its dialogs: answers nothing, so nothing is changed by accident. */
    private static final class SilentDialogs implements MainDialogs {
        @Override
        public Optional<String> operator() {
            return Optional.empty();
        }

        @Override
        public Optional<Task> editTask(TaskEditViewModel form) {
            return Optional.empty();
        }

        @Override
        public Optional<Task> chooseTask(String question, List<Task> among) {
            return Optional.empty();
        }

        @Override
        public Optional<List<Task>> splitParts(Task whole) {
            return Optional.empty();
        }

        @Override
        public Optional<NewLedgerViewModel.Choice> newLedger(NewLedgerViewModel form) {
            return Optional.empty();
        }

        @Override
        public void tell(String message) {
            org.slf4j.LoggerFactory.getLogger(MainViewModel.class).warn(message);
        }

        @Override
        public Optional<Note> ask(AdjustmentType type, List<String> changes) {
            return Optional.empty();
        }
    }
}
