package org.taizhang.exchange.export;

import java.util.List;

/**
 * A sheet holding one table of figures, in the office's style: title, a line under it, the header
 * and rows of text and numbers. {@code empty} is written as the only row when there are none.
 */
public record PlainSheet(String name, String title, String line, List<Column> columns, List<List<Object>> rows,
        String empty) {

    /** A column: its header, width in Chinese characters, and whether its cells are centred. */
    public record Column(String header, int width, boolean centered) {
    }
}
