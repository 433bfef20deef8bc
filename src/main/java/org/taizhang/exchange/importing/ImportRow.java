package org.taizhang.exchange.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A task or measure read from a return and checked: where it comes from, the values of the mapped
 * columns as the ledger writes them (a date cell as 2023年6月30日, a status as its label), the 领域
 * and the unit it stands under (a heading, the sheet's name, the 填报单位 line), the row of the task
 * it belongs under (for measures), what a 是否完成 / 完成进度 cell said, and the rows below it
 * whose content it took in.
 */
public record ImportRow(RowRef ref, Map<Column, String> values, String domain, String unit, RowRef parent,
        Completion completion, List<Integer> joined) {

    /**
     * The values seen lately, one a slot by their hash: a value many rows repeat (a unit, a
     * deadline, a status, 各旗县市区) is then held once, not once a row, which halves what a large
     * return holds. Shared by every reading; a slot written by two threads at once holds either
     * value, both whole (strings are immutable), so no lock is needed.
     */
    private static final String[] SEEN = new String[4096];

    public ImportRow {
        EnumMap<Column, String> copy = new EnumMap<>(Column.class);
        values.forEach((c, v) -> copy.put(c, once(v)));
        values = copy;
        domain = domain == null ? "" : once(domain);
        unit = unit == null ? "" : once(unit);
        joined = joined.isEmpty() ? List.of() : List.copyOf(joined);
    }

    /** The value held already when one equal to it was seen lately, else this one, remembered. */
    static String once(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int slot = value.hashCode() & (SEEN.length - 1);
        String seen = SEEN[slot];
        if (value.equals(seen)) {
            return seen;
        }
        SEEN[slot] = value;
        return value;
    }

    /** A row with values only: for tests and the simplest callers. */
    public static ImportRow of(RowRef ref, Map<Column, String> values) {
        return new ImportRow(ref, values, "", "", null, null, List.of());
    }

    /** The row as Excel numbers it. */
    public int row() {
        return ref.row();
    }

    public String sheet() {
        return ref.sheet();
    }

    public String get(Column column) {
        return values.getOrDefault(column, "");
    }

    public boolean has(Column column) {
        return !get(column).isEmpty();
    }

    public Long taskId() {
        return has(Column.TASK_ID) ? Long.valueOf(get(Column.TASK_ID)) : null;
    }

    public Integer revision() {
        return has(Column.REVISION) ? Integer.valueOf(get(Column.REVISION)) : null;
    }
}
