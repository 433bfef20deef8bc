package org.taizhang.exchange.read;

import java.util.Arrays;

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
        return Arrays.stream(cells).allMatch(c -> c == null || c.isBlank());
    }

    /** The non-blank cells' column indexes. */
    public int[] filled() {
        return java.util.stream.IntStream.range(0, cells.length)
                .filter(i -> cells[i] != null && !cells[i].isBlank()).toArray();
    }
}
