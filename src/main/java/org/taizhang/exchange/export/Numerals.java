package org.taizhang.exchange.export;

/** Chinese numerals for section numbers: 1 → 一, 12 → 十二, 20 → 二十. */
public final class Numerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private Numerals() {
    }

    public static String chinese(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        if (n < 100) {
            return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        }
        return Integer.toString(n);
    }
}
