package org.taizhang.exchange.importing;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.taizhang.exchange.read.RawCell;

/**
 * A kept row's mapped cells by column, as two small arrays rather than a hash map, and each cell
 * one already held when a row lately had the same (a unit, a deadline, a status: most of a
 * return's cells repeat). A table's rows are all kept until its merged cells are known, at the
 * end of its sheet; held this way 200,000 rows take a third of the heap a map a row took.
 * Columns are added in any order; {@code put} and {@code putIfAbsent} only, no removal.
 */
final class KeptCells extends AbstractMap<Integer, RawCell> {
    private static final RawCell[] SEEN = new RawCell[4096];

    private int[] columns = new int[8];
    private RawCell[] cells = new RawCell[8];
    private int size;

    @Override
    public RawCell get(Object key) {
        int at = key instanceof Integer c ? find(c) : -1;
        return at < 0 ? null : cells[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Integer c && find(c) >= 0;
    }

    @Override
    public RawCell put(Integer column, RawCell cell) {
        int at = find(column);
        if (at >= 0) {
            RawCell was = cells[at];
            cells[at] = once(cell);
            return was;
        }
        if (size == columns.length) {
            columns = Arrays.copyOf(columns, size * 2);
            cells = Arrays.copyOf(cells, size * 2);
        }
        columns[size] = column;
        cells[size++] = once(cell);
        return null;
    }

    @Override
    public RawCell putIfAbsent(Integer column, RawCell cell) {
        RawCell was = get(column);
        return was != null ? was : put(column, cell);
    }

    @Override
    public int size() {
        return size;
    }

    private int find(int column) {
        for (int i = 0; i < size; i++) {
            if (columns[i] == column) {
                return i;
            }
        }
        return -1;
    }

    /** The cell held already when an equal one was seen lately, else this one, remembered. */
    private static RawCell once(RawCell cell) {
        if (cell == null) {
            return null;
        }
        int slot = cell.hashCode() & (SEEN.length - 1);
        RawCell seen = SEEN[slot];
        if (cell.equals(seen)) {
            return seen;
        }
        SEEN[slot] = cell;
        return cell;
    }

    @Override
    public Set<Entry<Integer, RawCell>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Integer, RawCell>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<Integer, RawCell> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(columns[i], cells[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
