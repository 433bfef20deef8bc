package org.taizhang.ui.importer;

import org.taizhang.exchange.read.CellRef;

/**
 * A column of a sheet: its letter, its header, the field it is read into (the clerk may change
 * it), and for a column not read, a few of its values (未对应).
 */
public final class MappingRow {
    private final String sheet;
    private final int column;
    private final String header;
    private final String field;
    private final String samples;

    MappingRow(String sheet, int column, String header, String field, String samples) {
        this.sheet = sheet;
        this.column = column;
        this.header = header;
        this.field = field;
        this.samples = samples;
    }

    public String sheet() {
        return sheet;
    }

    public int column() {
        return column;
    }

    /** Values of a column not read, for the clerk to tell what it holds; empty for a mapped column. */
    public String samples() {
        return samples;
    }

    public String letter() {
        return CellRef.column(column);
    }

    public String header() {
        return header;
    }

    /** The field's name, or （不导入）. */
    public String field() {
        return field;
    }
}
