package org.taizhang.ui.compare;

import org.taizhang.core.Days;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.LedgerDiff;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Task;
import org.taizhang.core.text.TextDiff;
import org.taizhang.ui.Background;
import org.taizhang.ui.ChangeLine;
import org.taizhang.ui.Describe;
import org.taizhang.ui.FieldErrors;

/**
 * Compares the ledger on two dates: how many tasks were added, cancelled, merged, restored,
 * changed or removed, which ones, and each changed field's value before and after.
 */
public final class CompareViewModel {

    /** The tasks of one kind of difference, titled with their count ("新增 2 项"). */
    public record Group(LedgerDiff.Kind kind, String title, List<Item> items) {
    }

    /** One task ("序号 改革任务") and its field changes ("完成时限：6月底前 → 9月底前", differences marked). */
    public record Item(String task, List<ChangeLine> lines) {
        public Item {
            lines = List.copyOf(lines);
        }

        /** The changes as plain text. */
        public List<String> changes() {
            return lines.stream().map(ChangeLine::text).toList();
        }
    }

    /** A comparison read, its groups already in words (their differences marked off the FX thread). */
    private record Result(LocalDate from, LocalDate to, LedgerDiff diff, List<Group> groups, List<String> counts) {
    }

    /** Values longer than this together are shown on lines of their own. */
    private static final int LONG = 60;

    private final LedgerService service;
    private final Background background;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final FieldErrors errors = new FieldErrors();

    /** The ledger compared, for exporting what the window shows. */
    public LedgerService service() {
        return service;
    }

    public Background background() {
        return background;
    }

    public ZoneId zone() {
        return zone;
    }

    public CompareViewModel(LedgerService service, Background background, ZoneId zone, LocalDate from,
            LocalDate to) {
        this.service = service;
        this.background = background;
        this.zone = zone;
        this.from.set(from);
        this.to.set(to);
        errors.check("dates", this::datesError, this.from, this.to);
    }

    /** Both dates, the first not after the second. */
    private String datesError() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        return a == null || b == null ? I18n.text("compare.pickDates")
                : a.isAfter(b) ? I18n.text("compare.backwards", a, b) : "";
    }

    /** The check of the two dates ("dates"), shown under the pickers; 比较 waits for it. */
    public FieldErrors errors() {
        return errors;
    }


    /** Compares the two chosen dates (off the FX thread); a backwards range is refused, said under the dates. */
    public void compare() {
        LocalDate a = from.get();
        LocalDate b = to.get();
        summary.set("");
        groups.clear();
        message.set("");
        if (!errors.noneProperty().get()) { // said under the dates
            return;
        }
        background.run(I18n.text("compare.running", a, b), () -> {
            Instant end = Days.endOf(b, zone);
            Map<Long, Task> tasks = new HashMap<>();
            service.tasksAsOf(end).forEach(t -> tasks.put(t.id(), t)); // to name the tasks merged into
            return grouped(a, b, service.diff(Days.endOf(a, zone), end), tasks);
        }, this::show, e -> message.set(Describe.problem(e)));
    }

    private static Result grouped(LocalDate from, LocalDate to, LedgerDiff diff, Map<Long, Task> tasks) {
        List<String> counts = new ArrayList<>();
        List<Group> shown = new ArrayList<>();
        for (LedgerDiff.Kind kind : LedgerDiff.Kind.values()) {
            List<LedgerDiff.Entry> entries = diff.of(kind);
            String title = I18n.text("diff." + kind.name().toLowerCase(Locale.ROOT), entries.size());
            if (kind != LedgerDiff.Kind.REMOVED || !entries.isEmpty()) { // removals are rare: named only when there are some
                counts.add(title);
            }
            if (!entries.isEmpty()) {
                shown.add(new Group(kind, title, entries.stream().map(e -> item(kind, e, tasks)).toList()));
            }
        }
        return new Result(from, to, diff, shown, counts);
    }

    private void show(Result r) {
        groups.setAll(r.groups()); // first: a summary on screen always speaks of the groups under it
        summary.set(I18n.text("compare.summary", r.from(), r.to(),
                String.join(I18n.text("compare.separator"), r.counts()), r.diff().adjustments().size()));
        message.set(r.diff().isEmpty() ? I18n.text("compare.noDifference") : "");
    }

    private static Item item(LedgerDiff.Kind kind, LedgerDiff.Entry e, Map<Long, Task> tasks) {
        List<ChangeLine> lines = new ArrayList<>();
        if (kind != LedgerDiff.Kind.ADDED && kind != LedgerDiff.Kind.REMOVED) {
            for (FieldChange f : e.fields()) {
                TextDiff diff = Describe.diff(f, id -> Describe.taskLabel(tasks, id));
                // An arrow lost in the middle of two progress reports is hard to find: long values get a line each.
                boolean isLong = diff.beforeText().length() + diff.afterText().length() > LONG;
                lines.add(ChangeLine.of(isLong ? "compare.fieldChangeLong" : "compare.fieldChange",
                        Describe.fieldName(f.field()), diff));
            }
        }
        return new Item(e.task().label(), lines);
    }

    /** The earlier date (its end of day). */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The later date (its end of day). */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** "2023-06-01 至 2023-07-01：新增 2 项，…；期间调整 7 次", empty until compared. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why there is no comparison (dates backwards, nothing differs, a failure); empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A group per kind of difference that has tasks, in the order of {@link LedgerDiff.Kind}. */
    public ObservableList<Group> groups() {
        return groups;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }
}
