package org.taizhang.ui.importer;


/**
 * What one unit's workbook brought, the line of the summary after importing: its rows (read or
 * not), the new and changed tasks imported, the conflicts left out, the rows in error, the
 * unit's tasks it did not report on, and the adjustment written.
 */
public record SummaryRow(String file, String unit, int rows, long added, long changed, long conflictsLeft,
        int errors, int missing, String adjustment) {
}
