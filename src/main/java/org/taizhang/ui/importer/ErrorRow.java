package org.taizhang.ui.importer;

import java.util.Locale;
import org.taizhang.core.I18n;
import org.taizhang.exchange.importing.RowError;

/** A cell or row the reader could not take, why, and what it cost (本格 / 整行). */
public record ErrorRow(String sheet, int row, String column, String header, String value, String why, String cost) {
    static ErrorRow of(RowError e) {
        return new ErrorRow(e.sheet(), e.row(), e.column(), e.header(), e.value(), e.message(),
                I18n.text("importer.cost." + e.cost().name().toLowerCase(Locale.ROOT)));
    }
}
