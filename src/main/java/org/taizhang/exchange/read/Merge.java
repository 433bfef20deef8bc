package org.taizhang.exchange.read;

/** A merged range of cells, 0-based and inclusive, as a sheet's mergeCells list gives it. */
public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** Reads "B3:B7" or "C2". */
    public static Merge parse(String ref) {
        String[] ends = ref.split(":");
        int[] a = CellRef.parse(ends[0]);
        int[] b = ends.length > 1 ? CellRef.parse(ends[1]) : a;
        return new Merge(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1]));
    }
}
