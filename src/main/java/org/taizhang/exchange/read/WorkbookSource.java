package org.taizhang.exchange.read;

import java.util.List;

/** An opened workbook whose sheets can be read row by row. */
public interface WorkbookSource extends AutoCloseable {

    List<SheetInfo> sheets();

    /** Whether dates count from 1904 (old Mac workbooks) rather than 1900. */
    boolean date1904();

    /** Reads one sheet into {@code sink}, streaming where the format allows. */
    void read(SheetInfo sheet, RowSink sink);

    @Override
    void close();
}
