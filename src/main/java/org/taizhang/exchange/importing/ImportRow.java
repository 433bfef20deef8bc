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

    public ImportRow {
        values = values.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(values);
        domain = domain == null ? "" : domain;
        unit = unit == null ? "" : unit;
        joined = List.copyOf(joined);
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
