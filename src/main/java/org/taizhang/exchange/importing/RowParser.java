package org.taizhang.exchange.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Message;
import org.taizhang.core.task.Deadline;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.UnitList;
import org.taizhang.exchange.read.CellRef;
import org.taizhang.exchange.read.RawCell;

/**
 * Reads the mapped cells of one row into the ledger's words, each with a reason when it cannot:
 * 序号 as shown, dates as dates (cells, Excel serials or phrases through the deadline parser),
 * statuses through their synonyms, units split on 、，,; with * for the lead. A bad cell makes
 * the row an error; it never stops the other rows.
 */
final class RowParser {
    private static final int MAX_CHARS = 32_767;
    private static final double LATEST_SERIAL = 2_958_465;

    private final String sheet;
    private final SheetLayout layout;
    private final int ledgerYear;
    private final boolean date1904;

    RowParser(String sheet, SheetLayout layout, int ledgerYear, boolean date1904) {
        this.sheet = sheet;
        this.layout = layout;
        this.ledgerYear = ledgerYear;
        this.date1904 = date1904;
    }

    /** The row's values, or the errors that keep it out (in {@code errors}); null when it has errors. */
    Map<Column, String> parse(int rowIndex, Map<Integer, RawCell> cells, List<RowError> errors) {
        Map<Column, String> values = new EnumMap<>(Column.class);
        List<RowError> found = new ArrayList<>();
        for (Map.Entry<Integer, Column> m : layout.mapping().entrySet()) {
            RawCell cell = cells.get(m.getKey());
            if (cell == null || cell.isBlank()) {
                continue;
            }
            try {
                String value = value(m.getValue(), cell);
                if (!value.isEmpty()) {
                    values.put(m.getValue(), value);
                }
            } catch (LedgerException e) {
                found.add(error(rowIndex, m.getKey(), cell.text(), e.message()));
            }
        }
        if (found.isEmpty() && !values.isEmpty() && !values.containsKey(Column.TITLE)
                && !values.containsKey(Column.TASK_ID) && !values.containsKey(Column.NUMBER)) {
            int first = cells.keySet().stream().sorted().findFirst().orElse(0);
            found.add(error(rowIndex, first, cells.get(first) == null ? "" : cells.get(first).text(),
                    new Message("import.noTask")));
        }
        errors.addAll(found);
        return found.isEmpty() ? values : null;
    }

    RowError error(int rowIndex, int column, String value, Message why) {
        String shown = value == null ? "" : value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return new RowError(sheet, rowIndex + 1, CellRef.column(column), layout.headers().getOrDefault(column, ""),
                shown, why);
    }

    private String value(Column column, RawCell cell) {
        if (cell.kind() == RawCell.Kind.ERROR) {
            if (cell.text().length() > MAX_CHARS) {
                throw new LedgerException("import.cellTooLong", MAX_CHARS);
            }
            throw new LedgerException("import.cellError", cell.text());
        }
        String text = cell.text().strip().replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > MAX_CHARS) {
            throw new LedgerException("import.cellTooLong", MAX_CHARS);
        }
        return switch (column) {
            case DEADLINE -> deadline(cell, text);
            case STATUS -> Status.read(text).label();
            case LEAD_UNITS, PARTNER_UNITS -> UnitList.parse(text).text();
            case YEAR -> year(text);
            case TASK_ID, REVISION -> id(text);
            default -> text;
        };
    }

    /** A deadline in the ledger's words: a date cell or serial as 2023年6月30日, a phrase as written. */
    private String deadline(RawCell cell, String text) {
        LocalDate date = null;
        if (cell.kind() == RawCell.Kind.DATE && text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            date = LocalDate.parse(text.substring(0, 10));
        } else if (cell.kind() == RawCell.Kind.NUMBER && cell.number() == Math.rint(cell.number())
                && text.matches("\\d+")) {
            double n = cell.number();
            if (n >= 1949 && n <= 2200) {
                return Deadline.parse((long) n + "年", ledgerYear).text(); // a year typed as a number, not a day in 1905
            }
            date = n >= 1 && n < LATEST_SERIAL ? DateUtil.getLocalDateTime(n, date1904).toLocalDate() : null;
            if (date == null || date.getYear() < 1949) {
                throw new LedgerException("deadline.unreadable", text); // 6 is no deadline, nor 1900年1月6日
            }
        }
        if (date != null) {
            return Deadline.of(date).text();
        }
        Deadline read = Deadline.parseLenient(text, ledgerYear); // cached: the same phrases come on every row
        if (read.kind() == org.taizhang.core.task.DeadlineKind.UNREAD) {
            Deadline.parse(text, ledgerYear); // says why
        }
        return text;
    }

    private static String year(String text) {
        try {
            int y = (int) Double.parseDouble(text.replace("年", ""));
            if (y >= 1949 && y <= 2200) {
                return Integer.toString(y);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new LedgerException("ledger.badYear", text);
    }

    private static String id(String text) {
        try {
            long id = (long) Double.parseDouble(text);
            if (id > 0 && id == Double.parseDouble(text)) {
                return Long.toString(id);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new LedgerException("import.badId", text);
    }
}
