package org.taizhang.core.task;

/** Reads the Chinese numerals offices number things with: 一 … 十 … 九十九, 两, 〇/零. */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value of a numeral such as "十二" or "二十三", or -1 when the text is not one. */
    public static int parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 4) {
            return -1;
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '零' || c == '〇') && total > 0 && digit < 0) {
                continue; // 一百零五: the zero only marks a skipped place
            }
            int d = digitOf(c);
            if (d >= 0) {
                if (digit >= 0) {
                    return -1;
                }
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return digit >= 0 ? total + digit : total;
    }

    private static int digitOf(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
