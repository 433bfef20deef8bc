package org.taizhang.ui.importer;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ObservableListBase;
import org.taizhang.exchange.importing.ImportPlan;

/**
 * The plan's rows as the plan table reads them: a row is made when the table first asks for it
 * (the rows on the screen, as it scrolls), and only the last {@link #KEEP} made are kept, so a plan
 * of 200,000 rows never becomes 200,000 table rows at once. Whether a row is ticked lives in the
 * workbook's exclusions, so a row made again is ticked as it was. Sorting puts every row in the
 * list ({@link #setAll(Collection)}): the window allows it for plans up to {@link #SORTABLE} rows.
 */
final class PlanRows extends ObservableListBase<EntryRow> {
    static final int KEEP = 2_000;
    static final int SORTABLE = 20_000;

    private List<ImportPlan.Entry> entries = List.of();
    private Function<ImportPlan.Entry, EntryRow> make = e -> {
        throw new IllegalStateException("no plan");
    };
    /** Every row in the order shown, once sorted; null before. */
    private List<EntryRow> all;
    private final Map<Integer, EntryRow> made = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, EntryRow> eldest) {
            return size() > KEEP;
        }
    };

    /** Shows another plan (an empty list for none), each row made by {@code make} when asked for. */
    void show(List<ImportPlan.Entry> plan, Function<ImportPlan.Entry, EntryRow> make) {
        List<EntryRow> before = asWas();
        this.entries = List.copyOf(plan);
        this.make = make;
        this.all = null;
        made.clear();
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (!entries.isEmpty()) {
            nextAdd(0, entries.size());
        }
        endChange();
    }

    @Override
    public EntryRow get(int index) {
        if (all != null) {
            return all.get(index);
        }
        EntryRow row = made.get(index);
        if (row == null) {
            row = make.apply(entries.get(index));
            made.put(index, row);
        }
        return row;
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** The rows made so far (all of them once sorted): those whose ticks must follow a change of many. */
    List<EntryRow> made() {
        return all != null ? all : List.copyOf(made.values());
    }

    /** The same rows in another order (the table's sort): every row is made and kept. */
    @Override
    public boolean setAll(Collection<? extends EntryRow> rows) {
        if (rows.size() != entries.size()) {
            throw new UnsupportedOperationException("the plan's rows are reordered, not replaced");
        }
        List<EntryRow> before = asWas();
        all = new ArrayList<>(rows);
        made.clear();
        beginChange();
        nextReplace(0, all.size(), before);
        endChange();
        return true;
    }

    /** The list as it is now, for a change's removed rows: rows not made yet are made when read. */
    private List<EntryRow> asWas() {
        if (all != null) {
            return all;
        }
        List<ImportPlan.Entry> was = entries;
        Map<Integer, EntryRow> madeThen = new LinkedHashMap<>(made);
        Function<ImportPlan.Entry, EntryRow> makeThen = make;
        return new AbstractList<>() {
            @Override
            public EntryRow get(int index) {
                EntryRow row = madeThen.get(index);
                return row != null ? row : makeThen.apply(was.get(index));
            }

            @Override
            public int size() {
                return was.size();
            }
        };
    }
}
