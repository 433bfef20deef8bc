package org.taizhang.core.ledger;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a ledger's title names: "北疆市2023年全面深化改革任务台账" is a 2023 ledger. The first year
 * written before 年 counts, in digits (also full-width) or in Chinese ones (二〇二三年), and a range
 * (2023—2025年) counts from its start; a title naming none leaves the year to be asked.
 */
public final class LedgerYear {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])\\s*(?:[—–\\-~～至到]+\\s*(?:19|20)[0-9]{2}\\s*)?年"
            + "|([〇零一二三四五六七八九]{4})\\s*年");
    private static final String CHINESE = "〇一二三四五六七八九";

    private LedgerYear() {
    }

    /**
     * Next year's title from this year's: the year the title names, in its own digits or Chinese
     * numerals, becomes {@code to} ("北疆市2023年…" → "北疆市2024年…"); empty when it names no year.
     */
    public static java.util.Optional<String> retitled(String title, int to) {
        OptionalInt from = inTitle(title);
        if (from.isEmpty()) {
            return java.util.Optional.empty();
        }
        String digits = Integer.toString(from.getAsInt());
        if (title.contains(digits)) {
            return java.util.Optional.of(title.replaceFirst(digits, Integer.toString(to)));
        }
        String chinese = chinese(from.getAsInt());
        for (String written : new String[] {chinese, chinese.replace('〇', '零')}) {
            if (title.contains(written)) {
                return java.util.Optional.of(title.replaceFirst(written, chinese(to)));
            }
        }
        return java.util.Optional.empty(); // full-width digits: leave the title to the clerk
    }

    private static String chinese(int year) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(year).toCharArray()) {
            b.append(CHINESE.charAt(c - '0'));
        }
        return b.toString();
    }

    public static OptionalInt inTitle(String title) {
        if (title == null) {
            return OptionalInt.empty();
        }
        Matcher m = YEAR.matcher(Normalizer.normalize(title, Normalizer.Form.NFKC));
        if (!m.find()) {
            return OptionalInt.empty();
        }
        if (m.group(1) != null) {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        }
        int year = 0;
        for (char c : m.group(2).toCharArray()) {
            year = year * 10 + (c == '零' ? 0 : CHINESE.indexOf(c));
        }
        return year >= 1900 && year < 2100 ? OptionalInt.of(year) : OptionalInt.empty();
    }
}
