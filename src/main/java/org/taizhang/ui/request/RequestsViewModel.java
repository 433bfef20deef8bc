package org.taizhang.ui.request;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.request.Flags;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.Requests;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.ui.Background;
import org.taizhang.core.text.TextDiff;
import org.taizhang.exchange.export.RequestListContent;
import org.taizhang.ui.Describe;
import org.taizhang.ui.dialog.DialogService;
import org.taizhang.ui.export.Exporter;

/**
 * 调整申请: every request of the ledger, filtered by its state, and the office's steps on the one
 * selected: its opinion, the meeting list, the decision, a withdrawal. Each step asks what it needs
 * (a note, the meeting, the basis) and writes one event; the rules are {@link Requests}'. The list
 * of a meeting is exported from here for the committee.
 */
public final class RequestsViewModel {
    /** Which requests the list shows. */
    public enum Show {
        ALL, OPEN, RECEIVED, REVIEWED, LISTED, DECIDED, WITHDRAWN;

        public String label() {
            return I18n.text("requests.show." + name().toLowerCase(java.util.Locale.ROOT));
        }

        boolean shows(Request r) {
            return switch (this) {
                case ALL -> true;
                case OPEN -> r.isOpen();
                default -> r.state().name().equals(name());
            };
        }
    }

    private final LedgerService service;
    private final Requests requests;
    private final Background background;
    private final DialogService dialogs;
    private final Clock clock;
    private final ZoneId zone;
    private final Runnable onChanged;
    /** The day the main window shows, when it looks back; the requests are then those of that day, read only. */
    private final LocalDate asOf;
    private final Exporter exporter;

    private final ObservableList<RequestRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.OPEN);
    private final ObjectProperty<RequestRow> selected = new SimpleObjectProperty<>();
    /** The rows the clerk selected in the list (several: a whole list is decided at once). */
    private final ObservableList<RequestRow> chosen = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final BooleanBinding canOpine;
    private final BooleanBinding canList;
    private final BooleanBinding canDecide;
    private final BooleanBinding canWithdraw;
    private List<Request> all = List.of();
    /** Makes a row of a request, naming its task as the ledger now does. */
    private Function<Request, RequestRow> rowsOf = r -> null;

    public RequestsViewModel(LedgerService service, Background background, DialogService dialogs, Clock clock,
            ZoneId zone, Runnable onChanged) {
        this(service, background, dialogs, clock, zone, onChanged, null);
    }

    /** @param asOf the day to show the requests as they stood at its end (read only); null for now */
    public RequestsViewModel(LedgerService service, Background background, DialogService dialogs, Clock clock,
            ZoneId zone, Runnable onChanged, LocalDate asOf) {
        this.asOf = asOf;
        this.service = service;
        this.requests = new Requests(service);
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        this.zone = zone;
        this.onChanged = onChanged;
        this.exporter = new Exporter(service, background, zone, dialogs);
        show.addListener((o, was, now) -> showRows());
        canOpine = when(r -> r.state() == Request.State.RECEIVED || r.state() == Request.State.REVIEWED);
        canList = when(r -> r.state() == Request.State.REVIEWED);
        canDecide = when(r -> r.state() == Request.State.REVIEWED || r.state() == Request.State.LISTED);
        BooleanBinding openOne = when(Request::isOpen);
        canWithdraw = Bindings.createBooleanBinding(() -> openOne.get() && targets().size() == 1, openOne);
    }

    /** Every request the step acts on passes {@code test}; there is one at least, and the ledger is writable. */
    private BooleanBinding when(java.util.function.Predicate<Request> test) {
        return Bindings.createBooleanBinding(() -> !targets().isEmpty() && !service.isReadOnly() && asOf == null
                && targets().stream().allMatch(row -> test.test(row.request())), selected, chosen);
    }

    /** The requests a step acts on: those selected in the list, else the one selected. */
    private List<RequestRow> targets() {
        return !chosen.isEmpty() ? List.copyOf(chosen) : selected.get() == null ? List.of() : List.of(selected.get());
    }

    private List<Long> ids() {
        return targets().stream().map(RequestRow::id).toList();
    }

    private record Loaded(List<Request> requests, Map<Long, Task> tasks, Map<Long, List<Flags.Flag>> flags,
            Map<Long, TextDiff> diffs) {
    }

    /** Reads the requests (in the background) and shows them. */
    public void load() {
        background.run(I18n.text("busy.loading"), () -> {
            Map<Long, Task> tasks = new java.util.HashMap<>();
            if (asOf == null) {
                service.tasks().forEach(t -> tasks.put(t.id(), t));
                List<Request> all = requests.all();
                return new Loaded(all, tasks, new Flags(service).of(zone), diffs(all, tasks));
            }
            java.time.Instant end = org.taizhang.core.Days.endOf(asOf, zone);
            service.tasksAsOf(end).forEach(t -> tasks.put(t.id(), t));
            List<Request> then = requests.asOf(end);
            return new Loaded(then, tasks, new Flags(service).of(zone), diffs(then, tasks));
        }, loaded -> {
            all = loaded.requests();
            Map<Long, Task> tasks = loaded.tasks();
            Long keep = selected.get() == null ? null : selected.get().id();
            rowsOf = r -> new RequestRow(r, r.taskId() == null ? I18n.text("requests.newTask")
                    : Describe.taskLabel(tasks, r.taskId()), proposed(r, tasks), loaded.diffs().get(r.id()),
                    r.opinion() == null ? "" : r.opinion().label() + (r.opinion().note().isEmpty() ? ""
                            : "：" + r.opinion().note()),
                    r.decision() == null ? "" : r.decision().result().label() + "（" + r.decision().basis() + "）",
                    String.join("；", loaded.flags().getOrDefault(r.id(), List.of()).stream().map(Flags.Flag::text)
                            .toList()));
            showRows();
            rows.stream().filter(row -> keep != null && row.id() == keep).findFirst().ifPresent(selected::set);
        }, this::fail);
    }

    /**
     * For each request that rewrites fields of a task (时限, 牵头单位, 配合单位, 表述): the fields as
     * the request found them (原内容; for an applied one, before its adjustment) against what it
     * asks, marked; unit lists as lists. Read in the background: an applied request's task is
     * rebuilt from its history.
     */
    private Map<Long, TextDiff> diffs(List<Request> shown, Map<Long, Task> tasks) {
        Map<Long, TextDiff> out = new java.util.HashMap<>();
        for (Request r : shown) {
            boolean rewrites = switch (r.type()) {
                case DEADLINE, LEAD_UNITS, PARTNER_UNITS, WORDING -> true;
                default -> false;
            };
            Task found = rewrites ? RequestListContent.asFound(service, r, tasks) : null;
            if (found == null) {
                continue;
            }
            List<TaskField> fields = r.type().fields().stream().filter(r.proposed()::containsKey).toList();
            String before = String.join("；", fields.stream().map(f -> f.read(found)).toList());
            String after = String.join("；", fields.stream().map(f -> r.proposed().get(f)).toList());
            out.put(r.id(), r.type() == RequestType.LEAD_UNITS || r.type() == RequestType.PARTNER_UNITS
                    ? TextDiff.ofList(before, after) : TextDiff.of(before, after));
        }
        return out;
    }

    /** What a request asks to change to; a merge names the task it would go into. */
    private static String proposed(Request r, Map<Long, Task> tasks) {
        return Requests.inWords(r.type(), r.proposed(), id -> Describe.taskLabel(tasks, id));
    }

    private void showRows() {
        selected.set(null);
        chosen.clear();
        rows.setAll(all.stream().filter(show.get()::shows).map(rowsOf).toList());
        String text = I18n.text("requests.counts", all.size(), all.stream().filter(Request::isOpen).count(), rows.size());
        counts.set(asOf == null ? text : I18n.text("requests.asOf", asOf.toString()) + text);
    }

    public void agree() {
        opinion(true);
    }

    public void disagree() {
        opinion(false);
    }

    private void opinion(boolean agree) {
        List<Long> ids = ids();
        ask(I18n.text(agree ? "requests.agreeQuestion" : "requests.disagreeQuestion", numbers(ids)),
                I18n.text("requests.note"), agree)
                .ifPresent(text -> write(operator -> requests.opinion(ids, agree, Note.by(operator, text, ""))));
    }

    /** "83、84" for the questions that name the requests. */
    private static String numbers(List<Long> ids) {
        return String.join("、", ids.stream().map(String::valueOf).toList());
    }

    /** Puts the selected request on the list of a meeting the clerk names. */
    public void putOnList() {
        List<Long> ids = ids();
        dialogs.askText(I18n.text("requests.listQuestion", numbers(ids)), I18n.text("requests.meeting"), "")
                .ifPresent(meeting -> write(operator -> requests.list(ids, meeting, Note.by(operator))));
    }

    /**
     * The meeting's decisions on every request selected (its whole list, usually), one basis and date
     * for all, each request's result starting from the office's opinion: the clerk changes the exceptions.
     */
    public void decide() {
        List<RequestRow> rows = targets();
        DecisionFormViewModel form = new DecisionFormViewModel(rows, rows.get(0).list(),
                LocalDate.now(clock.withZone(zone)));
        dialogs.decisions(form).ifPresent(d -> write(operator -> requests.decide(d.results(), Map.of(), d.date(),
                Note.by(operator, "", d.basis()))));
    }

    /**
     * 导出清单: the 动态调整清单 of the meeting whose list the selected request is on; with none such
     * selected, the newest list awaiting its meeting. A read-only ledger exports too.
     */
    public void exportList() {
        List<RequestRow> rows = targets();
        exporter.requestList(rows.isEmpty() || rows.get(0).list().isEmpty() ? null : rows.get(0).list());
    }

    public void withdraw() {
        long id = ids().get(0);
        if (dialogs.confirm(I18n.text("requests.withdrawQuestion", id), I18n.text("requests.withdraw"))) {
            write(operator -> requests.withdraw(id, Note.by(operator)));
        }
    }

    /** The opinion's words, its usual wording filled in to be kept or typed over. */
    private Optional<String> ask(String question, String label, boolean agree) {
        return dialogs.askText(question, label, I18n.text(agree ? "requests.agreeNote" : "requests.disagreeNote"));
    }

    @FunctionalInterface
    private interface Step {
        Object write(String operator);
    }

    private void write(Step step) {
        dialogs.operator().ifPresent(operator -> background.run(I18n.text("busy.saving.adjustment"),
                () -> step.write(operator), done -> {
                    onChanged.run();
                    load();
                }, this::fail));
    }

    private void fail(Throwable e) {
        dialogs.tell(Describe.problem(e));
    }

    public ObservableList<RequestRow> rows() {
        return rows;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<RequestRow> selectedProperty() {
        return selected;
    }

    /** The rows selected in the list; the window keeps it in step with its selection. */
    public ObservableList<RequestRow> chosen() {
        return chosen;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public BooleanBinding canOpineProperty() {
        return canOpine;
    }

    public BooleanBinding canListProperty() {
        return canList;
    }

    public BooleanBinding canDecideProperty() {
        return canDecide;
    }

    public BooleanBinding canWithdrawProperty() {
        return canWithdraw;
    }
}
