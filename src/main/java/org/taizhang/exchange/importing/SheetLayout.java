package org.taizhang.exchange.importing;

import java.util.Map;
import java.util.Set;

/**
 * Where a sheet's table is: the header's last row and how many rows it takes (up to four), what each
 * column's header says ("进展情况/本月进展" for a part under a group), which column holds what, the
 * 填报单位 / 填报日期 written above it, and the header's words (to know the header when it comes
 * again further down).
 */
public record SheetLayout(int headerRow, int headerRows, Map<Integer, String> headers, Map<Integer, Column> mapping,
        String unit, String reportDate, int score, Set<String> headerWords) {

    public SheetLayout {
        headers = Map.copyOf(headers);
        mapping = Map.copyOf(mapping);
        unit = unit == null ? "" : unit;
        reportDate = reportDate == null ? "" : reportDate;
        headerWords = Set.copyOf(headerWords);
    }

    /** The first row below the header. */
    public int dataStart() {
        return headerRow + 1;
    }

    /** The header's first row. */
    public int headerTop() {
        return headerRow - headerRows + 1;
    }

    public SheetLayout withMapping(Map<Integer, Column> changed) {
        return new SheetLayout(headerRow, headerRows, headers, changed, unit, reportDate, score, headerWords);
    }

    public boolean maps(Column column) {
        return mapping.containsValue(column);
    }

    /** The column that holds {@code column}, or -1. */
    public int columnOf(Column column) {
        for (Map.Entry<Integer, Column> e : mapping.entrySet()) {
            if (e.getValue() == column) {
                return e.getKey();
            }
        }
        return -1;
    }
}
