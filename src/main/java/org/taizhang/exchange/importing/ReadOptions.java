package org.taizhang.exchange.importing;

import java.util.Map;
import java.util.function.Function;
import org.taizhang.exchange.Progress;

/**
 * How to read a workbook: which sheet (null: the one that looks like a ledger), the ledger's year
 * for deadlines without one, the column mappings remembered per unit, a mapping the clerk set
 * by hand (null: find it), and where to report progress.
 */
public record ReadOptions(String sheet, int ledgerYear, Function<String, Map<String, Column>> remembered,
        Map<Integer, Column> mapping, Progress progress) {

    public static ReadOptions of(int ledgerYear) {
        return new ReadOptions(null, ledgerYear, unit -> Map.of(), null, Progress.NONE);
    }

    public ReadOptions sheet(String name) {
        return new ReadOptions(name, ledgerYear, remembered, mapping, progress);
    }

    public ReadOptions mapping(Map<Integer, Column> byHand) {
        return new ReadOptions(sheet, ledgerYear, remembered, byHand, progress);
    }

    public ReadOptions remembered(Function<String, Map<String, Column>> byUnit) {
        return new ReadOptions(sheet, ledgerYear, byUnit, mapping, progress);
    }

    public ReadOptions progress(Progress to) {
        return new ReadOptions(sheet, ledgerYear, remembered, mapping, to);
    }
}
