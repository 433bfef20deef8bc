package org.taizhang.exchange.read;

/** One row of a sheet: its index (0-based, as POI counts), its cells by column, and whether it is hidden. */
public record RawRow(int index, RawCell[] cells, boolean hidden) {

    public RawCell cell(int column) {
        return column < cells.length ? cells[column] : null;
    }

    /** The cell's text, "" when there is none. */
    public String text(int column) {
        RawCell c = cell(column);
        return c == null || c.text() == null ? "" : c.text();
    }

    public boolean isBlank() {
        for (RawCell c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The non-blank cells' column indexes. */
    public int[] filled() {
        int n = 0;
        for (RawCell c : cells) {
            if (c != null && !c.isBlank()) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int i = 0, k = 0; k < n; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                out[k++] = i;
            }
        }
        return out;
    }
}
