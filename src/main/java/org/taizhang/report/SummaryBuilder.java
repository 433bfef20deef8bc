package org.taizhang.report;

import org.taizhang.core.Days;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.CheckCode;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.LogWalk;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Schedule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.core.task.TaskSearch;
import org.taizhang.core.task.TaskField;

/**
 * Counts a ledger for the committee. The ledger is taken as it stood at the end of the report's
 * date (rebuilt from the log for a past date), so a summary "as of" a day is exactly the summary of
 * that day's ledger. What is late, due soon or done on time is {@link Schedule}'s one definition;
 * "due soon" is within the 序时 yellow threshold's days (设置, 30 by default).
 */
public final class SummaryBuilder {
    private static final Set<TaskField> PROGRESS_FIELDS = Set.of(TaskField.PROGRESS, TaskField.STATUS,
            TaskField.ACTUAL, TaskField.PROBLEMS, TaskField.NEXT_STEPS);

    private SummaryBuilder() {
    }

    /** What to count: the report's date, the period, and the tasks (all, or a filter's). */
    public record Request(LocalDate asOf, LocalDate from, LocalDate to, TaskFilter filter, String scope) {
        public static Request of(LocalDate asOf, LocalDate from) {
            return new Request(asOf, from, asOf, TaskFilter.NONE, "");
        }

        /** The whole ledger as of {@code asOf}, counting the quarter up to that day: what the office prints by default. */
        public static Request quarterTo(LocalDate asOf) {
            return of(asOf, asOf.withMonth((asOf.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1));
        }
    }

    /**
     * The report's date when none is asked for: today; for a ledger whose year has ended, the day of
     * its last adjustment when that is after the year's last day (the year-end returns come in
     * January), else the year's last day.
     */
    public static LocalDate defaultAsOf(LedgerService service, ZoneId zone, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(service.info().year(), 12, 31);
        if (!today.isAfter(yearEnd)) {
            return today;
        }
        Instant[] lastTime = {null};
        service.walkLog(new LogWalk() { // the records only: the last one's time
            @Override
            public void adjustment(Adjustment record) {
                lastTime[0] = record.time();
            }

            @Override
            public boolean wantsChanges() {
                return false;
            }
        });
        LocalDate last = lastTime[0] == null ? yearEnd : LocalDate.ofInstant(lastTime[0], zone);
        return last.isAfter(yearEnd) && !last.isAfter(today) ? last : yearEnd;
    }

    /**
     * Reads what it needs from the ledger (in the caller's thread) and counts it: the tasks of the
     * day, and what the log says, in one walk that holds none of it (a ledger of any size).
     */
    public static Summary build(LedgerService service, Request request, ZoneId zone, LocalDate today) {
        Instant end = Days.endOf(request.asOf(), zone);
        boolean past = request.asOf().isBefore(today);
        List<Task> tasks = past ? service.tasksAsOf(end) : service.tasks();
        LogFacts facts = new LogFacts(end, request, zone);
        service.walkLog(facts);
        return build(service.info(), tasks, facts, service.lightRule(), request, zone);
    }

    /**
     * Counts the given ledger state; {@code log} must reach no later than the report's date, and
     * {@code later} says how many adjustments came after it.
     */
    public static Summary build(LedgerInfo info, List<Task> ordered, List<Adjustment> log, LightRule rule,
            Request request, ZoneId zone, int later) {
        LogFacts facts = new LogFacts(null, request, zone);
        LogWalk.over(log, facts);
        facts.later += later;
        return build(info, ordered, facts, rule, request, zone);
    }

    private static Summary build(LedgerInfo info, List<Task> ordered, LogFacts facts, LightRule rule,
            Request request, ZoneId zone) {
        LocalDate asOf = request.asOf();
        Map<Task, Light> light = new LinkedHashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (Task t : ordered) {
            Light l = rule.of(t, asOf);
            if (request.filter().matches(t, l, TaskSearch.searchable(t))) {
                tasks.add(t);
                light.put(t, l);
            }
        }
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        Map<Light, Integer> lights = new EnumMap<>(Light.class);
        List<Task> active = new ArrayList<>();
        for (Task t : tasks) {
            byStatus.merge(t.status(), 1, Integer::sum);
            if (isActive(t)) {
                active.add(t);
                lights.merge(light.get(t), 1, Integer::sum);
            }
        }
        int done = byStatus.getOrDefault(Status.DONE, 0);

        int soonDays = rule.yellowDays();
        Map<Long, LocalDate> completed = facts.completed;
        List<Summary.Late> overdue = new ArrayList<>();
        List<Summary.Late> dueSoon = new ArrayList<>();
        int due = 0;
        int onTime = 0;
        int recurring = 0;
        int undated = 0;
        for (Task t : active) {
            if (Schedule.isOverdue(t, asOf)) {
                overdue.add(new Summary.Late(t, Schedule.daysLate(t, asOf)));
            } else if (Schedule.isDueSoon(t, asOf, soonDays)) {
                dueSoon.add(new Summary.Late(t, -Schedule.daysLeft(t, asOf)));
            }
            if (Schedule.countsForOnTime(t, asOf)) {
                due++;
                onTime += Schedule.completedOnTime(t, completed.get(t.id())) ? 1 : 0;
            }
            recurring += Schedule.isRecurring(t) ? 1 : 0;
            undated += Schedule.isUndated(t) ? 1 : 0;
        }
        overdue.sort(Comparator.comparingInt(Summary.Late::days).reversed());
        dueSoon.sort(Comparator.comparingInt((Summary.Late l) -> -l.days()));

        Set<Long> updated = facts.updated;
        List<Task> notUpdated = active.stream()
                .filter(t -> !t.status().isClosed() && !updated.contains(t.id())).toList();

        return new Summary(info, request.scope(), asOf, request.from(), request.to(), tasks.size(), active.size(),
                byStatus, active.isEmpty() ? 0 : (double) done / active.size(), lights,
                groups(active, light, Task::domain, asOf, soonDays, completed),
                groups(active, light, t -> t.leadUnits().primary(), asOf, soonDays, completed).stream()
                        .sorted(Comparator.comparingDouble(Summary.Group::completion).reversed()
                                .thenComparing(g -> g.onTimeRate() == null ? 1 : g.onTimeRate(),
                                        Comparator.reverseOrder())
                                .thenComparing(Summary.Group::name))
                        .toList(),
                overdue, dueSoon, withLight(active, light, Light.RED), withLight(active, light, Light.YELLOW),
                notUpdated, silences(active, updated), facts.adjustments, indicators(active),
                fullNumbers(ordered), due, onTime, recurring, undated, facts.later, soonDays,
                CheckCode.of(facts.count, facts.lastHash), requestsIn(facts.events, request, zone, ordered),
                noticesIn(facts.events, request));
    }

    /**
     * What the summary reads from the log up to the report's date, gathered in one walk that holds
     * no adjustment: the day each task was completed (the adjustment that last set it 已完成), the tasks whose progress
     * changed in the period, the adjustments of the period by type, the request and 督办单 events
     * (records only: they change no task), the count and last hash (the check code), and how many
     * adjustments came after the date.
     */
    private static final class LogFacts implements LogWalk {
        private final Instant end;
        private final Instant from;
        private final Instant to;
        private final ZoneId zone;
        final Map<Long, LocalDate> completed = new HashMap<>();
        final Set<Long> updated = new HashSet<>();
        final Map<AdjustmentType, Integer> adjustments = new EnumMap<>(AdjustmentType.class);
        final List<Adjustment> events = new ArrayList<>();
        long count;
        String lastHash = "";
        int later;
        private boolean counted;
        private boolean inPeriod;

        /** {@code end} null: the whole log given is up to the report's date. */
        LogFacts(Instant end, Request request, ZoneId zone) {
            this.end = end;
            this.from = request.from().atStartOfDay(zone).toInstant();
            this.to = Days.endOf(request.to(), zone);
            this.zone = zone;
        }

        @Override
        public void adjustment(Adjustment a) {
            counted = end == null || !a.time().isAfter(end);
            if (!counted) {
                later++;
                return;
            }
            count++;
            lastHash = a.hash();
            inPeriod = !a.time().isBefore(from) && !a.time().isAfter(to);
            // a request's steps are not adjustments of tasks; the decision it led to is
            if (inPeriod && !a.type().changesNoTask()) {
                adjustments.merge(a.type(), 1, Integer::sum);
            }
            if (org.taizhang.core.request.Requests.isEvent(a) || a.type().isNoticeEvent()) {
                events.add(a);
            }
        }

        @Override
        public void change(Adjustment a, TaskChange c) {
            if (!counted) {
                return;
            }
            boolean progress = false;
            for (FieldChange f : c.fields()) {
                if (f.field() == TaskField.STATUS) { // completedOn: the last adjustment that set it 已完成
                    if (f.after().equals(DONE)) {
                        completed.put(c.taskId(), LocalDate.ofInstant(a.time(), zone));
                    } else {
                        completed.remove(c.taskId());
                    }
                }
                progress |= PROGRESS_FIELDS.contains(f.field()) && !f.after().isEmpty();
            }
            if (inPeriod && progress) { // updated in the period: its progress, status or figures
                updated.add(c.taskId());
            }
        }
    }

    private static final String DONE = Status.DONE.label();

    /**
     * The 督办单 issued and answered in the period (by the day each says), and those overdue or open
     * at the report's date ({@code log} reaches no further).
     */
    private static Summary.Notices noticesIn(List<Adjustment> log, Request request) {
        List<org.taizhang.core.notice.Notice> all = org.taizhang.core.notice.Notices.replay(log);
        int[] issued = new int[3];
        int answered = 0;
        int overdue = 0;
        int open = 0;
        for (org.taizhang.core.notice.Notice n : all) {
            if (!n.issued().isBefore(request.from()) && !n.issued().isAfter(request.to())) {
                issued[n.level().ordinal()]++;
            }
            if (n.answered() != null && !n.answered().isBefore(request.from()) && !n.answered().isAfter(request.to())) {
                answered++;
            }
            switch (n.state(request.asOf())) {
                case OVERDUE -> overdue++;
                case OPEN -> open++;
                default -> {
                    // answered: counted above when in the period
                }
            }
        }
        return new Summary.Notices(issued[0], issued[1], issued[2], answered, overdue, open);
    }

    /**
     * The requests received, decided and withdrawn in the period (each counted by its own event), and
     * those still open at the report's date ({@code log} reaches no further).
     */
    private static Summary.Requests requestsIn(List<Adjustment> log, Request request, ZoneId zone,
            List<Task> ordered) {
        Instant from = request.from().atStartOfDay(zone).toInstant();
        Instant to = Days.endOf(request.to(), zone);
        List<Adjustment> events = log.stream().filter(org.taizhang.core.request.Requests::isEvent).toList();
        Map<String, Integer> inPeriod = new java.util.HashMap<>();
        Map<String, String> decidedInPeriod = new java.util.HashMap<>(); // request → its decision's result
        Set<String> approvedInPeriod = new java.util.LinkedHashSet<>();
        for (Adjustment a : events) {
            Map<String, String> d = org.taizhang.core.request.Detail.decode(a.detail());
            if (a.type() == AdjustmentType.UNDO) { // a decision whose adjustment was undone is no decision
                String result = decidedInPeriod.remove(d.get("request"));
                if (result != null) {
                    inPeriod.merge(result, -1, Integer::sum);
                }
                approvedInPeriod.remove(d.get("request"));
            } else if (!a.time().isBefore(from) && !a.time().isAfter(to)) {
                String key = a.type() == AdjustmentType.REQUEST_DECIDED ? d.get("result") : a.type().name();
                inPeriod.merge(key, 1, Integer::sum);
                if (a.type() == AdjustmentType.REQUEST_DECIDED) {
                    decidedInPeriod.put(d.get("request"), key);
                    if (d.containsKey("adjustment")) {
                        approvedInPeriod.add(d.get("request"));
                    }
                }
            }
        }
        List<org.taizhang.core.request.Request> requests = org.taizhang.core.request.Requests.replay(events);
        int open = (int) requests.stream().filter(org.taizhang.core.request.Request::isOpen).count();
        Map<Long, String> numbers = fullNumbers(ordered);
        Map<Long, Task> byId = new HashMap<>();
        ordered.forEach(t -> byId.put(t.id(), t));
        List<Summary.Adjusted> adjusted = new ArrayList<>();
        for (String id : approvedInPeriod) {
            requests.stream().filter(r -> Long.toString(r.id()).equals(id) && r.decision() != null).findFirst()
                    .ifPresent(r -> adjusted.add(adjusted(r, byId.get(r.taskId()), numbers)));
        }
        return new Summary.Requests(inPeriod.getOrDefault(AdjustmentType.REQUEST.name(), 0),
                inPeriod.getOrDefault("APPROVED", 0), inPeriod.getOrDefault("PARTLY", 0),
                inPeriod.getOrDefault("REFUSED", 0), inPeriod.getOrDefault(AdjustmentType.REQUEST_WITHDRAWN.name(), 0),
                open, adjusted);
    }

    /** An approved request as the report lists it: its task, and what it was adjusted to, in words. */
    private static Summary.Adjusted adjusted(org.taizhang.core.request.Request r, Task task, Map<Long, String> numbers) {
        Map<TaskField, String> values = r.approved();
        String to = org.taizhang.core.request.Requests.inWords(r.type(), values,
                id -> numbers.getOrDefault(id, Long.toString(id)));
        String number = task == null ? values.getOrDefault(TaskField.NUMBER, "") : numbers.getOrDefault(task.id(),
                task.number().text());
        String title = task == null ? values.getOrDefault(TaskField.TITLE, "") : task.title();
        return new Summary.Adjusted(number, title, r.type().label(), to, r.unit(), r.decision().basis(),
                r.decision().date());
    }

    /** "2.(3)" for measure (3) of task 2.: a measure's own number means little in a list of its own. */
    private static Map<Long, String> fullNumbers(List<Task> ordered) {
        Map<Long, Task> byId = new HashMap<>();
        ordered.forEach(t -> byId.put(t.id(), t));
        Map<Long, String> out = new HashMap<>();
        for (Task t : ordered) {
            String number = t.number().text();
            Task parent = t.parentId() == null ? null : byId.get(t.parentId());
            for (int depth = 0; parent != null && depth < 16; depth++) {
                number = parent.number().text() + number;
                parent = parent.parentId() == null ? null : byId.get(parent.parentId());
            }
            out.put(t.id(), number);
        }
        return out;
    }

    private static boolean isActive(Task t) {
        return Schedule.isActive(t);
    }

    private static List<Summary.Group> groups(List<Task> active, Map<Task, Light> light,
            java.util.function.Function<Task, String> key, LocalDate asOf, int soonDays, Map<Long, LocalDate> completed) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Task t : active) {
            String name = key.apply(t);
            int[] c = counts.computeIfAbsent(name.isEmpty() ? "—" : name, k -> new int[11]);
            c[7] += Schedule.isOverdue(t, asOf) ? 1 : 0;
            c[8] += Schedule.isDueSoon(t, asOf, soonDays) ? 1 : 0;
            if (Schedule.countsForOnTime(t, asOf)) {
                c[9]++;
                c[10] += Schedule.completedOnTime(t, completed.get(t.id())) ? 1 : 0;
            }
            c[0]++;
            switch (t.status()) {
                case DONE -> c[1]++;
                case IN_PROGRESS -> c[2]++;
                case BEHIND -> c[3]++;
                case NOT_STARTED -> c[4]++;
                case ONGOING -> c[5]++;
                default -> {
                    // closed tasks are not active
                }
            }
            if (light.get(t) == Light.RED) {
                c[6]++;
            }
        }
        List<Summary.Group> out = new ArrayList<>();
        counts.forEach((name, c) -> out.add(new Summary.Group(name, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                c[8], c[9], c[10])));
        return out;
    }

    private static List<Task> withLight(List<Task> active, Map<Task, Light> light, Light wanted) {
        return active.stream().filter(t -> light.get(t) == wanted).toList();
    }

    /** Units (by main lead) with open tasks that got no update in the period, most silent first. */
    private static List<Summary.Silence> silences(List<Task> active, Set<Long> updated) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Task t : active) {
            if (t.status().isClosed()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(t.leadUnits().primary(), k -> new int[2]);
            c[0]++;
            if (!updated.contains(t.id())) {
                c[1]++;
            }
        }
        List<Summary.Silence> out = new ArrayList<>();
        counts.forEach((unit, c) -> {
            if (c[1] > 0) {
                out.add(new Summary.Silence(unit.isEmpty() ? "—" : unit, c[0], c[1]));
            }
        });
        out.sort(Comparator.comparingInt(Summary.Silence::notUpdated).reversed().thenComparing(Summary.Silence::unit));
        return out;
    }

    private static List<Summary.Indicator> indicators(List<Task> active) {
        List<Summary.Indicator> out = new ArrayList<>();
        for (Task t : active) {
            if (t.target().isEmpty()) {
                continue;
            }
            Double percent = null;
            try {
                double target = Double.parseDouble(t.target().replace(",", ""));
                double actual = Double.parseDouble(t.actual().replace(",", ""));
                percent = target == 0 ? null : actual / target;
            } catch (NumberFormatException notANumber) {
                // an indicator written in words has no percentage
            }
            out.add(new Summary.Indicator(t, t.target(), t.actual(), t.valueUnit(), percent));
        }
        return out;
    }

}
