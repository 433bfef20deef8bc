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

    /**
     * The date formats that Chinese (and Japanese, Korean) Excel and WPS build in: yyyy"年"m"月"d"日",
     * yyyy"年"m"月", m"月"d"日" and the like. Files refer to them by number without writing them out,
     * and POI knows them only as "reserved", so a date cell in them would read as a bare serial.
     */
    private static final java.util.Set<Integer> EAST_ASIAN_DATES = java.util.Set.of(27, 28, 29, 30, 31, 36, 50, 51, 52,
            53, 54, 57, 58);

    RawCell number(double value, int formatIndex, String formatString) {
        boolean builtIn = formatString == null || formatString.startsWith("reserved");
        boolean date = builtIn ? EAST_ASIAN_DATES.contains(formatIndex)
                : DateUtil.isADateFormat(formatIndex, formatString);
        if (date && value >= 0 && value < LATEST_SERIAL) {
            return new RawCell(monthOnly(builtIn, formatIndex, formatString) ? month(value) : date(value),
                    RawCell.Kind.DATE, value);
        }
        // A format the workbook names but never defines is shown as General, as Excel does.
        String shown = builtIn ? formatter.formatRawCellContents(value, 0, "General")
                : formatter.formatRawCellContents(value, formatIndex, formatString);
        return new RawCell(shown, RawCell.Kind.NUMBER, value);
    }

    /** The built-in formats that show a year and month but no day: yyyy"年"m"月". */
    private static final java.util.Set<Integer> MONTH_ONLY = java.util.Set.of(27, 36, 50, 52, 57);

    /**
     * Whether a date format shows no day, as yyyy"年"m"月" or yyyy-mm: such a cell says "2023年12月",
     * not the first of the month that its serial happens to hold.
     */
    static boolean monthOnly(boolean builtIn, int index, String pattern) {
        if (builtIn) {
            return MONTH_ONLY.contains(index);
        }
        String codes = pattern.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
        return codes.contains("y") && codes.contains("m") && !codes.contains("d") && !codes.contains("h")
                && !codes.contains("s");
    }

    /** 2023年12月. */
    String month(double serial) {
        LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904);
        return t.getYear() + "年" + t.getMonthValue() + "月";
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

    /** 0 to 1023 as text, made once: the 目标值 and 完成值 of every row. */
    private static final String[] SMALL = new String[1024];

    private static String small(int n) {
        String s = SMALL[n];
        if (s == null) {
            s = Integer.toString(n);
            SMALL[n] = s; // a race makes the same string twice, which is harmless
        }
        return s;
    }

    /** A General number as Excel shows it: 95, 84.5, never 95.0. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            long whole = (long) value;
            return whole >= 0 && whole < SMALL.length ? small((int) whole) : Long.toString(whole);
        }
        // 15 significant digits, as Excel shows a General number: 1.2000000000000002 is 1.2.
        return new java.math.BigDecimal(value).round(new java.math.MathContext(15)).stripTrailingZeros().toPlainString();
    }
}
