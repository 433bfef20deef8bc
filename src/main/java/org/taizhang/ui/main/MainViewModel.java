package org.taizhang.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.sample.SampleLedger;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskOrder;
import org.taizhang.store.OpenLedger;
import org.taizhang.ui.Background;

/**
 * The main window's state and what it can do: open, create and close ledgers (off the FX thread)
 * and hold the open ledger's tasks as table rows, its title and its status counts.
 */
public final class MainViewModel {
    private final Background background;
    private final Clock clock;
    private final Path sampleFile;

    private final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(I18n.text("app.name"));
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(I18n.text("status.noLedger"));
    private final ReadOnlyBooleanWrapper ledgerOpen = new ReadOnlyBooleanWrapper(false);
    private Consumer<String> onMessage = m -> { };

    /** Touched only on the background worker; the FX thread sees the rows it produced. */
    private OpenLedger ledger;

    public MainViewModel(Background background, Clock clock, Path sampleFile) {
        this.background = background;
        this.clock = clock;
        this.sampleFile = sampleFile;
    }

    /** Where errors and notices for the user go (the window shows them in a dialog). */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = onMessage;
    }

    public void open(Path file) {
        load(I18n.text("busy.opening", file.getFileName()), () -> openForWriting(file));
    }

    /** Opens the sample ledger, making it first if this PC has none yet. */
    public void openSample() {
        load(I18n.text("busy.sample"), () -> {
            if (!Files.exists(sampleFile)) {
                Files.createDirectories(sampleFile.toAbsolutePath().getParent());
                try (OpenLedger made = OpenLedger.create(sampleFile, SampleLedger.TITLE, SampleLedger.YEAR, clock)) {
                    SampleLedger.populate(made.store());
                }
            }
            return openForWriting(sampleFile);
        });
    }

    public void create(Path file, String title, int year) {
        load(I18n.text("busy.creating", file.getFileName()), () -> OpenLedger.create(file, title, year, clock));
    }

    public void close() {
        background.run("", () -> {
            closeLedger();
            return null;
        }, none -> show(null, List.of()), this::fail);
    }

    /** A ledger another program writes opens read-only, and the user is told why. */
    private OpenLedger openForWriting(Path file) throws java.io.IOException {
        if (ledger != null && Files.exists(file) && Files.isSameFile(ledger.path(), file)) {
            closeLedger(); // reopening the ledger on screen: let go of it first, or our own lock refuses us
        }
        try {
            return OpenLedger.open(file, clock);
        } catch (LedgerException e) {
            if (!e.key().equals("ledger.locked") && !e.key().equals("ledger.folderReadOnly")
                    && !e.key().equals("ledger.fileReadOnly")) {
                throw e;
            }
            OpenLedger readOnly = OpenLedger.openForReading(file, clock);
            notice = e.getMessage();
            return readOnly;
        }
    }

    private String notice;

    private interface Opening {
        OpenLedger open() throws Exception;
    }

    private record Loaded(OpenLedger ledger, List<TaskRow> rows, String notice) {
    }

    private void load(String what, Opening opening) {
        background.run(what, () -> {
            notice = null;
            OpenLedger opened = opening.open();
            closeLedger(); // the ledger on screen stays open until the new one is
            ledger = opened;
            return new Loaded(opened, rowsOf(opened), notice);
        }, loaded -> {
            show(loaded.ledger(), loaded.rows());
            if (loaded.notice() != null) {
                onMessage.accept(loaded.notice());
            }
        }, this::fail);
    }

    private static List<TaskRow> rowsOf(OpenLedger ledger) {
        List<Task> tasks = ledger.service().tasks();
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        return tasks.stream().map(t -> new TaskRow(t, TaskOrder.depth(t, byId))).toList();
    }

    private void show(OpenLedger opened, List<TaskRow> loaded) {
        rows.setAll(loaded);
        ledgerOpen.set(opened != null);
        if (opened == null) {
            windowTitle.set(I18n.text("app.name"));
            statusText.set(I18n.text("status.noLedger"));
            return;
        }
        LedgerInfo info = opened.service().info();
        String readOnly = opened.service().isReadOnly() ? I18n.text("window.readOnly") : "";
        windowTitle.set(I18n.text("window.title", info.title(), opened.path().getFileName(), readOnly));
        statusText.set(statusLine(loaded));
    }

    private static String statusLine(List<TaskRow> rows) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        rows.forEach(r -> counts.merge(r.task().status(), 1, Integer::sum));
        StringBuilder b = new StringBuilder(I18n.text("status.count", rows.size()));
        counts.forEach((s, n) -> b.append(I18n.text("status.part", s.label(), n)));
        return b.toString();
    }

    private void closeLedger() {
        if (ledger != null) {
            ledger.close();
            ledger = null;
        }
    }

    private void fail(Throwable e) {
        onMessage.accept(e instanceof LedgerException ? e.getMessage()
                : I18n.text("error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    /** Releases the open ledger; called when the window closes. */
    public void shutdown() {
        close();
    }

    public ObservableList<TaskRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty ledgerOpenProperty() {
        return ledgerOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return background.messageProperty();
    }
}
