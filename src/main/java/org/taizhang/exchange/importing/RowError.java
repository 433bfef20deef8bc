package org.taizhang.exchange.importing;

import org.taizhang.core.Message;

/**
 * A cell or row the import could not take: where (sheet, row as Excel numbers it, column letter and
 * header), the value found, what is wrong with it, and what it cost: the cell alone (the row's other
 * fields were imported and this field keeps the ledger's value) or the whole row.
 */
public record RowError(String sheet, int row, String column, String header, String value, Message why, Cost cost) {

    /** What a bad value costs. */
    public enum Cost {
        /** The row is not imported. */
        ROW,
        /** Only this cell is left out; the row's other fields are imported. */
        CELL
    }

    public String message() {
        return why.text();
    }

    /** The same error, costing the row (its row was not imported after all). */
    public RowError costingRow() {
        return new RowError(sheet, row, column, header, value, why, Cost.ROW);
    }
}
