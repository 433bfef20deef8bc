package org.taizhang.exchange.importing;

import java.util.List;
import java.util.Map;
import org.taizhang.exchange.read.SheetInfo;

/**
 * One sheet's task table as read: the sheet, where its table is, the unit and 领域 its name gives
 * (a workbook of one sheet per unit or per 领域), and a few values of each column the import does
 * not read (shown as 未对应 so the clerk can place it).
 */
public record SheetTable(SheetInfo sheet, SheetLayout layout, String sheetUnit, String sheetDomain,
        Map<Integer, List<String>> unmapped) {

    public SheetTable {
        unmapped = Map.copyOf(unmapped);
    }

    /** The unit this sheet reports for: its 填报单位 line, else its name when that names a unit. */
    public String unit() {
        return layout.unit().isEmpty() ? sheetUnit : layout.unit();
    }
}
