package org.taizhang.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Finding a name (a unit, a 领域) by what a clerk types: part of it in characters ("医保"), or the
 * pinyin initials of part of it ("ybj" for 市医保局) — any reading of a character with several
 * (重 is z or c) — with no input method switched on.
 */
public final class NameFinder {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Map<Character, String> INITIALS = new ConcurrentHashMap<>();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    private NameFinder() {
    }

    /** Whether {@code name} is what {@code typed} looks for; everything, for nothing typed. */
    public static boolean matches(String name, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return true;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains(t)) {
            return true;
        }
        for (int start = 0; start + t.length() <= n.length(); start++) {
            int j = 0;
            while (j < t.length() && initials(n.charAt(start + j)).indexOf(t.charAt(j)) >= 0) {
                j++;
            }
            if (j == t.length()) {
                return true;
            }
        }
        return false;
    }

    /** The letters a character's readings start with ("zc" for 重); the character itself when it has none. */
    static String initials(char c) {
        return INITIALS.computeIfAbsent(c, NameFinder::readInitials);
    }

    private static String readInitials(char c) {
        String[] readings;
        try {
            readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e); // the format above is a valid one
        }
        if (readings == null || readings.length == 0) {
            return String.valueOf(Character.toLowerCase(c));
        }
        Set<Character> letters = new TreeSet<>();
        for (String r : readings) {
            letters.add(r.charAt(0));
        }
        StringBuilder b = new StringBuilder();
        letters.forEach(b::append);
        return b.toString();
    }
}
