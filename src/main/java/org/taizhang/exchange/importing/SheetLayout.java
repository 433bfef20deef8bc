package org.taizhang.exchange.importing;

import java.util.Map;

/**
 * Where a sheet's table is: the header row (the last one, when the header takes two rows), what
 * each column's header says, which column holds what, and the 填报单位 / 填报日期 written above it.
 */
public record SheetLayout(int headerRow, int headerRows, Map<Integer, String> headers, Map<Integer, Column> mapping,
        String unit, String reportDate, int score) {

    public SheetLayout {
        headers = Map.copyOf(headers);
        mapping = Map.copyOf(mapping);
        unit = unit == null ? "" : unit;
        reportDate = reportDate == null ? "" : reportDate;
    }

    /** The first row below the header. */
    public int dataStart() {
        return headerRow + 1;
    }

    public SheetLayout withMapping(Map<Integer, Column> changed) {
        return new SheetLayout(headerRow, headerRows, headers, changed, unit, reportDate, score);
    }

    public boolean maps(Column column) {
        return mapping.containsValue(column);
    }
}
