package org.taizhang.core.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.SplitParts;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;

/**
 * 动态调整 as the office runs it: a unit asks (调整申请), the reform office gives its opinion, puts
 * the request on a meeting's list, and the committee decides; an approved request is applied as the
 * matching adjustment, linked both ways, with the decision as its basis. Every step is an event on
 * the hash-chained log (never a status column), so {@code verify} covers requests like everything
 * else and a request's state is what its events say.
 */
public final class Requests {
    private static final String TO = "to.";

    private final LedgerService ledger;

    public Requests(LedgerService ledger) {
        this.ledger = ledger;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** Every request, in the order they arrived, as the log leaves them. */
    public List<Request> all() {
        return replay(ledger.requestEvents());
    }

    /** Every request as it stood at {@code when}: the events up to it, replayed. */
    public List<Request> asOf(java.time.Instant when) {
        return replay(ledger.requestEvents().stream().filter(a -> !a.time().isAfter(when)).toList());
    }

    public Optional<Request> get(long id) {
        return all().stream().filter(r -> r.id() == id).findFirst();
    }

    /**
     * A step of a request: its own events, and the undo that took back the adjustment its decision
     * applied (that undo's detail names the request).
     */
    public static boolean isEvent(Adjustment a) {
        return a.type().isRequestEvent() || a.type() == AdjustmentType.UNDO && !a.detail().isEmpty()
                && Detail.decode(a.detail()).containsKey("request");
    }

    /** The requests as their events on {@code log} leave them. */
    public static List<Request> replay(List<Adjustment> log) {
        Map<Long, Request> out = new LinkedHashMap<>();
        for (Adjustment a : log) {
            if (!isEvent(a)) {
                continue;
            }
            Map<String, String> d = Detail.decode(a.detail());
            if (a.type() == AdjustmentType.REQUEST) {
                String task = d.getOrDefault("task", "");
                Request.Place place = d.containsKey("sheet") ? new Request.Place(d.get("sheet"),
                        Integer.parseInt(d.getOrDefault("row", "0"))) : null;
                out.put(a.id(), new Request(a.id(), task.isEmpty() ? null : Long.valueOf(task), d.getOrDefault("unit", ""),
                        RequestType.of(d.get("type")), values(d), a.reason(), a.source(), place, a.time(),
                        Request.State.RECEIVED, null, "", null, null));
                continue;
            }
            Request r = out.get(Long.parseLong(d.getOrDefault("request", "0")));
            if (r == null) {
                throw new LedgerException("request.detailDamaged", a.detail());
            }
            Request next = switch (a.type()) {
                case REQUEST_OPINION -> r.then(Request.State.REVIEWED,
                        new Request.Opinion(Boolean.parseBoolean(d.get("agree")), a.reason()), r.list(), null, null);
                case REQUEST_LISTED -> r.then(Request.State.LISTED, r.opinion(), d.getOrDefault("list", ""), null, null);
                case REQUEST_DECIDED -> {
                    String applied = d.getOrDefault("adjustment", "");
                    yield r.then(Request.State.DECIDED, r.opinion(), r.list(),
                            new Request.Decision(Request.Result.valueOf(d.get("result")), values(d), a.basis(),
                                    LocalDate.parse(d.get("date"))),
                            applied.isEmpty() ? null : Long.valueOf(applied));
                }
                // its decision's adjustment undone: to be decided again, from where it stood before
                case UNDO -> r.then(r.list().isEmpty() ? Request.State.REVIEWED : Request.State.LISTED, r.opinion(),
                        r.list(), null, null);
                default -> r.then(Request.State.WITHDRAWN, r.opinion(), r.list(), null, null);
            };
            out.put(r.id(), next);
        }
        return new ArrayList<>(out.values());
    }

    /** The events of the requests made about one task, for its timeline. */
    public static List<Adjustment> eventsOf(List<Adjustment> events, long taskId) {
        java.util.Set<Long> ofTask = new java.util.HashSet<>();
        List<Adjustment> out = new ArrayList<>();
        for (Adjustment a : events) {
            Map<String, String> d = Detail.decode(a.detail());
            boolean mine = a.type() == AdjustmentType.REQUEST ? Long.toString(taskId).equals(d.get("task"))
                    : ofTask.contains(Long.parseLong(d.getOrDefault("request", "0")));
            if (mine) {
                if (a.type() == AdjustmentType.REQUEST) {
                    ofTask.add(a.id());
                }
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The task a request's event is about, as {@code events} (the request events up to it) say; null
     * for a request of a new task.
     */
    public static Long taskOf(Adjustment event, List<Adjustment> events) {
        String request = event.type() == AdjustmentType.REQUEST ? Long.toString(event.id())
                : Detail.decode(event.detail()).get("request");
        return replay(events.stream().filter(e -> e.id() <= event.id()).toList()).stream()
                .filter(r -> Long.toString(r.id()).equals(request)).map(Request::taskId).findFirst().orElse(null);
    }

    /** What a request's event says, in the office's words, for a timeline or the log. */
    public static String describe(Adjustment a) {
        Map<String, String> d = Detail.decode(a.detail());
        return switch (a.type()) {
            case REQUEST -> I18n.text(values(d).isEmpty() ? "request.event.asked" : "request.event.askedTo",
                    d.getOrDefault("unit", ""), RequestType.of(d.get("type")).label(),
                    String.join("；", values(d).values()));
            case REQUEST_OPINION -> I18n.text("request.event.opinion",
                    new Request.Opinion(Boolean.parseBoolean(d.get("agree")), "").label());
            case REQUEST_LISTED -> I18n.text("request.event.listed", d.getOrDefault("list", ""));
            case REQUEST_DECIDED -> I18n.text(d.containsKey("adjustment") ? "request.event.applied"
                    : "request.event.decided", Request.Result.valueOf(d.get("result")).label(),
                    d.getOrDefault("adjustment", ""));
            case REQUEST_WITHDRAWN -> I18n.text("request.event.withdrawn");
            case UNDO -> I18n.text("request.event.undone");
            default -> "";
        };
    }

    /**
     * What a request asks (or a decision approved) in words, one rule for every list that shows it:
     * 取消; 并入 and the task it joins, named by {@code taskName}; else the values proposed.
     */
    public static String inWords(RequestType type, Map<TaskField, String> values, java.util.function.LongFunction<String> taskName) {
        String into = values.getOrDefault(TaskField.MERGED_INTO, "");
        return switch (type) {
            case CANCEL -> type.label();
            case MERGE -> I18n.text("request.mergeInto", into.isEmpty() ? "" : taskName.apply(Long.parseLong(into)));
            default -> String.join("；", values.values());
        };
    }

    private static Map<TaskField, String> values(Map<String, String> detail) {
        Map<TaskField, String> out = new EnumMap<>(TaskField.class);
        detail.forEach((k, v) -> {
            if (k.startsWith(TO)) {
                out.put(TaskField.ofCode(k.substring(TO.length())), v);
            }
        });
        return out;
    }

    private static void putValues(Map<String, String> detail, Map<TaskField, String> values) {
        values.forEach((f, v) -> detail.put(TO + f.code(), v));
    }

    // ---- the steps --------------------------------------------------------------------------------

    /**
     * Records a unit's request. The note's reason is the unit's; its source is where the request
     * came from (the clerk, or a returned workbook with its SHA-256). Refused: a task that is not
     * there, one whose status does not allow the adjustment asked for (a merged task is restored
     * first), a proposed value that cannot be read, a type's field left out.
     */
    public Adjustment receive(Long taskId, String unit, RequestType type, Map<TaskField, String> proposed, Note note) {
        return receive(taskId, unit, type, proposed, note, null);
    }

    /** {@link #receive} of a request read from a returned workbook, at {@code place} in it (null: typed in). */
    public Adjustment receive(Long taskId, String unit, RequestType type, Map<TaskField, String> proposed, Note note,
            Request.Place place) {
        if (unit == null || unit.isBlank()) {
            throw new LedgerException("request.unitRequired");
        }
        if (type == RequestType.ADD ? taskId != null : taskId == null) {
            throw new LedgerException(type == RequestType.ADD ? "request.addHasNoTask" : "request.taskRequired",
                    type.label());
        }
        if (taskId != null) {
            allowed(type, task(taskId));
        }
        Map<TaskField, String> values = check(type, taskId, proposed);
        Map<String, String> d = new TreeMap<>();
        d.put("type", type.name());
        d.put("task", taskId == null ? "" : Long.toString(taskId));
        d.put("unit", unit.strip());
        if (place != null) {
            d.put("sheet", place.sheet());
            d.put("row", Integer.toString(place.row()));
        }
        putValues(d, values);
        return ledger.event(AdjustmentType.REQUEST, note.withDetail(Detail.encode(d)));
    }

    /** 改革办意见 on each request: 拟同意 or 拟不同意, the note's reason its words. Given again, the last one holds. */
    public List<Adjustment> opinion(List<Long> ids, boolean agree, Note note) {
        return ledger.together(() -> {
            List<Adjustment> out = new ArrayList<>();
            for (long id : ids) {
                Request r = request(id);
                if (r.state() != Request.State.RECEIVED && r.state() != Request.State.REVIEWED) {
                    throw new LedgerException("request.notOpenForOpinion", id, r.state().label());
                }
                out.add(ledger.event(AdjustmentType.REQUEST_OPINION, note.withDetail(
                        Detail.encode(Map.of("request", Long.toString(id), "agree", Boolean.toString(agree))))));
            }
            return out;
        });
    }

    /** Puts reviewed requests on the 动态调整清单 of a meeting. An unreviewed one is refused. */
    public List<Adjustment> list(List<Long> ids, String meeting, Note note) {
        if (meeting == null || meeting.isBlank()) {
            throw new LedgerException("request.listNameRequired");
        }
        return ledger.together(() -> {
            List<Adjustment> out = new ArrayList<>();
            for (long id : ids) {
                Request r = request(id);
                if (r.state() != Request.State.REVIEWED) {
                    throw new LedgerException(r.state() == Request.State.RECEIVED ? "request.notReviewed"
                            : "request.notOpenForList", id, r.state().label());
                }
                out.add(ledger.event(AdjustmentType.REQUEST_LISTED, note.withDetail(
                        Detail.encode(Map.of("request", Long.toString(id), "list", meeting.strip())))));
            }
            return out;
        });
    }

    /**
     * Records the committee's decision on each request, one basis for all (the note's: meeting or
     * 文号). An approved request (同意, or 部分同意 with {@code values} in place of what was asked) is
     * applied as its adjustment first, with the decision as its basis; then the decision names it.
     * All or nothing: a request that cannot be decided (not reviewed, decided already, withdrawn,
     * its task withdrawn meanwhile) refuses the whole batch.
     */
    public List<Adjustment> decide(List<Long> ids, Request.Result result, Map<Long, Map<TaskField, String>> values,
            LocalDate date, Note note) {
        Map<Long, Request.Result> results = new LinkedHashMap<>();
        ids.forEach(id -> results.put(id, result));
        return decide(results, values, date, note);
    }

    /**
     * A meeting's decisions on its list at once, one basis for all, each request with its own
     * result (the list approved, with the exceptions refused or partly approved); all or nothing.
     */
    public List<Adjustment> decide(Map<Long, Request.Result> results, Map<Long, Map<TaskField, String>> values,
            LocalDate date, Note note) {
        if (note.basis().isEmpty()) {
            throw new LedgerException("request.basisRequired");
        }
        return ledger.together(() -> {
            List<Adjustment> out = new ArrayList<>();
            for (Map.Entry<Long, Request.Result> each : results.entrySet()) {
                long id = each.getKey();
                Request.Result result = each.getValue();
                Request r = request(id);
                switch (r.state()) {
                    case RECEIVED -> throw new LedgerException("request.notReviewed", id, r.state().label());
                    case DECIDED -> throw new LedgerException("request.alreadyDecided", id,
                            r.decision().result().label());
                    case WITHDRAWN -> throw new LedgerException("request.withdrawn", id);
                    default -> {
                        // reviewed or listed: to be decided
                    }
                }
                Map<TaskField, String> approved = result == Request.Result.PARTLY
                        ? check(r.type(), r.taskId(), values.getOrDefault(id, Map.of())) : r.proposed();
                Map<String, String> d = new TreeMap<>();
                d.put("request", Long.toString(id));
                d.put("result", result.name());
                d.put("date", date.toString());
                if (result != Request.Result.REFUSED) {
                    Adjustment applied = apply(r, approved, note);
                    out.add(applied);
                    d.put("adjustment", Long.toString(applied.id()));
                    if (result == Request.Result.PARTLY) {
                        putValues(d, approved);
                    }
                }
                out.add(ledger.event(AdjustmentType.REQUEST_DECIDED,
                        new Note(note.operator(), note.reason(), note.basis(), note.source(), Detail.encode(d))));
            }
            return out;
        });
    }

    /** The unit takes its request back, before it is decided. */
    public Adjustment withdraw(long id, Note note) {
        Request r = request(id);
        if (!r.isOpen()) {
            throw new LedgerException("request.notOpen", id, r.state().label());
        }
        return ledger.event(AdjustmentType.REQUEST_WITHDRAWN,
                note.withDetail(Detail.encode(Map.of("request", Long.toString(id)))));
    }

    // ---- rules ------------------------------------------------------------------------------------

    private Request request(long id) {
        return get(id).orElseThrow(() -> new LedgerException("request.notFound", id));
    }

    private Task task(long id) {
        return ledger.task(id).orElseThrow(() -> new LedgerException("task.notFound", id));
    }

    private static void allowed(RequestType type, Task task) {
        if (!type.adjustment().allowedFor(task.status())) {
            throw new LedgerException("request.taskNotAllowed", task.label(), task.status().label(), type.label());
        }
    }

    /** The proposed values of a type's fields, each read as the ledger would read it. */
    private Map<TaskField, String> check(RequestType type, Long taskId, Map<TaskField, String> proposed) {
        Map<TaskField, String> out = new EnumMap<>(TaskField.class);
        for (Map.Entry<TaskField, String> e : proposed.entrySet()) {
            if (!type.fields().contains(e.getKey())) {
                throw new LedgerException("request.fieldNotOfType", e.getKey().code(), type.label());
            }
            String v = e.getValue() == null ? "" : e.getValue().strip();
            switch (e.getKey()) {
                case DEADLINE -> Deadline.parse(v, ledger.info().year() + (type == RequestType.CARRY_OVER ? 1 : 0));
                case MERGED_INTO -> {
                    long into = Long.parseLong(v);
                    Task target = task(into);
                    if (target.status().isWithdrawn() || taskId != null && into == taskId) {
                        throw new LedgerException("merge.intoClosed", target.number().text(), target.status().label());
                    }
                }
                case LEAD_UNITS, PARTNER_UNITS -> v = UnitList.parse(v).text();
                case MEASURES -> {
                    if (type == RequestType.SPLIT) {
                        v = parts(v, taskId == null ? null : task(taskId));
                    }
                }
                default -> {
                    // text as written
                }
            }
            out.put(e.getKey(), v);
        }
        // every type but 取消 and 结转 says what to change to; a new task needs at least its title
        boolean missing = type == RequestType.ADD ? out.getOrDefault(TaskField.TITLE, "").isEmpty()
                : type != RequestType.CANCEL && type != RequestType.CARRY_OVER && out.isEmpty();
        if (missing) {
            throw new LedgerException("request.valueRequired", type.label());
        }
        return out;
    }

    /** A split's parts, one a line as the ledger will number them; at least two. */
    private static String parts(String text, Task whole) {
        List<Task> parts = SplitParts.parse(text, whole == null ? Task.builder().build() : whole);
        if (parts.size() < 2) {
            throw new LedgerException("split.tooFew");
        }
        return String.join("\n", parts.stream().map(p -> p.number().text() + p.title()).toList());
    }

    /** Applies an approved request as its adjustment, linked to the request by its detail. */
    private Adjustment apply(Request r, Map<TaskField, String> values, Note decision) {
        Note note = new Note(decision.operator(), decision.reason().isEmpty() ? r.reason() : decision.reason(),
                decision.basis(), decision.source(), Detail.encode(Map.of("request", Long.toString(r.id()))));
        if (r.type() == RequestType.ADD) {
            Task.Builder b = Task.builder().status(Status.NOT_STARTED);
            values.forEach((f, v) -> f.write(b, v));
            return ledger.add(b.build(), note);
        }
        Task task = task(r.taskId());
        allowed(r.type(), task);
        return switch (r.type()) {
            case CANCEL -> ledger.cancel(task.id(), note);
            case CARRY_OVER -> ledger.carryOver(task.id(), note);
            case MERGE -> ledger.merge(task.id(), Long.parseLong(values.get(TaskField.MERGED_INTO)), note);
            case SPLIT -> ledger.split(task.id(), SplitParts.parse(values.get(TaskField.MEASURES), task), note);
            default -> {
                Task.Builder b = task.toBuilder();
                values.forEach((f, v) -> f.write(b, v));
                yield ledger.edit(b.build(), note);
            }
        };
    }
}
