package org.taizhang.exchange.importing;

import java.util.Arrays;
import java.util.Set;
import org.taizhang.exchange.read.RawCell;

/**
 * A kept row's mapped cells by column, in column order: two small arrays where a map of boxed
 * columns took several times the room, and a plain text cell kept as its text alone. A sheet of
 * 100,000 rows holds 100,000 of these until its merges, which come after the rows, have been
 * filled down.
 */
final class RowCells {
    private int[] columns;
    /** Each cell: its String when it is plain text (made a RawCell again when asked for), else the RawCell. */
    private Object[] cells;
    private int size;

    RowCells(int capacity) {
        columns = new int[capacity];
        cells = new Object[capacity];
    }

    private static Object kept(RawCell cell) {
        return cell != null && cell.kind() == RawCell.Kind.TEXT && cell.text() != null
                && Double.doubleToRawLongBits(cell.number()) == 0 ? cell.text() : cell;
    }

    private static RawCell cellOf(Object kept) {
        return kept instanceof String text ? RawCell.text(text) : (RawCell) kept;
    }

    /** Adds a cell right of every one added before. */
    void add(int column, RawCell cell) {
        if (size == columns.length) {
            grow();
        }
        columns[size] = column;
        cells[size] = kept(cell);
        size++;
    }

    /** The cell in {@code column}, or null. */
    RawCell get(int column) {
        int at = Arrays.binarySearch(columns, 0, size, column);
        return at >= 0 ? cellOf(cells[at]) : null;
    }

    /** Puts the cell in an empty column (a merge filling it); false when the column has one. */
    boolean putIfAbsent(int column, RawCell cell) {
        int at = Arrays.binarySearch(columns, 0, size, column);
        if (at >= 0 && cells[at] != null) {
            return false;
        }
        if (at >= 0) {
            cells[at] = kept(cell);
            return true;
        }
        int insert = -at - 1;
        if (size == columns.length) {
            grow();
        }
        System.arraycopy(columns, insert, columns, insert + 1, size - insert);
        System.arraycopy(cells, insert, cells, insert + 1, size - insert);
        columns[insert] = column;
        cells[insert] = kept(cell);
        size++;
        return true;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The i-th cell's column, left to right. */
    int column(int i) {
        return columns[i];
    }

    RawCell cell(int i) {
        return cellOf(cells[i]);
    }

    /** These cells but those in {@code dropped}. */
    RowCells without(Set<Integer> dropped) {
        RowCells out = new RowCells(size);
        for (int i = 0; i < size; i++) {
            if (!dropped.contains(columns[i])) {
                out.columns[out.size] = columns[i];
                out.cells[out.size] = cells[i];
                out.size++;
            }
        }
        return out;
    }

    /** Drops the room left over once the row is read. */
    RowCells trimmed() {
        if (size < columns.length) {
            columns = Arrays.copyOf(columns, size);
            cells = Arrays.copyOf(cells, size);
        }
        return this;
    }

    private void grow() {
        int n = Math.max(4, columns.length * 2);
        columns = Arrays.copyOf(columns, n);
        cells = Arrays.copyOf(cells, n);
    }
}
