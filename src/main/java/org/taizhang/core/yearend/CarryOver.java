package org.taizhang.core.yearend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.Source;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.LedgerStore;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.reference.Domain;
import org.taizhang.core.reference.Unit;
import org.taizhang.core.request.Detail;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.TaskOrder;

/**
 * 结转 at year end: which tasks a ledger carried over (those 已结转 by an approved 结转 request,
 * their measures carried with them), and next year's ledger started with them. Each carried task
 * is added to the new ledger as one 上年结转 adjustment whose sealed detail names its origin: the
 * old ledger's id, title and year, the task's id there, the request that carried it, and the old
 * ledger's chain head (count and hash) when it was carried, so a task's story can be followed
 * from one year's ledger into the next and the old ledger checked against it.
 */
public final class CarryOver {
    private CarryOver() {
    }

    /** Where a carried task came from. */
    public record Origin(String ledger, String title, int year, long task, String number, long request, long count,
            String head) {

        private static final String P = "from.";

        /** The origin as the 上年结转 adjustment's detail keeps it. */
        public String detail() {
            Map<String, String> d = new TreeMap<>();
            d.put(P + "ledger", ledger);
            d.put(P + "title", title);
            d.put(P + "year", Integer.toString(year));
            d.put(P + "task", Long.toString(task));
            d.put(P + "number", number);
            d.put(P + "request", Long.toString(request));
            d.put(P + "count", Long.toString(count));
            d.put(P + "head", head);
            return Detail.encode(d);
        }

        /** The origin a 上年结转 adjustment names; empty for any other adjustment. */
        public static Optional<Origin> of(Adjustment a) {
            if (a.type() != AdjustmentType.CARRY_IN) {
                return Optional.empty();
            }
            Map<String, String> d = Detail.decode(a.detail());
            try {
                return Optional.of(new Origin(d.getOrDefault(P + "ledger", ""), d.getOrDefault(P + "title", ""),
                        Integer.parseInt(d.getOrDefault(P + "year", "0")), Long.parseLong(d.getOrDefault(P + "task", "0")),
                        d.getOrDefault(P + "number", ""), Long.parseLong(d.getOrDefault(P + "request", "0")),
                        Long.parseLong(d.getOrDefault(P + "count", "0")), d.getOrDefault(P + "head", "")));
            } catch (NumberFormatException e) {
                throw new LedgerException("request.detailDamaged", a.detail());
            }
        }

        /** "来自北疆市2023年…台账（2023年）任务 #12 3.，第 40 条记录 1a2b3c4d5e6f" for a timeline or the log. */
        public String describe() {
            return I18n.text("carryOver.origin", title, Integer.toString(year), Long.toString(task), number,
                    Long.toString(count), head.length() > 12 ? head.substring(0, 12) : head);
        }
    }

    /**
     * A task a ledger carried over: as it is there (已结转), its status before the 结转, the values
     * the decision approved for next year (none for a measure carried with its task), and the request.
     */
    public record Carried(Task task, Status before, Map<TaskField, String> approved, long request) {
        public Carried {
            approved = Map.copyOf(approved);
        }
    }

    /** What starting next year's ledger did: the tasks added, and what the old ledger left unsettled. */
    public record Result(List<Adjustment> added, List<Request> pending, List<Task> unsettled) {
    }

    /**
     * The tasks {@code from} carried over, in its reading order: each 已结转 by the adjustment an
     * approved 结转 request applied (a 结转 undone since is not carried), with its measures that
     * adjustment carried along.
     */
    public static List<Carried> carried(LedgerService from) {
        Map<Long, Task> now = new HashMap<>();
        from.tasks().forEach(t -> now.put(t.id(), t));
        Map<Long, Request> approved = new HashMap<>(); // by the adjustment each applied
        for (Request r : new Requests(from).all()) {
            if (r.type() == RequestType.CARRY_OVER && r.adjustmentId() != null) {
                approved.put(r.adjustmentId(), r);
            }
        }
        Map<Long, Carried> out = new LinkedHashMap<>();
        if (approved.isEmpty()) {
            return List.of();
        }
        for (Adjustment applied : from.log()) {
            Request r = approved.get(applied.id());
            if (r == null || applied.type() != AdjustmentType.CARRY_OVER) {
                continue;
            }
            for (TaskChange c : applied.changes()) { // the task, and the measures carried with it
                Task t = now.get(c.taskId());
                if (t != null && t.status() == Status.CARRIED_OVER) {
                    out.put(t.id(), new Carried(t, before(c, t), t.id() == r.taskId() ? r.approved() : Map.of(),
                            r.id()));
                }
            }
        }
        List<Carried> ordered = new ArrayList<>();
        for (Task t : from.ordered(out.values().stream().map(Carried::task).toList())) {
            ordered.add(out.get(t.id()));
        }
        return ordered;
    }

    private static Status before(TaskChange c, Task t) {
        for (FieldChange f : c.fields()) {
            if (f.field() == TaskField.STATUS) {
                return Status.read(f.before());
            }
        }
        return t.status();
    }

    /** 结转 requests still waiting for a decision: not carried. */
    public static List<Request> pending(LedgerService from) {
        return new Requests(from).all().stream().filter(r -> r.type() == RequestType.CARRY_OVER && r.isOpen())
                .toList();
    }

    /** Tasks still open: neither 销号 (done), withdrawn, nor carried over. 对账 is not finished while any is left. */
    public static List<Task> unsettled(LedgerService from) {
        return from.tasks().stream().filter(t -> !t.status().isClosed()).toList();
    }

    /**
     * Adds to {@code next} (next year's new ledger) the tasks {@code from} carried over, each as
     * one 上年结转 adjustment naming its origin, with the old ledger's 领域 and units (their order,
     * short names and levels) and its 序时 thresholds; all in one transaction. The approved number,
     * 领域 and deadline replace the old ones; a measure whose task is carried too stays under it and
     * follows its 领域; a 滞后 task starts the year 推进中. Refused when nothing was carried.
     */
    public static Result into(LedgerService next, LedgerService from, Source source, Note note) {
        List<Carried> carried = carried(from);
        LedgerInfo old = from.info();
        if (carried.isEmpty()) {
            throw new LedgerException("carryOver.nothing", old.title());
        }
        LedgerStore.ChainHead head = from.head();
        int year = next.info().year();
        return next.together(() -> {
            copyReferences(from, next);
            Map<Long, Long> newIds = new HashMap<>();
            Map<Long, String[]> domains = new HashMap<>(); // old id → {old 领域, new 领域}
            List<Adjustment> added = new ArrayList<>();
            for (Carried c : carried) {
                Task t = c.task();
                Long parent = t.parentId() == null ? null : newIds.get(t.parentId());
                Task.Builder b = t.toBuilder().id(0).revision(0).year(year).deadline(t.deadline().text())
                        .status(c.before() == Status.BEHIND ? Status.IN_PROGRESS : c.before()).mergedInto(null)
                        .parentId(parent);
                String[] parentDomains = parent == null ? null : domains.get(t.parentId());
                if (parentDomains != null && t.domain().equals(parentDomains[0])) {
                    b.domain(parentDomains[1]);
                }
                c.approved().forEach((f, v) -> f.write(b, v));
                Task draft = b.build();
                domains.put(t.id(), new String[] {t.domain(), draft.domain()});
                Origin origin = new Origin(old.uuid(), old.title(), old.year(), t.id(), t.number().text(),
                        c.request(), head.count(), head.hash());
                Adjustment a = next.commit(AdjustmentType.CARRY_IN, note.from(source).withDetail(origin.detail()),
                        List.of(draft));
                newIds.put(t.id(), a.changes().get(0).taskId());
                added.add(a);
            }
            return new Result(added, pending(from), unsettled(from));
        });
    }

    private static void copyReferences(LedgerService from, LedgerService next) {
        List<String> have = next.domainNames();
        for (Domain d : from.domains()) {
            if (!have.contains(d.name())) {
                next.saveDomain(new Domain(0, d.name(), d.sortOrder()));
            }
        }
        List<String> units = next.units().stream().map(Unit::name).toList();
        for (Unit u : from.units()) {
            if (!units.contains(u.name())) {
                next.saveUnit(new Unit(0, u.name(), u.shortName(), u.level(), u.sortOrder()));
            }
        }
        next.saveLightRule(from.lightRule());
    }

    /** The origins of the tasks a ledger took over from last year's, by their id here. */
    public static Map<Long, Origin> origins(List<Adjustment> log) {
        Map<Long, Origin> out = new LinkedHashMap<>();
        for (Adjustment a : log) {
            Origin.of(a).ifPresent(o -> a.changes().forEach(c -> out.put(c.taskId(), o)));
        }
        return out;
    }
}
