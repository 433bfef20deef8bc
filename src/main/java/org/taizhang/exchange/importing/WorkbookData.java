package org.taizhang.exchange.importing;

import java.util.List;
import org.taizhang.exchange.read.SheetInfo;

/**
 * A return as read for import: the file and its SHA-256, all its sheets, the task tables found
 * in them (one a sheet; a workbook of one sheet per 领域 or per unit is one return), the rows that
 * came through, the rows that could not, and every sheet and row passed over, with why.
 */
public record WorkbookData(String fileName, String sha256, List<SheetInfo> sheets, List<SheetTable> tables,
        List<ImportRow> rows, List<RowError> errors, List<Skipped> skipped) {

    public WorkbookData {
        sheets = List.copyOf(sheets);
        tables = List.copyOf(tables);
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
    }

    /** The first table's sheet (the only one of most returns). */
    public SheetInfo sheet() {
        return tables.get(0).sheet();
    }

    /** The first table's layout. */
    public SheetLayout layout() {
        return tables.get(0).layout();
    }

    public SheetTable table(String sheet) {
        return tables.stream().filter(t -> t.sheet().name().equals(sheet)).findFirst().orElse(null);
    }

    /** The unit the return is from: the first its tables name, or "". */
    public String unit() {
        return tables.stream().map(SheetTable::unit).filter(u -> !u.isEmpty()).findFirst().orElse("");
    }

    /** Every unit its tables name. */
    public List<String> units() {
        return tables.stream().map(SheetTable::unit).filter(u -> !u.isEmpty()).distinct().toList();
    }
}
