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

    /** A cell style's number format. */
    record Format(int index, String pattern) {
        boolean general() {
            return index == 0 || "General".equalsIgnoreCase(pattern);
        }
    }

    /**
     * Numbers by style index, each style's format looked up once: a sheet of 100,000 rows uses a
     * handful of styles. General numbers skip the formatter.
     */
    static final class Styled {
        private final CellText text;
        private final java.util.function.IntFunction<Format> lookup;
        private final java.util.Map<Integer, java.util.Optional<Format>> formats = new java.util.HashMap<>();

        Styled(CellText text, java.util.function.IntFunction<Format> lookup) {
            this.text = text;
            this.lookup = lookup;
        }

        RawCell number(double value, int style) {
            Format f = formats.computeIfAbsent(style, s -> java.util.Optional.ofNullable(lookup.apply(s))).orElse(null);
            if (f == null || f.general()) {
                return new RawCell(plain(value), RawCell.Kind.NUMBER, value);
            }
            return text.number(value, f.index(), f.pattern());
        }
    }

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
