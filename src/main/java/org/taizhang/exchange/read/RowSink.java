package org.taizhang.exchange.read;

import java.util.BitSet;
import java.util.List;

/** Receives a sheet as it is read: hidden columns first, then rows in order, then merged ranges. */
public interface RowSink {

    /** The columns the sheet hides (helper columns), before any row. */
    default void hiddenColumns(BitSet columns) {
    }

    /** One row; return false to stop reading. */
    boolean row(RawRow row);

    /** The sheet's merged ranges, after the rows (where xlsx keeps them). */
    default void merges(List<Merge> merges) {
    }
}
