package org.taizhang.core.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the clerk asked to see: a search text and filters by 领域, 牵头单位, status, light, year and
 * deadline range. An empty set or a null bound means "any"; the filters combine (all must hold).
 */
public record TaskFilter(String text, Set<String> domains, Set<String> leadUnits, Set<Status> statuses,
        Set<Light> lights, Set<Integer> years, LocalDate deadlineFrom, LocalDate deadlineTo) {

    public static final TaskFilter NONE = new TaskFilter("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null);

    public TaskFilter {
        text = text == null ? "" : text.strip();
        domains = Set.copyOf(domains);
        leadUnits = Set.copyOf(leadUnits);
        statuses = Set.copyOf(statuses);
        lights = Set.copyOf(lights);
        years = Set.copyOf(years);
    }

    public TaskFilter withText(String t) {
        return new TaskFilter(t, domains, leadUnits, statuses, lights, years, deadlineFrom, deadlineTo);
    }

    public TaskFilter withDomains(Set<String> d) {
        return new TaskFilter(text, d, leadUnits, statuses, lights, years, deadlineFrom, deadlineTo);
    }

    public TaskFilter withLeadUnits(Set<String> u) {
        return new TaskFilter(text, domains, u, statuses, lights, years, deadlineFrom, deadlineTo);
    }

    public TaskFilter withStatuses(Set<Status> s) {
        return new TaskFilter(text, domains, leadUnits, s, lights, years, deadlineFrom, deadlineTo);
    }

    public TaskFilter withLights(Set<Light> l) {
        return new TaskFilter(text, domains, leadUnits, statuses, l, years, deadlineFrom, deadlineTo);
    }

    public TaskFilter withYears(Set<Integer> y) {
        return new TaskFilter(text, domains, leadUnits, statuses, lights, y, deadlineFrom, deadlineTo);
    }

    /** Deadlines from {@code from} to {@code to}, both included; a null bound is open. */
    public TaskFilter withDeadlines(LocalDate from, LocalDate to) {
        return new TaskFilter(text, domains, leadUnits, statuses, lights, years, from, to);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Whether a task passes. {@code light} is its light today; {@code searchable} its text as
     * {@link TaskSearch#searchable} gives it (computed once per task, not per keystroke).
     */
    public boolean matches(Task task, Light light, String searchable) {
        if (!domains.isEmpty() && !domains.contains(task.domain())) {
            return false;
        }
        if (!leadUnits.isEmpty() && task.leadUnits().names().stream().noneMatch(leadUnits::contains)) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(task.status())) {
            return false;
        }
        if (!lights.isEmpty() && !lights.contains(light)) {
            return false;
        }
        if (!years.isEmpty() && !years.contains(task.year())) {
            return false;
        }
        if (deadlineFrom != null || deadlineTo != null) {
            LocalDate due = task.deadline().date();
            if (due == null || deadlineFrom != null && due.isBefore(deadlineFrom)
                    || deadlineTo != null && due.isAfter(deadlineTo)) {
                return false;
            }
        }
        return TaskSearch.contains(searchable, text);
    }

    /** A row that passed: a match, or ({@code context}) a parent shown so that a match is not orphaned. */
    public record Passed<R>(R row, boolean context) {
    }

    /**
     * The rows of {@code ordered} (a ledger in reading order) that {@code matches}, each with its
     * parents marked as context, in the same order: what the ledger table shows and what prints.
     */
    public static <R> List<Passed<R>> withParents(List<R> ordered, Function<R, Task> task, Predicate<R> matches) {
        Map<Long, Task> byId = new HashMap<>();
        ordered.forEach(r -> byId.put(task.apply(r).id(), task.apply(r)));
        Set<Long> shown = new HashSet<>();
        Set<Long> hits = new HashSet<>();
        for (R r : ordered) {
            if (matches.test(r)) {
                Task t = task.apply(r);
                hits.add(t.id());
                for (Long id = t.id(); id != null && shown.add(id); ) {
                    Task up = byId.get(id);
                    id = up == null ? null : up.parentId();
                }
            }
        }
        List<Passed<R>> out = new ArrayList<>();
        for (R r : ordered) {
            long id = task.apply(r).id();
            if (shown.contains(id)) {
                out.add(new Passed<>(r, !hits.contains(id)));
            }
        }
        return out;
    }
}
