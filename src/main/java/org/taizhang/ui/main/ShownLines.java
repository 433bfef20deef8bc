package org.taizhang.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The ledger table's lines, changed in place. A new set of lines is told to the table as the
 * lines that differ where old and new both have one, plus lines added or removed at the end —
 * never as one replacement of the whole list, on which a table empties and refills every row it
 * shows. So a search redraws only the rows whose line changed (decision 0031).
 */
final class ShownLines extends ObservableListBase<TaskRow> {
    private List<TaskRow> lines = new ArrayList<>();

    @Override
    public TaskRow get(int index) {
        return lines.get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    /** Shows {@code next} in place of the lines now. */
    void show(List<TaskRow> next) {
        List<TaskRow> old = lines;
        lines = new ArrayList<>(next);
        int common = Math.min(old.size(), next.size());
        int first = 0;
        while (first < common && old.get(first) == next.get(first)) {
            first++;
        }
        int last = common - 1;
        while (last >= first && old.get(last) == next.get(last)) {
            last--;
        }
        beginChange();
        for (int i = first; i <= last; i++) {
            nextUpdate(i);
        }
        if (next.size() > common) {
            nextAdd(common, next.size());
        } else if (old.size() > common) {
            nextRemove(common, old.subList(common, old.size()));
        }
        endChange();
    }
}
