package org.taizhang.exchange.importing;

import java.util.EnumMap;
import java.util.Map;

/**
 * A data row read from a workbook and checked: its row number as Excel shows it, the values of
 * the mapped columns as the ledger writes them (a date cell as 2023-06-30, a status as its label),
 * the 领域 heading it stands under, and the row of the task it belongs under (for measures).
 */
public record ImportRow(int row, Map<Column, String> values, String domainHeading, Integer parentRow) {

    public ImportRow {
        values = values.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(values);
        domainHeading = domainHeading == null ? "" : domainHeading;
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
