package org.taizhang.exchange.importing;

import java.util.List;
import org.taizhang.exchange.read.SheetInfo;

/**
 * A workbook as read for import: the file and its SHA-256, its sheets and the one read, where its
 * table is, the rows that came through and the rows that did not, with why.
 */
public record SheetData(String fileName, String sha256, List<SheetInfo> sheets, SheetInfo sheet, SheetLayout layout,
        List<ImportRow> rows, List<RowError> errors) {

    public SheetData {
        sheets = List.copyOf(sheets);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }
}
