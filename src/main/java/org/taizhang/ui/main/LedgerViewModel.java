package org.taizhang.ui.main;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.taizhang.core.I18n;
import org.taizhang.ui.Describe;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Schedule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.core.task.TaskOrder;
import org.taizhang.core.task.TaskSearch;
import org.taizhang.core.task.TextIndex;

/**
 * The ledger table's state: every task as a row (in reading order, with its light), the search
 * text and filters, and the rows that pass them. Filtering runs on each change, in memory: a task
 * passes when it matches; its parents are shown as context so the outline stays readable.
 */
public final class LedgerViewModel {
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableSet<String> domains = FXCollections.observableSet();
    private final ObservableSet<String> leadUnits = FXCollections.observableSet();
    private final ObservableSet<Status> statuses = FXCollections.observableSet();
    private final ObservableSet<Light> lights = FXCollections.observableSet();
    private final ObservableSet<Integer> years = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> deadlineFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadlineTo = new SimpleObjectProperty<>();

    private final ObservableList<TaskRow> visible = FXCollections.observableArrayList();
    private final ObservableList<String> domainChoices = FXCollections.observableArrayList();
    private final ObservableList<String> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<Integer> yearChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    private List<TaskRow> all = List.of();
    private TaskFilter.Outline<TaskRow> outline = TaskFilter.Outline.of(List.of(), TaskRow::task);
    /** Each row as a parent shown for its measures' sake, made when first needed (the tree knows rows by identity). */
    private TaskRow[] asContext = new TaskRow[0];
    /** Each row's status, light and 逾期 on the day shown, found once: the count line is rewritten on every keystroke. */
    private Tally tally = Tally.of(0);
    /** The hits of the filters met since the ledger was shown, newest last: typing on or erasing reuses them. */
    private final Map<TaskFilter, Found> met = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TaskFilter, Found> eldest) {
            return size() > 32;
        }
    };

    /** What a filter found: its hits and the status bar's count of them. */
    private record Found(java.util.BitSet hits, String counts) {
    }
    private TaskFilter lastFilter;
    /** The rows shown, as made by {@link #rows}. */
    private Rows prepared;
    /** How the table sorts tasks among their siblings; null: in the outline's order. */
    private java.util.Comparator<TaskRow> order;
    private LedgerTree.Ranking ranking;
    private LocalDate asOf = LocalDate.MIN;

    public LedgerViewModel() {
        for (Observable o : List.<Observable>of(search, domains, leadUnits, statuses, lights, years, deadlineFrom,
                deadlineTo)) {
            o.addListener(x -> refilter());
        }
    }

    /** Shows a ledger: its tasks in reading order, lit as of {@code today} by {@code rule}. */
    public void show(List<Task> ordered, List<String> domainOrder, LocalDate today, LightRule rule) {
        show(ordered, domainOrder, today, rule, Set.of());
    }

    /** As {@link #show(List, List, LocalDate, LightRule)}, marking the tasks with an open adjustment request. */
    public void show(List<Task> ordered, List<String> domainOrder, LocalDate today, LightRule rule,
            Set<Long> requested) {
        show(ordered, domainOrder, today, rule, requested, Map.of());
    }

    /** As above, marking too the tasks with a 督办单 not yet answered, by its level. */
    public void show(List<Task> ordered, List<String> domainOrder, LocalDate today, LightRule rule,
            Set<Long> requested, Map<Long, org.taizhang.core.notice.NoticeLevel> noticed) {
        show(rows(ordered, domainOrder, today, rule, requested, noticed));
    }

    /**
     * A ledger's rows as the table shows them, with what the filters offer: made where the ledger
     * is read, off the FX thread (it touches no control), and shown by {@link #show(Rows)}.
     */
    public record Rows(LocalDate asOf, List<TaskRow> rows, TaskFilter.Outline<TaskRow> outline, Tally tally,
            List<String> domains, List<String> units, List<Integer> years, SearchIndex index) {
    }

    /**
     * What the count line counts of each row, by the row's place: its status, its light, whether
     * it is overdue. Kept in arrays, so that counting a search's rows reads them one after another
     * instead of each row's task from wherever it lies in memory.
     */
    record Tally(byte[] status, byte[] light, boolean[] overdue) {
        static Tally of(int rows) {
            return new Tally(new byte[rows], new byte[rows], new boolean[rows]);
        }
    }

    /**
     * The {@link TextIndex} of a ledger's rows, made once off the FX thread after they are shown (a
     * ledger of a few hundred tasks searches quickly without it): a search not met before then looks
     * only at the rows holding every character of its words. Until it is made, a search looks at
     * every row, as it always may: the index narrows where to look, never what is found.
     */
    public static final class SearchIndex {
        /** Below this many rows no index is made. */
        static final int FROM = 1000;
        private final List<TaskRow> rows;
        private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile TextIndex made;

        SearchIndex(List<TaskRow> rows) {
            this.rows = rows;
        }

        /** Makes the index here, unless it is made or being made already. */
        void make() {
            if (rows.size() >= FROM && started.compareAndSet(false, true)) {
                made = TextIndex.of(rows.stream().map(TaskRow::searchable).toList());
            }
        }

        void makeLater() {
            if (rows.size() < FROM || started.get()) {
                return;
            }
            org.taizhang.core.Threads.ahead("taizhang-search-index", this::make);
        }

        /** The index, once made; null before. */
        TextIndex made() {
            return made;
        }
    }

    /** The rows of {@code ordered} (reading order), lit as of {@code today} by {@code rule}. */
    public static Rows rows(List<Task> ordered, List<String> domainOrder, LocalDate today, LightRule rule,
            Set<Long> requested, Map<Long, org.taizhang.core.notice.NoticeLevel> noticed) {
        Map<Long, Task> byId = new HashMap<>();
        Set<String> units = new java.util.HashSet<>(); // sorted once below: a collator per insertion costs
        Set<Integer> yearSet = new TreeSet<>();
        // one String per 领域, in the order given, then as met: the table's outline compares each
        // row's 领域 with the row's before it on every search, and the same String compares at once
        Map<String, String> domainOf = new java.util.LinkedHashMap<>();
        domainOrder.forEach(d -> domainOf.put(d, d));
        for (Task t : ordered) {
            byId.put(t.id(), t);
            units.addAll(t.leadUnits().names());
            yearSet.add(t.year());
            domainOf.putIfAbsent(t.domain(), t.domain());
        }
        TaskRow[] made = new TaskRow[ordered.size()];
        Tally tally = Tally.of(ordered.size());
        String[] searchable = new String[ordered.size()];
        Light[] light = new Light[ordered.size()];
        // each row's search text and light on both cores: made in about half the time
        java.util.stream.IntStream.range(0, made.length).parallel().forEach(i -> {
            Task t = ordered.get(i);
            light[i] = rule.of(t, today);
            tally.status()[i] = (byte) t.status().ordinal();
            tally.light()[i] = (byte) light[i].ordinal();
            tally.overdue()[i] = Schedule.isOverdue(t, today);
            searchable[i] = TaskSearch.searchable(t);
        });
        // the rows themselves one after another, so they lie side by side in memory: every search
        // walks them all in order (the outline), and rows strewn among their texts cost it a read each
        for (int i = 0; i < made.length; i++) {
            Task t = ordered.get(i);
            made[i] = new TaskRow(t, domainOf.get(t.domain()), TaskOrder.depth(t, byId), light[i], searchable[i],
                    false, requested.contains(t.id()), noticed.get(t.id()), 0, i);
        }
        List<TaskRow> rows = java.util.Arrays.asList(made);
        Set<String> domainSet = new LinkedHashSet<>(domainOf.keySet());
        domainSet.remove("");
        List<String> unitList = new ArrayList<>(units);
        unitList.sort(Describe.pinyin()); // 北疆市… before 东风旗, as a clerk looks
        return new Rows(today, rows, TaskFilter.Outline.of(rows, TaskRow::task), tally, List.copyOf(domainSet),
                unitList, List.copyOf(yearSet), new SearchIndex(rows));
    }

    /** 完成时限 as ledgers write them (see Deadline): the made-up tasks read each kind. */
    private static final List<String> DEADLINE_FORMS = List.of("年底前", "6月底前", "三季度末", "上半年", "长期坚持",
            "每季度", "根据上级部署", "");

    /**
     * Made-up rows for the table to lay out before a ledger is shown (see {@code
     * LedgerTableController.practise}): two 领域 of tasks in every status, a measure under a task,
     * a request and a 督办单 open; one line each, as many as a screen holds, and a few that wrap.
     * Their words are the bundle's own, so the text is in the ledger's script.
     */
    static Rows practice(LocalDate today) {
        List<Task> tasks = practiceTasks(today, 60);
        List<String> words = practiceWords();
        return rows(tasks, List.of(words.get(0), words.get(1)), today, LightRule.DEFAULT, Set.of(3L),
                Map.of(4L, org.taizhang.core.notice.NoticeLevel.RED));
    }

    /**
     * The made-up tasks of {@link #practice}, {@code count} of them, every tenth a measure under the
     * one before. Every field is filled in some and empty in others, and the 完成时限 take each form
     * ledgers write, so that what reads them takes the turns a real ledger's tasks make it take.
     */
    static List<Task> practiceTasks(LocalDate today, int count) {
        List<Task> tasks = new ArrayList<>();
        List<String> words = practiceWords();
        Status[] statuses = Status.values();
        for (int i = 0; i < count; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < (i % 8 == 0 ? 8 : 1); w++) {
                title.append(words.get((i + w) % words.size()));
            }
            String word = words.get(i % words.size());
            String other = i % 3 == 0 ? "" : words.get((i + 5) % words.size()); // some fields empty in some tasks
            boolean measure = i % 10 == 1;
            tasks.add(Task.builder().id(i + 1).parentId(measure ? Long.valueOf(i) : null)
                    .domain(words.get(i < 30 ? 0 : 1)).year(today.getYear())
                    .number(measure ? "（" + (i % 7 + 1) + "）" : (i + 1) + ".")
                    .title(title.toString()).measures(other.isEmpty() ? "" : other + title)
                    .leadUnits(org.taizhang.core.task.UnitList.of(word))
                    .partnerUnits(other.isEmpty() ? org.taizhang.core.task.UnitList.of()
                            : org.taizhang.core.task.UnitList.of(other, words.get((i + 7) % words.size())))
                    .leader(other).contact(i % 4 == 1 ? "" : word + (i % 10))
                    .deadline(i % 2 == 0 ? today.plusDays(i * 7L % 400 - 60).toString()
                            : DEADLINE_FORMS.get(i / 2 % DEADLINE_FORMS.size()))
                    .deliverable(other).status(statuses[i % statuses.length])
                    .progress(i % 5 == 0 ? "" : title.toString()).problems(other)
                    .nextSteps(other.isEmpty() ? "" : other + word).remarks(other)
                    .target(i % 4 == 0 ? Integer.toString(i % 100) : "").actual(i % 4 == 0 ? Integer.toString(i % 90) : "")
                    .valueUnit(i % 4 == 0 ? "%" : "").build());
        }
        return tasks;
    }

    private static List<String> practiceWords() {
        List<String> words = new ArrayList<>();
        for (org.taizhang.core.task.TaskField f : org.taizhang.core.task.TaskField.values()) {
            words.add(I18n.text(f.labelKey()));
        }
        return words;
    }

    /**
     * Searches {@code rows} as a clerk types, on a table of its own that nothing shows: the JVM
     * compiles code once it has run a while, and without this the first searches after opening a
     * ledger pay for it (at 10,000 tasks twice or three times a compiled keystroke). The words are
     * the first characters of a few of the ledger's titles. Call off the FX thread.
     */
    static void rehearse(Rows rows) {
        LedgerViewModel table = new LedgerViewModel();
        table.show(rows);
        LedgerTree tree = new LedgerTree(new java.util.HashSet<>());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < rows.rows().size() && words.size() < 4; i += Math.max(1, rows.rows().size() / 4)) {
            String title = rows.rows().get(i).task().title().strip();
            if (title.length() >= 2) {
                words.add(title.substring(0, 2));
            }
        }
        for (int round = 0; round < 3; round++) {
            for (String word : words) {
                for (int typed = 1; typed <= word.length(); typed++) {
                    table.search.set(word.substring(0, typed));
                    tree.show(table.visibleRows(), null);
                }
                table.search.set("");
                tree.show(table.visibleRows(), null);
            }
            table.met.clear(); // search anew, as a first search does
        }
    }

    /** Shows a ledger's rows, made by {@link #rows}. */
    public void show(Rows prepared) {
        show(prepared, null);
    }

    /** {@link #show(Rows)}, the rows sorted already by the table's sort (null: not yet). */
    void show(Rows prepared, LedgerTree.Ranking ranking) {
        // sorted by another order if the clerk sorted anew while the rows were read: then the
        // table sorts them itself, at once
        this.ranking = ranking != null && ranking.sorts(prepared.rows(), order) ? ranking : null;
        this.prepared = prepared;
        asOf = prepared.asOf();
        all = prepared.rows();
        outline = prepared.outline();
        asContext = new TaskRow[all.size()];
        tally = prepared.tally();
        met.clear();
        lastFilter = null;
        domainChoices.setAll(prepared.domains());
        unitChoices.setAll(prepared.units());
        yearChoices.setAll(prepared.years());
        refilter();
    }

    /**
     * Makes the search index of the rows shown and rehearses the search on them, on a thread of
     * its own at low priority: see {@link SearchIndex} and {@link #rehearse(Rows)}. Nothing is
     * changed that anyone sees.
     */
    public void rehearseLater() {
        Rows rows = prepared;
        if (rows == null || rows.rows().isEmpty()) {
            return;
        }
        org.taizhang.core.Threads.ahead("taizhang-search-rehearsal", () -> {
            rows.index().make(); // first, unless being made: the rehearsal searches as the clerk will
            rehearse(rows);
        }).setPriority(Thread.MIN_PRIORITY);
    }

    /** Makes the search index of the rows shown on a thread of its own (see {@link SearchIndex}). */
    public void indexLater() {
        if (prepared != null) {
            prepared.index().makeLater();
        }
    }

    /** Whether the rows shown have their search index made; for tests. */
    boolean indexed() {
        return prepared != null && prepared.index().made() != null;
    }

    public void clear() {
        prepared = null;
        ranking = null;
        all = List.of();
        outline = TaskFilter.Outline.of(all, TaskRow::task);
        asContext = new TaskRow[0];
        tally = Tally.of(0);
        met.clear();
        lastFilter = null;
        visible.clear();
        counts.set("");
    }

    /** Clears the search and every filter in one go. */
    public void clearFilters() {
        search.set("");
        domains.clear();
        leadUnits.clear();
        statuses.clear();
        lights.clear();
        years.clear();
        deadlineFrom.set(null);
        deadlineTo.set(null);
    }

    /** Shows exactly what {@code filter} asks for, in place of the filters set now. */
    public void apply(TaskFilter filter) {
        clearFilters();
        search.set(filter.text());
        domains.addAll(filter.domains());
        leadUnits.addAll(filter.leadUnits());
        statuses.addAll(filter.statuses());
        lights.addAll(filter.lights());
        years.addAll(filter.years());
        deadlineFrom.set(filter.deadlineFrom());
        deadlineTo.set(filter.deadlineTo());
    }

    public TaskFilter filter() {
        return TaskFilter.NONE.withText(search.get()).withDomains(domains).withLeadUnits(leadUnits)
                .withStatuses(statuses).withLights(lights).withYears(years)
                .withDeadlines(deadlineFrom.get(), deadlineTo.get());
    }

    private void refilter() {
        Found found = found(filter());
        java.util.BitSet hits = found.hits();
        java.util.BitSet shown = outline.withParents(hits);
        List<TaskRow> rows = new ArrayList<>(shown.cardinality());
        for (int i = shown.nextSetBit(0); i >= 0; i = shown.nextSetBit(i + 1)) {
            rows.add(hits.get(i) ? all.get(i) : context(i));
        }
        if (!sameRows(rows)) { // a word typed on that finds the same rows changes only the marks, which the cells redo
            visible.setAll(rows);
        }
        counts.set(found.counts());
    }

    /**
     * What {@code f} finds. A filter met before is not searched again, and one that narrows the
     * last is searched among the last one's hits only: what makes typing on cheap; once the rows'
     * index is made, only among the rows holding every character of the search's words.
     */
    private Found found(TaskFilter f) {
        Found known = met.get(f);
        if (known == null) {
            Found last = f.narrows(lastFilter) ? met.get(lastFilter) : null;
            java.util.BitSet among = last == null ? null : last.hits();
            TextIndex index = prepared == null ? null : prepared.index().made();
            java.util.BitSet holding = index == null ? null : index.candidates(f.text());
            if (holding != null) {
                if (among != null) {
                    holding.and(among);
                }
                among = holding;
            }
            java.util.BitSet hits = f.isEmpty() ? everyRow()
                    : outline.hits(r -> f.matches(r.task(), r.light(), r.searchable()), among);
            known = new Found(hits, countLine(hits));
            met.put(f, known);
        }
        lastFilter = f;
        return known;
    }

    private java.util.BitSet everyRow() {
        java.util.BitSet every = new java.util.BitSet(all.size());
        every.set(0, all.size());
        return every;
    }

    private boolean sameRows(List<TaskRow> rows) {
        if (rows.size() != visible.size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) != visible.get(i)) {
                return false;
            }
        }
        return true;
    }

    private TaskRow context(int i) {
        if (asContext[i] == null) {
            asContext[i] = all.get(i).asContext();
        }
        return asContext[i];
    }

    private String countLine(java.util.BitSet hits) {
        int[] byStatus = new int[Status.values().length];
        int[] byLight = new int[Light.values().length];
        int late = 0;
        byte[] status = tally.status();
        byte[] light = tally.light();
        boolean[] overdue = tally.overdue();
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            byStatus[status[i]]++;
            byLight[light[i]]++;
            late += overdue[i] ? 1 : 0;
        }
        int matched = hits.cardinality();
        StringBuilder b = new StringBuilder(matched == all.size()
                ? I18n.text("status.count", all.size()) : I18n.text("status.filtered", matched, all.size()));
        // 逾期 is the deadline's word, 滞后 the unit's: both are always shown, side by side.
        for (Status s : Status.values()) {
            if (byStatus[s.ordinal()] > 0 || s == Status.BEHIND) {
                b.append(I18n.text("status.part", s.label(), byStatus[s.ordinal()]));
            }
            if (s == Status.BEHIND) {
                b.append(I18n.text("status.part", I18n.text("status.overdue"), late));
            }
        }
        for (Light l : List.of(Light.RED, Light.YELLOW, Light.GREEN)) {
            b.append(I18n.text("status.part", l.label(), byLight[l.ordinal()]));
        }
        return b.toString();
    }

    /** The table's sort (tasks among their siblings), given by the view; null for the outline's order. */
    public void sortedBy(java.util.Comparator<TaskRow> sort) {
        sortedBy(sort, null);
    }

    /** {@link #sortedBy(java.util.Comparator)}, with the rows shown sorted by it already (null: not yet). */
    void sortedBy(java.util.Comparator<TaskRow> sort, LedgerTree.Ranking ranking) {
        this.order = sort;
        this.ranking = ranking;
    }

    /** The rows shown, sorted by {@link #order} off the FX thread; null when not sorted so. */
    LedgerTree.Ranking ranking() {
        return ranking;
    }

    /** Every row of the ledger shown (reading order), whatever the filters show of it. */
    List<TaskRow> allRows() {
        return all;
    }

    /** The table's sort, as {@link #sortedBy} gave it. */
    java.util.Comparator<TaskRow> order() {
        return order;
    }

    /**
     * The tasks shown, as the table lists them (in its sort, every measure under its task, each
     * with its depth there): what the printed ledger prints.
     */
    public List<org.taizhang.report.LedgerPrint.Line> printLines() {
        return LedgerTree.lines(visible, order);
    }

    /** The row of a task, if it is among those shown. */
    public java.util.Optional<TaskRow> visibleRow(long id) {
        if (id < 0) {
            return java.util.Optional.empty(); // -1, nothing chosen: no task has it, and 10,000 rows need not be walked to say so
        }
        return visible.stream().filter(r -> r.id() == id).findFirst();
    }

    public int size() {
        return all.size();
    }

    public ObservableList<TaskRow> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableSet<String> domainFilter() {
        return domains;
    }

    public ObservableSet<String> leadUnitFilter() {
        return leadUnits;
    }

    public ObservableSet<Status> statusFilter() {
        return statuses;
    }

    public ObservableSet<Light> lightFilter() {
        return lights;
    }

    public ObservableSet<Integer> yearFilter() {
        return years;
    }

    public ObjectProperty<LocalDate> deadlineFromProperty() {
        return deadlineFrom;
    }

    public ObjectProperty<LocalDate> deadlineToProperty() {
        return deadlineTo;
    }

    public ObservableList<String> domainChoices() {
        return domainChoices;
    }

    public ObservableList<String> unitChoices() {
        return unitChoices;
    }

    public ObservableList<Integer> yearChoices() {
        return yearChoices;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
