package org.taizhang.core.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order a ledger is read in: by 领域 (in the reference list's order), then by 序号, each task
 * followed by its own measures. A task whose parent is missing is read as a top-level task.
 */
public final class TaskOrder {
    private TaskOrder() {
    }

    public static List<Task> sort(Collection<Task> tasks, List<String> domainOrder) {
        Map<String, Integer> domainRank = new HashMap<>();
        for (int i = 0; i < domainOrder.size(); i++) {
            domainRank.putIfAbsent(domainOrder.get(i), i);
        }
        // siblings: by 领域 (its place in the list, then its name), then 序号, then id
        Comparator<String> domains = Comparator.comparing((String d) -> domainRank.getOrDefault(d, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
        Comparator<Task> within = Comparator.comparing(Task::number).thenComparingLong(Task::id);
        Comparator<Task> siblings = Comparator.comparing(Task::domain, domains).thenComparing(within);

        Map<Long, Task> byId = new HashMap<>();
        for (Task t : tasks) {
            byId.put(t.id(), t);
        }
        Map<Long, List<Task>> children = new HashMap<>();
        List<Task> roots = new ArrayList<>();
        for (Task t : tasks) {
            Long parent = t.parentId();
            if (parent == null || parent == t.id() || !byId.containsKey(parent)) {
                roots.add(t);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(t);
            }
        }
        sortByDomain(roots, domains, within);
        children.values().forEach(list -> list.sort(siblings));

        List<Task> out = new ArrayList<>(tasks.size());
        // Iterative depth-first walk: a ledger's depth is small, but a damaged file's need not be.
        ArrayList<Task> stack = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.add(roots.get(i));
        }
        while (!stack.isEmpty()) {
            Task t = stack.remove(stack.size() - 1);
            out.add(t);
            List<Task> kids = children.getOrDefault(t.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
        if (out.size() < tasks.size()) { // parents in a loop: show them rather than lose them
            java.util.Set<Task> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            seen.addAll(out);
            tasks.stream().filter(t -> !seen.contains(t)).sorted(siblings).forEach(out::add);
        }
        return out;
    }

    /**
     * Sorts {@code tasks} as siblings are sorted, 领域 by 领域: the top level is most of a ledger,
     * and looking a 领域's place up in each comparison was a third of sorting 10,000 tasks in a
     * fresh JVM.
     */
    private static void sortByDomain(List<Task> tasks, Comparator<String> domains, Comparator<Task> within) {
        Map<String, List<Task>> byDomain = new HashMap<>();
        for (Task t : tasks) {
            byDomain.computeIfAbsent(t.domain(), k -> new ArrayList<>()).add(t);
        }
        List<String> order = new ArrayList<>(byDomain.keySet());
        order.sort(domains);
        tasks.clear();
        for (String domain : order) {
            List<Task> same = byDomain.get(domain);
            same.sort(within);
            tasks.addAll(same);
        }
    }

    /** How many ancestors a task has among {@code byId}: 0 for a top-level task. */
    public static int depth(Task task, Map<Long, Task> byId) {
        int depth = 0;
        Task t = task;
        while (t.parentId() != null && byId.containsKey(t.parentId()) && depth < byId.size()) {
            t = byId.get(t.parentId());
            depth++;
        }
        return depth;
    }
}
