package org.taizhang.exchange.importing;

/**
 * Where a row of a return comes from: its sheet and its row as Excel numbers it. {@code part} is 0
 * for the row itself and 1 for the 具体举措 split off a task's own row (the task and its first
 * measure share that row).
 */
public record RowRef(String sheet, int row, int part) {

    public static RowRef of(String sheet, int row) {
        return new RowRef(sheet, row, 0);
    }

    /** The first measure written on a task's own row. */
    public RowRef measure() {
        return new RowRef(sheet, row, 1);
    }

    @Override
    public String toString() {
        return sheet + "!" + row + (part == 0 ? "" : "+" + part);
    }
}
