package org.taizhang.exchange.read;

import java.time.LocalDateTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns a numeric cell into what the sheet shows: a date as 2023-06-30, a number as its format writes it. */
final class CellText {
    private static final double LATEST_SERIAL = 2_958_465; // 9999-12-31

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final boolean date1904;

    CellText(boolean date1904) {
        this.date1904 = date1904;
    }

    RawCell number(double value, int formatIndex, String formatString) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && value >= 0
                && value < LATEST_SERIAL) {
            return new RawCell(date(value), RawCell.Kind.DATE, value);
        }
        String shown = formatString == null ? plain(value)
                : formatter.formatRawCellContents(value, formatIndex, formatString);
        return new RawCell(shown, RawCell.Kind.NUMBER, value);
    }

    /** 2023-06-30, or 2023-06-30 14:30 when the serial carries a time of day. */
    String date(double serial) {
        LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904);
        return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                : t.toLocalDate() + " " + String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
