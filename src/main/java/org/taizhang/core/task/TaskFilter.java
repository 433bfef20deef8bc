package org.taizhang.core.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
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
     * Whether every task this filter passes is among those {@code previous} passed: the same
     * filters, and a search that only adds to the previous one's words (医保 → 医保支付, 医保 → 医保 支付).
     * Searching then needs to look only at the previous hits.
     */
    public boolean narrows(TaskFilter previous) {
        return previous != null && withText("").equals(previous.withText(""))
                && TaskSearch.narrows(text, previous.text());
    }

    /**
     * The rows of {@code ordered} (a ledger in reading order) that {@code matches}, each with its
     * parents marked as context, in the same order: what the ledger table shows and what prints.
     */
    public static <R> List<Passed<R>> withParents(List<R> ordered, Function<R, Task> task, Predicate<R> matches) {
        Outline<R> outline = Outline.of(ordered, task);
        BitSet hits = outline.hits(matches, null);
        List<Passed<R>> out = new ArrayList<>();
        BitSet shown = outline.withParents(hits);
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            out.add(new Passed<>(outline.row(i), !hits.get(i)));
        }
        return out;
    }

    /**
     * A ledger's rows in reading order with each one's parent among them, found once: a search
     * then costs only the matching, however often the clerk types. Rows are named by their index.
     */
    public static final class Outline<R> {
        private final List<R> rows;
        /** The index of each row's parent, -1 for none (or a parent not among the rows). */
        private final int[] parent;

        private Outline(List<R> rows, int[] parent) {
            this.rows = rows;
            this.parent = parent;
        }

        public static <R> Outline<R> of(List<R> ordered, Function<R, Task> task) {
            List<R> rows = List.copyOf(ordered);
            Map<Long, Integer> index = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                index.put(task.apply(rows.get(i)).id(), i);
            }
            int[] parent = new int[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Long up = task.apply(rows.get(i)).parentId();
                parent[i] = up == null ? -1 : index.getOrDefault(up, -1);
            }
            return new Outline<>(rows, parent);
        }

        public int size() {
            return rows.size();
        }

        public R row(int i) {
            return rows.get(i);
        }

        /**
         * The rows that {@code matches}, looking only at {@code among} (null: at every row). Many
         * rows are looked at on every core, in runs of {@link #RUN} rows; {@code matches} must then
         * be safe to call from several threads at once (a search is: it reads only what it is given).
         */
        public BitSet hits(Predicate<R> matches, BitSet among) {
            int n = rows.size();
            if ((among == null ? n : among.cardinality()) < 2 * RUN) {
                return hits(matches, among, 0, n, new BitSet(n));
            }
            long[] words = new long[(n + 63) / 64];
            java.util.stream.IntStream.range(0, (n + RUN - 1) / RUN).parallel().forEach(run -> {
                BitSet found = hits(matches, among, run * RUN, Math.min(n, run * RUN + RUN), new BitSet(RUN));
                // runs start at multiples of 64 rows: each writes words of its own
                for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
                    words[i / 64] |= 1L << i;
                }
            });
            return BitSet.valueOf(words);
        }

        /** How many rows one thread looks at in a go: a multiple of 64, one word of a BitSet. */
        static final int RUN = 2048;

        private BitSet hits(Predicate<R> matches, BitSet among, int from, int to, BitSet into) {
            for (int i = among == null ? from : among.nextSetBit(from); i >= 0 && i < to;
                    i = among == null ? i + 1 : among.nextSetBit(i + 1)) {
                if (matches.test(rows.get(i))) {
                    into.set(i);
                }
            }
            return into;
        }

        /** The hits with every parent of each, up to the top: a measure is never shown orphaned. */
        public BitSet withParents(BitSet hits) {
            BitSet shown = new BitSet(rows.size());
            for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                for (int j = i; j >= 0 && !shown.get(j); j = parent[j]) {
                    shown.set(j);
                }
            }
            return shown;
        }
    }
}
