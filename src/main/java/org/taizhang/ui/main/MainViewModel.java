package org.taizhang.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
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
import org.taizhang.core.Days;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.RemoteChange;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.LedgerYear;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.core.yearend.CarryOver;
import org.taizhang.store.Backups;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.LedgerCopy;
import org.taizhang.store.LedgerSession;
import org.taizhang.ui.connect.ConnectViewModel;
import org.taizhang.store.NextYearLedger;
import org.taizhang.store.OpenLedger;
import org.taizhang.store.ScratchFolder;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;
import org.taizhang.ui.UserPrefs;
import org.taizhang.ui.command.Command;
import org.taizhang.ui.command.StandardAction;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.dialog.FileType;
import org.taizhang.ui.dialog.FolderKind;
import org.taizhang.ui.newledger.NewLedgerViewModel;

/**
 * The main window's state and commands: the open ledger as a document (new, open, recent, save
 * as, close), its table and the selected task's detail, and time travel to a past date. The
 * adjustments live in {@link TaskActions}; every action is a {@link Command} of {@link #commands()}.
 * Database work goes through {@link Background}; questions go to the {@link DialogService}.
 */
public final class MainViewModel {
    private static final String LAST = "last";
    /**
     * The practice opening's made-up tasks, read so many times: enough for the JVM to compile the
     * reading with its optimizing compiler before a real ledger is opened (docs/PERFORMANCE.md).
     */
    static final int PRACTICE_TASKS = 3000;
    private static final int PRACTICE_READS = 10;
    /** How the practice opening's folder in the temporary files is named. */
    static final String PRACTICE_FOLDER = "taizhang-practice";
    /** The practice opening's thread, once started; for tests. */
    private volatile Thread practice;

    private final Background background;
    /** Counts the table's sorts asked: a sort made aside is shown only if none was asked since. */
    private int sorts;
    private final Clock clock;
    private final ZoneId zone;
    private final Path sampleFile;
    private final UserPrefs prefs;
    private final DialogService dialogs;
    private SideWindows windows = SideWindows.NONE;

    private final LedgerViewModel table = new LedgerViewModel();
    private final TaskDetailViewModel detail = new TaskDetailViewModel();
    private final TaskActions actions;
    private final LedgerPrinting printing;
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(I18n.text("app.name"));
    private final ReadOnlyBooleanWrapper ledgerOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    /** The last change another PC made to the server ledger on screen, as the status bar says it. */
    private final ReadOnlyStringWrapper elsewhere = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suspect = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.binding.StringBinding busyMessage;
    /** Why the ledger on screen is open read-only (another program has it, a read-only folder …); empty when writable. */
    private final ReadOnlyStringWrapper readOnlyNote = new ReadOnlyStringWrapper("");
    private final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>();
    /** Every task row selected, in the table's order: what 批量修改, copy and export of a selection take. */
    private final ObservableList<TaskRow> selectedRows = FXCollections.observableArrayList();
    private final BooleanBinding rowsChosen = Bindings.isNotEmpty(selectedRows);
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final BooleanBinding editable;
    private final BooleanBinding taskSelected;
    private final Map<StandardAction, Command> commands;

    /** Opened and closed only on the background worker. */
    private volatile LedgerSession session;
    /** What the FX thread knows of the open ledger. */
    private LedgerInfo info;
    private Map<Long, Task> shown = Map.of();
    private List<String> domainOrder = List.of();
    private List<String> unitNames = List.of();
    private LocalDate setUpDay;

    public MainViewModel(Background background, Clock clock, ZoneId zone, Path sampleFile, UserPrefs prefs,
            DialogService dialogs) {
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        this.sampleFile = sampleFile;
        this.prefs = prefs;
        this.dialogs = dialogs;
        recent.setAll(prefs.recent());
        busyMessage = Bindings.createStringBinding(() -> checking.get() && background.busyProperty().get()
                ? I18n.text("window.checking") : background.messageProperty().get(),
                checking, background.busyProperty(), background.messageProperty());
        editable = Bindings.createBooleanBinding(() -> ledgerOpen.get() && !readOnly.get() && asOf.get() == null,
                ledgerOpen, readOnly, asOf);
        taskSelected = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().isHeading(),
                selected);
        selected.addListener((o, was, now) -> loadDetail());
        detail.queryProperty().bind(table.searchProperty());
        actions = new TaskActions(this);
        printing = new LedgerPrinting(this, prefs);
        commands = makeCommands();
    }

    /** The windows beside this one; given once the program has built the main window. */
    public void setWindows(SideWindows windows) {
        this.windows = windows;
    }

    // ---- commands ------------------------------------------------------------------------------

    private Map<StandardAction, Command> makeCommands() {
        Map<StandardAction, Command> c = new EnumMap<>(StandardAction.class);
        BooleanExpression open = ledgerOpen;
        c.put(StandardAction.NEW_LEDGER, Command.always(this::newLedger));
        c.put(StandardAction.NEW_NEXT_YEAR, Command.of(open, this::newNextYear));
        c.put(StandardAction.OPEN_LEDGER, Command.always(this::chooseAndOpen));
        c.put(StandardAction.CONNECT_SERVER, Command.always(() -> connect(new ConnectViewModel(null, ""))));
        c.put(StandardAction.OPEN_SAMPLE, Command.always(this::openSample));
        c.put(StandardAction.IMPORT, Command.of(editable, () -> windows.importer()));
        c.put(StandardAction.SAVE_AS, Command.of(open, this::chooseAndSaveAs));
        c.put(StandardAction.PRINT_LEDGER, Command.of(open, () -> printing.print()));
        c.put(StandardAction.BACKUPS, Command.of(open, () -> windows.backups()));
        c.put(StandardAction.CLOSE_LEDGER, Command.of(open, this::close));
        c.put(StandardAction.EXIT, Command.always(() -> windows.exit()));
        c.put(StandardAction.ADD_TASK, Command.of(editable, actions::addTask));
        BooleanBinding onTask = editable.and(taskSelected);
        c.put(StandardAction.ADD_MEASURE, Command.of(onTask, actions::addMeasure));
        c.put(StandardAction.EDIT_TASK, Command.of(onTask, actions::edit));
        c.put(StandardAction.BATCH_EDIT, Command.of(editable.and(rowsChosen), () -> actions.batch(null)));
        for (AdjustmentType type : List.of(AdjustmentType.DEADLINE, AdjustmentType.LEAD_UNITS, AdjustmentType.WORDING)) {
            c.put(adjusting(type), Command.of(allows(type), () -> actions.adjust(type)));
        }
        c.put(StandardAction.CANCEL_TASK, Command.of(allows(AdjustmentType.CANCEL), actions::cancel));
        c.put(StandardAction.MERGE_TASK, Command.of(allows(AdjustmentType.MERGE), actions::merge));
        c.put(StandardAction.SPLIT_TASK, Command.of(allows(AdjustmentType.SPLIT), actions::split));
        c.put(StandardAction.RESTORE_TASK, Command.of(allows(AdjustmentType.RESTORE), actions::restore));
        c.put(StandardAction.CLOSE_OUT, Command.of(allows(AdjustmentType.CLOSE_OUT), actions::closeOut));
        c.put(StandardAction.UNDO, Command.of(editable, actions::undo));
        // a unit asks about a task it still has: what a structural adjustment may be made to
        c.put(StandardAction.NEW_REQUEST, Command.of(allows(AdjustmentType.WORDING), actions::request));
        c.put(StandardAction.NEW_TASK_REQUEST, Command.of(editable, actions::requestNewTask));
        c.put(StandardAction.REQUESTS, Command.of(open, () -> windows.requests()));
        c.put(StandardAction.CLEAR_FILTERS, Command.of(open, table::clearFilters));
        c.put(StandardAction.REFRESH, Command.of(open, this::refresh));
        c.put(StandardAction.LOG, Command.of(open, () -> windows.log()));
        c.put(StandardAction.COMPARE, Command.of(open, () -> windows.compare()));
        c.put(StandardAction.BACK_TO_NOW, Command.of(asOf.isNotNull(), () -> travelTo(null)));
        c.put(StandardAction.EXPORT_LEDGER, Command.of(open, () -> windows.exportLedger()));
        c.put(StandardAction.EXPORT_SELECTION, Command.of(open.and(rowsChosen),
                () -> windows.exportSelection(selectedTasks())));
        c.put(StandardAction.EXPORT_UNITS, Command.of(open, () -> windows.exportUnits()));
        c.put(StandardAction.EXPORT_HISTORY, Command.of(open, () -> windows.exportHistory()));
        c.put(StandardAction.EXPORT_CHANGES, Command.of(open, () -> windows.compare()));
        c.put(StandardAction.EXPORT_REQUEST_LIST, Command.of(open, () -> windows.exportRequestList()));
        c.put(StandardAction.REPORT, Command.of(open, () -> windows.report()));
        c.put(StandardAction.NOTICES, Command.of(open, () -> windows.notices()));
        c.put(StandardAction.SETTINGS, Command.of(open, () -> windows.settings()));
        c.put(StandardAction.REFERENCE, Command.of(open, () -> windows.reference()));
        c.put(StandardAction.GUIDE, Command.always(() -> windows.guide()));
        c.put(StandardAction.ABOUT, Command.always(() -> windows.about()));
        c.put(StandardAction.CANCEL_WORK, Command.of(background.cancellableProperty(), background::cancel));
        return c;
    }

    private static StandardAction adjusting(AdjustmentType type) {
        return switch (type) {
            case DEADLINE -> StandardAction.ADJUST_DEADLINE;
            case LEAD_UNITS -> StandardAction.ADJUST_LEAD_UNITS;
            default -> StandardAction.ADJUST_WORDING;
        };
    }

    /** The selected task can be given this adjustment now: editable, a task selected, its status allows it. */
    private BooleanBinding allows(AdjustmentType type) {
        return Bindings.createBooleanBinding(() -> editable.get() && taskSelected.get()
                && type.allowedFor(selected.get().task().status()), editable, taskSelected, selected);
    }

    /** The windows beside this one. */
    SideWindows windows() {
        return windows;
    }

    /** What the window's actions do and when they can be done; the view shows them (FIND is the view's own). */
    public Map<StandardAction, Command> commands() {
        return commands;
    }

    public Command command(StandardAction action) {
        return commands.get(action);
    }

    // ---- the document --------------------------------------------------------------------------

    /**
     * At start: a ledger named on the command line (a file or a server address), else the last
     * one (a file still there, or a server ledger), else the welcome view.
     */
    public void start(Optional<String> named) {
        Optional<LedgerAddress> toOpen;
        try {
            toOpen = named.or(() -> prefs.get(LAST)).map(LedgerAddress::parse)
                    .filter(a -> !(a instanceof LedgerAddress.File f) || Files.exists(f.path()));
        } catch (LedgerException e) {
            fail(e);
            return;
        }
        toOpen.ifPresentOrElse(this::open, this::practiseOpening);
    }

    /**
     * With no ledger to open at start, opens a made-up one once the window has shown, as the window
     * opens a ledger, and lets go of it: the JVM loads and compiles that code while the clerk looks at
     * the welcome view, not while the first real ledger is opened (decision 0034). On a thread of
     * its own, in a scratch folder; nothing the clerk sees changes, and a failure only means no practice.
     */
    private void practiseOpening() {
        background.afterDrawn(() -> practice = org.taizhang.core.Threads.ahead("taizhang-opening-practice", () -> {
            try (ScratchFolder dir = ScratchFolder.make(PRACTICE_FOLDER)) {
                // a program closed or killed in the seconds of its practice left its folder: gone now
                ScratchFolder.sweep(PRACTICE_FOLDER);
                practiseOpening(dir.path());
            } catch (RuntimeException | LinkageError e) {
                LoggerFactory.getLogger(MainViewModel.class).info("no practice opening: {}", e.toString());
            }
        }));
    }

    /**
     * Makes a ledger of made-up tasks in {@code dir} and opens it as {@link #open(Path)} does: the
     * file's lock and schema, the tasks, requests and 督办单 read, the table's rows made, the chain
     * checked; then closes it. Touches nothing of this window. Returns the rows made.
     */
    int practiseOpening(Path dir) {
        Path file = dir.resolve("practice.taizhang");
        LocalDate day = LocalDate.now(clock.withZone(zone));
        try (OpenLedger made = OpenLedger.create(file, "practice", day.getYear(), clock)) {
            // as new tasks: id 0, a measure's parent as -n (the n-th of the list), no status only an adjustment sets
            made.service().commit(AdjustmentType.IMPORT, Note.by("practice"), LedgerViewModel.practiceTasks(day, PRACTICE_TASKS)
                    .stream().map(t -> t.toBuilder().id(0).parentId(t.parentId() == null ? null : -t.parentId())
                            .status(t.status().isSetByItsOwnAdjustment() ? Status.IN_PROGRESS : t.status()).build())
                    .toList());
        }
        LedgerSession opened = LedgerSession.open(file, clock);
        try {
            Snapshot read = null;
            for (int i = 0; i < PRACTICE_READS; i++) {
                read = opened.ledger().service().consistent(() -> read(opened, null));
            }
            opened.check();
            return read.rows().rows().size();
        } finally {
            opened.ledger().close(); // no copy kept, as closing a real one keeps
        }
    }

    /** The practice opening's thread, if one was started; for tests. */
    Thread practice() {
        return practice;
    }

    public void open(Path file) {
        open(new LedgerAddress.File(file));
    }

    /** Opens a ledger file, or a server ledger with the password stored for it (asked when the server wants one). */
    public void open(LedgerAddress address) {
        open(address, null);
    }

    private void open(LedgerAddress address, char[] password) {
        load(I18n.text("busy.opening", address.shortName()), () -> {
            if (session != null && address instanceof LedgerAddress.File f && session.address() instanceof LedgerAddress.File
                    && Files.exists(f.path()) && Files.isSameFile(session.path(), f.path())) {
                closeSession(); // reopening the ledger on screen: let go of it first, or our own lock refuses us
            }
            return LedgerSession.open(address, password, clock);
        }, () -> { }, e -> {
            if (address instanceof LedgerAddress.Server server && e instanceof LedgerException le
                    && (le.key().equals("server.passwordNeeded") || le.key().equals("server.wrongPassword"))) {
                connect(new ConnectViewModel(server, le.getMessage())); // the server's words say why it asks

            } else {
                fail(e);
            }
        });
    }

    /** 连接服务器台账: asks where the ledger is and the password, then opens it. */
    private void connect(ConnectViewModel form) {
        dialogs.connect(form).ifPresent(chosen -> open(chosen.address(), chosen.password()));
    }

    private void chooseAndOpen() {
        dialogs.openFile(FolderKind.LEDGERS, FileType.LEDGER).ifPresent(this::open);
    }

    /** Opens the sample ledger, making it first if this PC has none yet. */
    public void openSample() {
        load(I18n.text("busy.sample"), () -> {
            if (!Files.exists(sampleFile)) {
                Files.createDirectories(sampleFile.toAbsolutePath().getParent());
                try (OpenLedger made = OpenLedger.createSample(sampleFile, clock)) {
                }
            }
            return LedgerSession.open(sampleFile, clock);
        });
    }

    /** Asks the new ledger's title and year (suggesting this year, or the one its title names), then where. */
    private void newLedger() {
        dialogs.newLedger(new NewLedgerViewModel(LocalDate.now(clock.withZone(zone)).getYear())).ifPresent(chosen ->
                dialogs.saveFile(chosen.title() + ".taizhang", FolderKind.LEDGERS, FileType.LEDGER)
                        .ifPresent(file -> create(file, chosen.title(), chosen.year())));
    }

    /**
     * 新建下一年度台账: asks where, then starts next year's ledger from the one on screen with the
     * tasks it carried over (store.NextYearLedger), and goes on in the new one.
     */
    private void newNextYear() {
        int year = info.year() + 1;
        String title = LedgerYear.retitled(info.title(), year)
                .orElse(I18n.text("ledger.defaultTitle", Integer.toString(year)));
        dialogs.saveFile(title + ".taizhang", FolderKind.LEDGERS, FileType.LEDGER).ifPresent(file -> dialogs.operator()
                .ifPresent(operator -> startNextYear(file, operator)));
    }

    /** Starts next year's ledger at {@code file} from the open one, then shows it and says what it carried. */
    public void startNextYear(Path file, String operator) {
        java.util.concurrent.atomic.AtomicReference<String> said = new java.util.concurrent.atomic.AtomicReference<>("");
        load(I18n.text("busy.carrying", file.getFileName()), () -> {
            LedgerSession from = session;
            NextYearLedger.Started started = NextYearLedger.start(file, from.ledger().service(),
                    from.address().shortName(), null, null, Note.by(operator), clock);
            CarryOver.Result r = started.result();
            StringBuilder b = new StringBuilder(I18n.text("nextYear.done", started.ledger().service().info().title(),
                    r.added().size()));
            if (!r.pending().isEmpty()) {
                b.append('\n').append(I18n.text("nextYear.pending", r.pending().size()));
            }
            if (!r.unsettled().isEmpty()) {
                b.append('\n').append(I18n.text("nextYear.unsettled", r.unsettled().size()));
            }
            said.set(b.toString());
            return LedgerSession.of(started.ledger());
        }, () -> dialogs.tell(said.get()));
    }

    public void create(Path file, String title, int year) {
        load(I18n.text("busy.creating", file.getFileName()),
                () -> LedgerSession.of(OpenLedger.create(file, title, year, clock)));
    }

    private void chooseAndSaveAs() {
        dialogs.saveFile(info.title() + ".taizhang", FolderKind.LEDGERS, FileType.LEDGER).ifPresent(this::saveAs);
    }

    /** Saves a consistent copy of the open ledger under a new name and goes on in the copy. */
    public void saveAs(Path file) {
        if (session != null && session.address() instanceof LedgerAddress.Server) {
            saveServerLedgerAs(file);
            return;
        }
        load(I18n.text("busy.saving", file.getFileName()), () -> {
            session.ledger().file().copyTo(file);
            return LedgerSession.open(file, clock);
        });
    }

    /**
     * A server ledger saved as a file keeps its whole history in the file (a copy, not an export);
     * the window stays on the server ledger, the one the office shares, and says where the file is.
     */
    private void saveServerLedgerAs(Path file) {
        LedgerSession on = session;
        background.run(I18n.text("busy.saving", file.getFileName()),
                () -> LedgerCopy.copy(on.ledger(), new LedgerAddress.File(file), clock),
                copied -> dialogs.tell(I18n.text("saveAs.serverCopied", file.toAbsolutePath(), copied.tasks(),
                        copied.adjustments())), this::fail);
    }

    public void close() {
        background.run("", () -> {
            closeSession();
            return null;
        }, none -> {
            info = null;
            shown = Map.of();
            table.clear();
            detail.clear();
            asOf.set(null);
            banner.set("");
            elsewhere.set("");
            suspect.set("");
            readOnlyNote.set("");
            ledgerOpen.set(false);
            readOnly.set(false);
            windowTitle.set(I18n.text("app.name"));
        }, this::fail);
    }

    /** What the table shows, read on the worker for the FX thread. */
    private record Snapshot(LedgerInfo info, boolean readOnly, LedgerAddress address, List<Task> tasks, List<String> domains,
            List<String> units, Optional<Instant> setUpAt, LedgerViewModel.Rows rows, LedgerTree.Ranking ranking) {
        /** This snapshot with its rows sorted by the table's {@code order} (null: not sorted). */
        Snapshot sortedBy(java.util.Comparator<TaskRow> order) {
            return order == null ? this : new Snapshot(info, readOnly, address, tasks, domains, units, setUpAt, rows,
                    LedgerTree.Ranking.of(rows.rows(), order));
        }
    }

    /** Opens a ledger on the worker, then shows it; the ledger on screen stays open until the new one is. */
    private void load(String what, Callable<LedgerSession> opening) {
        load(what, opening, () -> { });
    }

    /** {@link #load(String, Callable)}, then {@code shown} once the new ledger is on screen. */
    private void load(String what, Callable<LedgerSession> opening, Runnable shown) {
        load(what, opening, shown, this::fail);
    }

    private void load(String what, Callable<LedgerSession> opening, Runnable shown, Consumer<Throwable> failed) {
        java.util.Comparator<TaskRow> order = table.order();
        background.run(what, () -> {
            LedgerSession opened = opening.call();
            closeSession();
            session = opened;
            // watched before it is read: what another PC commits from here on is heard of, none missed
            opened.ledger().watch(a -> background.later(() -> changedElsewhere(opened, a)));
            return Map.entry(opened, snapshot(null).sortedBy(order));
        }, loaded -> {
            LedgerSession opened = loaded.getKey();
            asOf.set(null);
            banner.set("");
            elsewhere.set("");
            suspect.set("");
            readOnlyNote.set(opened.readOnlyBecause().map(why -> I18n.text("window.readOnlyBar", why.getMessage())).orElse(""));
            selected.set(null);
            show(loaded.getValue());
            LedgerAddress address = loaded.getValue().address();
            prefs.addRecent(address.display());
            if (address instanceof LedgerAddress.File f && !f.path().toAbsolutePath().equals(sampleFile.toAbsolutePath())) {
                dialogs.folders().remember(FolderKind.LEDGERS, f.path()); // the next ledger dialog starts beside it
            }
            prefs.put(LAST, address.display());
            recent.setAll(prefs.recent());
            opened.readOnlyBecause().ifPresent(why -> dialogs.tell(why.getMessage()));
            check(opened);
            shown.run();
        }, failed);
    }

    /**
     * Checks a ledger just shown against its hash chain, on the worker: the clerk reads at once,
     * and a save made meanwhile waits behind the check (the status bar says 校验中). A ledger that
     * fails turns read-only, with the suspect bar, as if it had been refused at opening.
     */
    private void check(LedgerSession opened) {
        checking.set(true);
        // queued now, so that a save asked meanwhile waits behind it; started once the rows are
        // drawn, so that it does not take a core from the table's first layout
        java.util.concurrent.CountDownLatch drawn = new java.util.concurrent.CountDownLatch(1);
        background.afterDrawn(drawn::countDown);
        background.run(I18n.text("window.checking"), () -> {
            drawn.await(1, java.util.concurrent.TimeUnit.SECONDS);
            return opened.check();
        }, found -> {
            checking.set(false);
            if (opened != session) {
                return;
            }
            if (found.isEmpty()) {
                table.rehearseLater(); // the check done, a spare core makes the first searches quick
                return;
            }
            suspect.set(I18n.text("window.suspect", found.get().summary()));
            readOnlyNote.set(""); // the suspect bar says it is read-only and why
            readOnly.set(true);
            showTitle(opened.address());
            dialogs.tell(suspect.get());
        }, e -> {
            checking.set(false);
            fail(e);
        });
    }

    /** The ledger as the table shows it, all read as of one moment (another PC may be saving meanwhile). */
    private Snapshot snapshot(LocalDate at) {
        return service().consistent(() -> read(session, at));
    }

    private Snapshot read(LedgerSession from, LocalDate at) {
        LedgerService s = from.ledger().service();
        List<Task> tasks = at == null ? s.tasks() : s.tasksAsOf(Days.endOf(at, zone));
        java.util.Set<Long> requested = new java.util.HashSet<>();
        org.taizhang.core.request.Requests.replay(s.requestEvents().stream()
                .filter(a -> at == null || !a.time().isAfter(Days.endOf(at, zone))).toList()).stream()
                .filter(r -> r.isOpen() && r.taskId() != null).forEach(r -> requested.add(r.taskId()));
        LocalDate day = at == null ? today() : at;
        Map<Long, org.taizhang.core.notice.NoticeLevel> noticed = new HashMap<>();
        org.taizhang.core.notice.Notices.openByTask(org.taizhang.core.notice.Notices.replay(s.noticeEvents().stream()
                .filter(a -> !a.time().isAfter(Days.endOf(day, zone))).toList()), day)
                .forEach((task, n) -> noticed.put(task, n.level()));
        List<String> domains = s.domainNames();
        LightRule rule = s.lightRule();
        // the table's rows are made here, on the worker: the FX thread only shows them
        return new Snapshot(s.info(), s.isReadOnly(), from.address(), tasks, domains,
                s.units().stream().map(Unit::name).toList(), s.setUpAt(),
                LedgerViewModel.rows(tasks, domains, day, rule, requested, noticed), null);
    }

    private void show(Snapshot snap) {
        info = snap.info();
        setUpDay = snap.setUpAt().map(t -> t.atZone(zone).toLocalDate()).orElse(LocalDate.of(info.year(), 1, 1));
        Map<Long, Task> byId = new HashMap<>();
        snap.tasks().forEach(t -> byId.put(t.id(), t));
        shown = byId;
        domainOrder = snap.domains();
        unitNames = snap.units();
        long keep = selected.get() == null ? -1 : selected.get().id();
        table.show(snap.rows(), snap.ranking());
        background.afterDrawn(table::indexLater); // beside the check, not the table's first layout
        readOnly.set(snap.readOnly());
        ledgerOpen.set(true);
        showTitle(snap.address());
        selected.set(table.visibleRow(keep).orElse(null));
        loadDetail();
    }

    private void showTitle(LedgerAddress address) {
        String ro = readOnly.get() ? I18n.text("window.readOnly") : "";
        windowTitle.set(I18n.text("window.title", info.title(), info.year(), address.shortName(), ro));
    }

    private void reload(Long select) {
        reload(select, () -> { });
    }

    /** Reads the ledger again and shows it, {@code select} selected; then {@code then}. */
    private void reload(Long select, Runnable then) {
        LocalDate at = asOf.get();
        java.util.Comparator<TaskRow> order = table.order();
        background.run(I18n.text("busy.loading"), () -> snapshot(at).sortedBy(order), snap -> {
            if (select != null) {
                selected.set(null);
            }
            show(snap);
            if (select != null) {
                table.visibleRow(select).ifPresent(selected::set);
            }
            then.run();
        }, this::fail);
    }

    /**
     * Another PC committed {@code a} to the server ledger on screen (实时更新): the table is read
     * again, the task selected stays selected, and the status bar says who changed what. A past
     * date on screen stays as it is, the line said all the same.
     */
    private void changedElsewhere(LedgerSession from, Adjustment a) {
        if (session != from || !ledgerOpen.get()) {
            return; // news of a ledger no longer on screen
        }
        Runnable say = () -> elsewhere.set(RemoteChange.line(a, RemoteChange.byNumber(shown), zone, today()));
        if (asOf.get() != null) {
            say.run();
            return;
        }
        reload(selected.get() == null ? null : selected.get().id(), say);
    }

    /** Reloads after a change made elsewhere (the reference lists window, the settings, an import). */
    public void refresh() {
        if (ledgerOpen.get()) {
            reload(selected.get() == null ? null : selected.get().id());
        }
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

    /** The day the window shows: the past date travelled to, else today. */
    LocalDate today() {
        return asOf.get() != null ? asOf.get() : LocalDate.now(clock.withZone(zone));
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
            List<Adjustment> history = service().historyOf(task.id());
            return at == null ? history
                    : history.stream().filter(a -> !a.time().isAfter(Days.endOf(at, zone))).toList();
        }, history -> {
            if (selected.get() != null && selected.get().id() == task.id()) {
                detail.show(task, history, today(), zone, this::taskName);
            }
        }, this::fail);
    }

    /** "4. 开展营商环境对标提升行动…" for a task id, "#id" for one not in the ledger shown. */
    public String taskName(long id) {
        Task t = shown.get(id);
        return t == null ? "#" + id : t.shortLabel(24);
    }

    /** The selected task; only called by commands that need one (they are disabled without). */
    Task selectedTask() {
        TaskRow row = selected.get();
        if (row == null || row.isHeading()) {
            throw new IllegalStateException("no task selected");
        }
        return row.task();
    }

    /** The selected tasks in the table's order (headings left out). */
    List<Task> selectedTasks() {
        return selectedRows.stream().map(TaskRow::task).toList();
    }

    /**
     * 粘贴一列: the text on the clipboard (as Excel or WPS puts it there) into a field of the selected
     * tasks, row by row, previewed before it is saved as one adjustment.
     */
    public void pasteColumn(String clipboardText) {
        List<List<String>> cells = RowsClipboard.cells(clipboardText);
        if (cells.isEmpty()) {
            dialogs.tell(I18n.text("batch.clipboardEmpty"));
            return;
        }
        actions.batch(cells);
    }

    /** The 领域 of the selected row, heading or task; empty when none is selected. */
    String selectedDomain() {
        return selected.get() == null ? "" : selected.get().domain();
    }

    /** What the open ledger says of itself (title, year); null while none is open. */
    public LedgerInfo info() {
        return info;
    }

    List<String> domainOrder() {
        return domainOrder;
    }

    List<String> unitNames() {
        return unitNames;
    }

    DialogService dialogs() {
        return dialogs;
    }

    /** Asks {@code question} of the ledger on the worker, then {@code then} with the answer on the FX thread. */
    <T> void ask(Function<LedgerService, T> question, java.util.function.Consumer<T> then) {
        background.run("", () -> question.apply(service()), then, this::fail);
    }

    /** Runs one adjustment in the background, then shows the ledger again with {@code select} (or what it added). */
    void write(Long select, Function<LedgerService, Adjustment> change) {
        write(select, change, this::fail);
    }

    /** {@link #write}, its failure handed to {@code failed} (a conflict the form resolves). */
    void write(Long select, Function<LedgerService, Adjustment> change, java.util.function.Consumer<Throwable> failed) {
        background.run(I18n.text("busy.saving.adjustment"), () -> change.apply(service()), done -> {
            Long focus = select;
            if (focus == null || focus <= 0) {
                focus = done.changes().isEmpty() ? null : done.changes().get(0).taskId();
            }
            reload(focus);
        }, failed::accept);
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } finally {
                session = null;
            }
        }
    }

    void fail(Throwable e) {
        dialogs.tell(Describe.problem(e));
    }

    /** Releases the open ledger; called when the window closes. */
    public void shutdown() {
        background.run("", () -> {
            closeSession();
            return null;
        }, none -> { }, e -> { });
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
        return session.ledger().backups();
    }

    /** The open ledger's service, for the windows that work on it beside the main one. */
    public LedgerService service() {
        return session.ledger().service();
    }

    /**
     * Sorts the table by {@code order} (null: the outline's order), then runs {@code shown} on the
     * FX thread to show the rows so sorted. The whole ledger is sorted once, aside: half a second
     * at 100,000 tasks, during which the window stays as it was and answers. A sort asked meanwhile
     * takes this one's place.
     */
    public void sortTable(java.util.Comparator<TaskRow> order, Runnable shown) {
        int asked = ++sorts;
        if (order == null) {
            table.sortedBy(null);
            shown.run();
            return;
        }
        List<TaskRow> rows = table.allRows();
        background.aside(() -> LedgerTree.Ranking.of(rows, order), ranking -> {
            if (asked != sorts) {
                return;
            }
            if (rows != table.allRows()) { // read again meanwhile: sort what is shown now
                sortTable(order, shown);
                return;
            }
            table.sortedBy(order, ranking);
            shown.run();
        }, this::fail);
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

    /** The task rows selected, kept by the table in its order; commands on a selection take them. */
    public ObservableList<TaskRow> selectedRows() {
        return selectedRows;
    }

    /** Some task rows are selected: what copy, 批量修改, paste and export of a selection need. */
    public BooleanBinding rowsChosenProperty() {
        return rowsChosen;
    }

    /** Opens a ledger of the recent list: a file's path, or a server ledger's address. */
    public void openRecent(String entry) {
        try {
            open(LedgerAddress.parse(entry));
        } catch (LedgerException e) {
            fail(e);
        }
    }

    /** Whether a recent ledger is a file no longer there (a server ledger is asked when opened). */
    public boolean isGone(String entry) {
        try {
            return LedgerAddress.parse(entry) instanceof LedgerAddress.File f && !Files.exists(f.path());
        } catch (LedgerException e) {
            return true;
        }
    }

    /** Takes a ledger off the recent list (its file is gone, say). */
    public void forgetRecent(String path) {
        prefs.removeRecent(path);
        recent.setAll(prefs.recent());
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

    /** "10:42 赵静 在另一台电脑上修改了任务 3 的进展情况": the last change another PC made; empty for none. */
    public ReadOnlyStringProperty elsewhereProperty() {
        return elsewhere.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /**
     * Empty, or why the ledger on screen is not to be trusted: where it stops matching its hash
     * chain. Such a ledger is open read-only.
     */
    public ReadOnlyStringProperty readOnlyNoteProperty() {
        return readOnlyNote.getReadOnlyProperty();
    }

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

    /** What the worker is doing; while a ledger just opened is checked, that, whatever waits behind it. */
    public javafx.beans.binding.StringExpression busyMessageProperty() {
        return busyMessage;
    }

    /** True while the ledger shown is being checked against its hash chain (its writes wait for it). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone;
    }

    public Background background() {
        return background;
    }
}
