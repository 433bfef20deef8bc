package org.taizhang.exchange.read;

/**
 * One cell as the workbook holds it: the text a person sees in Excel or WPS (numbers formatted
 * as the cell's format shows them, dates as 2023-06-30), what kind of value it is, and for
 * numbers the value itself.
 */
public record RawCell(String text, Kind kind, double number) {

    public enum Kind {
        TEXT, NUMBER, DATE, BOOLEAN, ERROR
    }

    public static RawCell text(String text) {
        return new RawCell(text, Kind.TEXT, 0);
    }

    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
