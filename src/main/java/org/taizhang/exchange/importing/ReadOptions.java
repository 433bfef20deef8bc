package org.taizhang.exchange.importing;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.taizhang.exchange.Progress;

/**
 * How to read a workbook: which sheet (null: every sheet that holds a task table), the ledger's
 * year for deadlines without one, the column mappings remembered per unit, the mappings the clerk
 * set by hand (by sheet), the units and 领域 the ledger knows (to read a sheet's name as one of
 * them), and where to report progress.
 */
public record ReadOptions(String sheet, int ledgerYear, Function<String, Map<String, Column>> remembered,
        Map<String, Map<Integer, Column>> mappings, Known known, Progress progress) {

    /** The names the ledger knows: a sheet named after one of them is that unit's or that 领域's. */
    public record Known(Set<String> units, Set<String> domains) {
        public static final Known NONE = new Known(Set.of(), Set.of());

        public Known {
            units = Set.copyOf(units);
            domains = Set.copyOf(domains);
        }
    }

    public ReadOptions {
        mappings = Map.copyOf(mappings);
    }

    public static ReadOptions of(int ledgerYear) {
        return new ReadOptions(null, ledgerYear, unit -> Map.of(), Map.of(), Known.NONE, Progress.NONE);
    }

    public ReadOptions sheet(String name) {
        return new ReadOptions(name, ledgerYear, remembered, mappings, known, progress);
    }

    /** Column mappings set by hand, by sheet name; a sheet not named is mapped by its header's words. */
    public ReadOptions mappings(Map<String, Map<Integer, Column>> byHand) {
        return new ReadOptions(sheet, ledgerYear, remembered, byHand, known, progress);
    }

    public ReadOptions remembered(Function<String, Map<String, Column>> byUnit) {
        return new ReadOptions(sheet, ledgerYear, byUnit, mappings, known, progress);
    }

    public ReadOptions known(Known names) {
        return new ReadOptions(sheet, ledgerYear, remembered, mappings, names, progress);
    }

    public ReadOptions progress(Progress to) {
        return new ReadOptions(sheet, ledgerYear, remembered, mappings, known, to);
    }
}
