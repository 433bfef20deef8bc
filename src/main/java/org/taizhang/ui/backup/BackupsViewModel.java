package org.taizhang.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.store.Backups;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;

/**
 * 恢复备份: the ledger's backups, newest first, each with what the ledger went through after it,
 * and the way back: a backup becomes a ledger file of its own (history and all), the ledger in use
 * untouched.
 */
public final class BackupsViewModel {
    /** A backup as listed: when, why, how many adjustments it holds, and what came after it. */
    public record Row(Backups.Backup backup, String time, String reason, long adjustments, String after) {
    }

    private final LedgerService service;
    private final Supplier<Backups> backups;
    private final Background background;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private String ledgerName = "";
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** {@code backups} is called on the worker: it reads the ledger's settings. */
    public BackupsViewModel(LedgerService service, Supplier<Backups> backups, Background background, ZoneId zone) {
        this.service = service;
        this.backups = backups;
        this.background = background;
        this.zone = zone;
    }

    private record Listing(String folder, String name, List<Row> rows) {
    }

    /** Lists the backups (off the FX thread). */
    public void load() {
        background.run(I18n.text("backups.loading"), () -> {
            Backups b = backups.get();
            List<Adjustment> log = service.log();
            List<Row> out = new ArrayList<>();
            for (Backups.Backup backup : b.list()) {
                out.add(new Row(backup, Describe.time(backup.time(), zone), backup.reason(), backup.adjustments(),
                        after(backup, log)));
            }
            return new Listing(b.folder().toString(), b.name(), out);
        }, listing -> {
            folder.set(listing.folder());
            ledgerName = listing.name();
            rows.setAll(listing.rows());
            message.set(listing.rows().isEmpty() ? I18n.text("backups.none") : "");
        }, e -> message.set(Describe.problem(e)));
    }

    /** "之后 2 次调整：01-10 10:01 调整时限（王芳）；…", or that the backup holds the ledger as it is. */
    static String after(Backups.Backup backup, List<Adjustment> log) {
        int count = (int) backup.adjustments();
        if (count > log.size() || count > 0 && !log.get(count - 1).hash().equals(backup.head())) {
            return I18n.text("backups.otherHistory"); // not a state this ledger's log passed through
        }
        List<Adjustment> later = log.subList(count, log.size());
        if (later.isEmpty()) {
            return I18n.text("backups.current");
        }
        List<String> parts = new ArrayList<>();
        for (Adjustment a : later.subList(0, Math.min(3, later.size()))) {
            parts.add(I18n.text("backups.afterOne", a.type().label(), a.operator(),
                    a.reason().isEmpty() ? "" : I18n.text("backups.because", a.reason())));
        }
        String more = later.size() > 3 ? I18n.text("backups.andMore", later.size() - 3) : "";
        return I18n.text("backups.after", later.size(), String.join(I18n.text("backups.separator"), parts) + more);
    }

    /** A ledger open read-only (another program writes it, or it is suspect) is backed up by its writer. */
    public boolean canBackUp() {
        return !service.isReadOnly();
    }

    /** Keeps a copy now (the clerk asked), unless the newest backup holds the ledger as it is. */
    public void backUpNow() {
        background.run(I18n.text("backup.busy"), () -> {
            int before = backups.get().list().size();
            service.backup(I18n.text("backups.byHand"));
            return backups.get().list().size() > before;
        }, made -> {
            load();
            message.set(made ? "" : I18n.text("backups.unchanged"));
        }, e -> message.set(Describe.problem(e)));
    }

    /** Makes {@code row}'s backup the ledger file {@code target}; then {@code restored} (on the FX thread). */
    public void restore(Row row, Path target, Consumer<Path> restored) {
        background.run(I18n.text("backups.restoring"), () -> {
            Backups.restore(row.backup(), target);
            return target;
        }, restored, e -> message.set(Describe.problem(e)));
    }

    /**
     * "北疆市台账（恢复自2024-01-10 09.30）.taizhang", a name for the restored file: a server
     * ledger's backup too is restored as a ledger file ("bj2023（恢复自…）.taizhang").
     */
    public String restoredName(Row row) {
        return restoredName(ledgerName, row);
    }

    /** {@code ledger}: the ledger file's name without ".taizhang", or the server ledger's name (what the backups are named after). */
    public static String restoredName(String ledger, Row row) {
        return I18n.text("backups.restoredName", ledger, row.time().replace(':', '.')) + ".taizhang";
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Where the backups are kept. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
