package org.taizhang.ui.log;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.taizhang.core.I18n;
import org.taizhang.core.request.Requests;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.Replay;
import org.taizhang.core.history.Source;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Task;
import org.taizhang.core.text.TextDiff;
import org.taizhang.ui.Background;
import org.taizhang.ui.Describe;

/**
 * The ledger-wide adjustment log: every adjustment newest first, narrowed by type, operator, date
 * range and source file, and what the selected adjustment changed, field by field.
 */
public final class AdjustmentLogViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One adjustment as a line of the log table. */
    public record Row(Adjustment adjustment, LocalDate day, String time, String type, String operator,
            String reason, String basis, String source, int tasks, String undoes) {

        static Row of(Adjustment a, ZoneId zone) {
            Source s = a.source();
            return new Row(a, a.time().atZone(zone).toLocalDate(), TIME.format(a.time().atZone(zone)),
                    a.type().label(), a.operator(), a.reason(), a.basis(),
                    s.kind() == Source.Kind.MANUAL ? I18n.text("log.manual") : s.fileName(),
                    a.changes().size(), a.undoes() == null ? "" : I18n.text("log.undoes", a.undoes()));
        }
    }

    /**
     * One changed field of one task, its differences marked (or a task added or removed whole, a
     * request's or notice's step: {@code diff} null).
     */
    public record ChangeRow(String task, String field, String before, String after, TextDiff diff) {
        public ChangeRow(String task, String field, String before, String after) {
            this(task, field, before, after, null);
        }
    }

    private final LedgerService service;
    private final Background background;
    private final ZoneId zone;

    private final String allTypes = I18n.text("log.allTypes");
    private final String allOperators = I18n.text("log.allOperators");
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all);
    private final ObservableList<String> typeChoices = FXCollections.observableArrayList();
    private final ObservableList<String> operatorChoices = FXCollections.observableArrayList();
    private final StringProperty type = new SimpleStringProperty(allTypes);
    private final StringProperty operator = new SimpleStringProperty(allOperators);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty sourceFile = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private Adjustment selected;
    /** The log as last read, oldest first; immutable, so the worker may read it to name tasks. */
    private List<Adjustment> log = List.of();

    public AdjustmentLogViewModel(LedgerService service, Background background, ZoneId zone) {
        this.service = service;
        this.background = background;
        this.zone = zone;
        typeChoices.add(allTypes);
        for (AdjustmentType t : AdjustmentType.values()) {
            typeChoices.add(t.label());
        }
        operatorChoices.add(allOperators);
        shown.predicateProperty().bind(Bindings.createObjectBinding(this::filter, type, operator, from, to,
                sourceFile));
        count.bind(Bindings.createStringBinding(() -> I18n.text("log.count", all.size(), shown.size()), all, shown));
    }

    /** Reads the log (off the FX thread) and shows it. */
    public void load() {
        background.run(I18n.text("log.loading"), service::log, this::show, this::fail);
    }

    private void show(List<Adjustment> read) {
        log = read;
        List<Row> rows = new ArrayList<>(read.size());
        for (int i = read.size() - 1; i >= 0; i--) {
            rows.add(Row.of(read.get(i), zone));
        }
        List<String> operators = read.stream().map(Adjustment::operator).filter(o -> !o.isEmpty()).distinct()
                .sorted(Describe.pinyin()).toList();
        operatorChoices.setAll(allOperators);
        operatorChoices.addAll(operators);
        all.setAll(rows);
        message.set("");
    }

    private Predicate<Row> filter() {
        String t = type.get();
        String op = operator.get();
        LocalDate first = from.get();
        LocalDate last = to.get();
        String file = sourceFile.get() == null ? "" : sourceFile.get().strip().toLowerCase(Locale.ROOT);
        return row -> (t == null || t.equals(allTypes) || row.type().equals(t))
                && (op == null || op.equals(allOperators) || row.operator().equals(op))
                && (first == null || !row.day().isBefore(first))
                && (last == null || !row.day().isAfter(last))
                && (file.isEmpty() || row.adjustment().source().fileName().toLowerCase(Locale.ROOT).contains(file));
    }

    public void clearFilters() {
        type.set(allTypes);
        operator.set(allOperators);
        from.set(null);
        to.set(null);
        sourceFile.set("");
    }

    /** Shows what {@code row}'s adjustment changed; null shows nothing. */
    public void select(Row row) {
        selected = row == null ? null : row.adjustment();
        changes.clear();
        if (selected == null) {
            return;
        }
        Adjustment a = selected;
        List<Adjustment> known = log;
        background.run(I18n.text("log.loadingChanges", a.id()), () -> changeRows(a, known), rows -> {
            if (a == selected) { // the clerk may have moved on while this was read
                changes.setAll(rows);
            }
        }, this::fail);
    }

    private List<ChangeRow> changeRows(Adjustment a, List<Adjustment> known) {
        TaskNames names = new TaskNames(service.tasks(), known, a);
        List<ChangeRow> rows = new ArrayList<>();
        if (a.type().isNoticeEvent()) { // a 督办单 changes no task: say what it was
            rows.add(new ChangeRow("", a.type().label(), "", org.taizhang.core.notice.Notices.describe(a)));
            return rows;
        }
        if (a.type().isRequestEvent()) { // a request's step changes no task: say what it was, and about which task
            Long task = Requests.taskOf(a, known.stream().filter(e -> e.type().isRequestEvent()).toList());
            rows.add(new ChangeRow(task == null ? I18n.text("requests.newTask") : names.of(task), a.type().label(), "",
                    Requests.describe(a)));
            return rows;
        }
        for (TaskChange c : a.changes()) {
            String task = names.of(c.taskId());
            switch (c.kind()) {
                case CREATE -> rows.add(new ChangeRow(task, I18n.text("log.created"), "", ""));
                case REMOVE -> rows.add(new ChangeRow(task, I18n.text("log.removed"), "", ""));
                case UPDATE -> {
                    for (FieldChange f : c.fields()) {
                        TextDiff diff = Describe.diff(f, names::of);
                        rows.add(new ChangeRow(task, Describe.fieldName(f.field()), diff.beforeText(),
                                diff.afterText(), diff));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Names tasks from the ledger as it is now; a task no longer there by how it stood just after
     * the adjustment (or, if that adjustment removed it, just before), rebuilt from the log once.
     */
    private static final class TaskNames {
        private final Map<Long, Task> now = new HashMap<>();
        private final List<Adjustment> log;
        private final Adjustment adjustment;
        private Map<Long, Task> then;

        TaskNames(List<Task> current, List<Adjustment> log, Adjustment adjustment) {
            current.forEach(t -> now.put(t.id(), t));
            this.log = log;
            this.adjustment = adjustment;
        }

        String of(long id) {
            if (now.containsKey(id)) {
                return Describe.taskLabel(now, id);
            }
            if (then == null) {
                then = around();
            }
            return Describe.taskLabel(then, id);
        }

        private Map<Long, Task> around() {
            int at = log.indexOf(adjustment);
            Map<Long, Task> before = Replay.replay(at < 0 ? List.of() : log.subList(0, at), null);
            Map<Long, Task> after = new HashMap<>(before);
            adjustment.changes().forEach(c -> Replay.apply(after, c));
            before.forEach(after::putIfAbsent);
            return after;
        }
    }

    private void fail(Throwable e) {
        message.set(Describe.problem(e));
    }

    /** The adjustments that pass the filters, newest first. */
    public ObservableList<Row> rows() {
        return shown;
    }

    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    /** 全部类型 and every type's label. */
    public ObservableList<String> typeChoices() {
        return typeChoices;
    }

    /** 全部 and every operator named in the log. */
    public ObservableList<String> operatorChoices() {
        return operatorChoices;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    /** The first day shown (inclusive, in the window's zone); null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day shown (inclusive); null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Part of the source file's name; empty for any source. */
    public StringProperty sourceFileProperty() {
        return sourceFile;
    }

    /** 共 N 条调整（筛选后 M 条）. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True while the worker is busy (for the progress bar). */
    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    /** What went wrong last, empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
