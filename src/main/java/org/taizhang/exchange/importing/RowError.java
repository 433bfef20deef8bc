package org.taizhang.exchange.importing;

import org.taizhang.core.Message;

/**
 * Why a row was not taken: where (sheet, row as Excel numbers it, column letter and header), the
 * value found, and what is wrong with it.
 */
public record RowError(String sheet, int row, String column, String header, String value, Message why) {

    public String message() {
        return why.text();
    }
}
