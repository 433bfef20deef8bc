package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.taizhang.exchange.importing.Column;
import org.taizhang.exchange.importing.ImportRow;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.RowError;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.exchange.importing.WorkbookReader;

/** What the reading tests share: both formats, reading a built workbook, and exact expectations. */
final class Corpus {
    static final int YEAR = 2023;

    private Corpus() {
    }

    static Stream<String> formats() {
        return Stream.of("xlsx", "xls");
    }

    static TestWorkbook book(String format) {
        return format.equals("xlsx") ? TestWorkbook.xlsx() : TestWorkbook.xls();
    }

    static WorkbookData read(Path dir, TestWorkbook wb, String format) {
        return read(wb.save(dir.resolve("return." + format)), ReadOptions.of(YEAR));
    }

    static WorkbookData read(Path file, ReadOptions options) {
        return WorkbookReader.read(file, options);
    }

    static WorkbookData read(Path file) {
        return read(file, ReadOptions.of(YEAR));
    }

    /** Column, value, column, value …: a row's values as the reader should give them. */
    static Map<Column, String> values(Object... columnsAndValues) {
        Map<Column, String> out = new EnumMap<>(Column.class);
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            out.put((Column) columnsAndValues[i], (String) columnsAndValues[i + 1]);
        }
        return out;
    }

    /** Column index, Column, …: the mapping a layout should have. */
    static Map<Integer, Column> mapping(Object... indexesAndColumns) {
        Map<Integer, Column> out = new TreeMap<>();
        for (int i = 0; i < indexesAndColumns.length; i += 2) {
            out.put((Integer) indexesAndColumns[i], (Column) indexesAndColumns[i + 1]);
        }
        return out;
    }

    static void assertMapping(Map<Integer, Column> expected, WorkbookData data) {
        assertEquals(expected, new TreeMap<>(data.layout().mapping()), "the mapped columns");
    }

    /** Each row's Excel row number and values, in order. */
    static void assertRows(WorkbookData data, Object... rowsAndValues) {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < rowsAndValues.length; i += 2) {
            expected.append(rowsAndValues[i]).append(' ').append(new TreeMap<>(cast(rowsAndValues[i + 1]))).append('\n');
        }
        StringBuilder actual = new StringBuilder();
        for (ImportRow r : data.rows()) {
            actual.append(r.row()).append(' ').append(new TreeMap<>(r.values())).append('\n');
        }
        assertEquals(expected.toString(), actual.toString(), "the rows read");
    }

    @SuppressWarnings("unchecked")
    private static Map<Column, String> cast(Object o) {
        return (Map<Column, String>) o;
    }

    /** An error that cost its row, as a line: sheet!row column [header] «value» key. */
    static String error(String sheet, int row, String column, String header, String value, String key) {
        return sheet + "!" + row + " " + column + " [" + header + "] «" + value + "» " + key;
    }

    /** An error that cost only its cell (the row's other fields were read). */
    static String cellError(String sheet, int row, String column, String header, String value, String key) {
        return error(sheet, row, column, header, value, key) + " (cell)";
    }

    static List<String> errors(WorkbookData data) {
        return data.errors().stream().map(Corpus::error).toList();
    }

    static String error(RowError e) {
        return e.cost() == RowError.Cost.CELL ? cellError(e.sheet(), e.row(), e.column(), e.header(), e.value(),
                e.why().key()) : error(e.sheet(), e.row(), e.column(), e.header(), e.value(), e.why().key());
    }

    static void assertErrors(WorkbookData data, String... expected) {
        assertEquals(List.of(expected), errors(data), "the row errors");
    }
}
