package org.taizhang.exchange.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.taizhang.core.ledger.LedgerService;

/**
 * Column mappings remembered per unit, kept with the ledger: once the clerk has told the program
 * which column of 市医保局's workbook is which, its next workbook is read the same way.
 */
public final class Mappings {
    private static final String KEY = "import.mapping.";
    private static final String NONE = "-";

    private Mappings() {
    }

    /** For {@link ReadOptions#remembered}: the mapping remembered for a unit, header text → column. */
    public static Function<String, Map<String, Column>> of(LedgerService service) {
        return unit -> service.setting(KEY + unit).map(Mappings::decode).orElse(Map.of());
    }

    /** Remembers how each table of a unit's workbook was read (when it names its unit). */
    public static void remember(LedgerService service, WorkbookData data) {
        if (service.isReadOnly()) {
            return;
        }
        for (SheetTable table : data.tables()) {
            if (table.unit().isEmpty()) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            // Every header, placed or not: the unit's next workbook is read exactly as this one was.
            table.layout().headers().forEach((column, header) -> {
                Column field = table.layout().mapping().get(column);
                b.append(key(header)).append('\t').append(field == null ? NONE : field.code()).append('\n');
            });
            service.saveSetting(KEY + table.unit(), b.toString());
        }
    }

    /** A header as remembered: on one line. */
    static String key(String header) {
        return header.replaceAll("[\\t\\r\\n]+", " ");
    }

    /**
     * Header text → column; a header remembered as not placed maps to null (so {@code containsKey}
     * tells "not placed" from "not remembered").
     */
    static Map<String, Column> decode(String text) {
        Map<String, Column> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                try {
                    out.put(parts[0], parts[1].equals(NONE) ? null : Column.ofCode(parts[1]));
                } catch (IllegalArgumentException ignored) {
                    // a column this version no longer has
                }
            }
        }
        return out;
    }
}
