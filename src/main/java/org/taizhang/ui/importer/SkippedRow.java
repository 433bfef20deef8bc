package org.taizhang.ui.importer;

import org.taizhang.core.I18n;
import org.taizhang.exchange.importing.Skipped;

/** A sheet or row passed over, and why; {@code row} says 整个工作表 for a whole sheet. */
public record SkippedRow(String sheet, String row, String why, String text) {
    static SkippedRow of(Skipped s) {
        return new SkippedRow(s.sheet(), s.wholeSheet() ? I18n.text("importer.skipped.wholeSheet")
                : Integer.toString(s.row()), s.why().text(), s.text());
    }
}
