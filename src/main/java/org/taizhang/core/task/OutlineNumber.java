package org.taizhang.core.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's 序号 as the office wrote it: always text, never a float. Understands the outline styles
 * 一、 （一） 1. （1） ① and dotted numbers 1.2.10 (also written 1-2), and orders them as a person would: "1.2" before
 * "1.10", "（二）" before "（十）". Text it cannot read sorts after every number, alphabetically.
 */
public final class OutlineNumber implements Comparable<OutlineNumber> {

    /** The outline styles, in the order they nest in a document. */
    public enum Style {
        CHINESE, PAREN_CHINESE, ARABIC, PAREN_ARABIC, CIRCLED, OTHER
    }

    private static final Pattern CHINESE = Pattern.compile("([〇零一二两三四五六七八九十百]+)[、.．,，]?");
    private static final Pattern PAREN_CHINESE = Pattern.compile("[(（]([〇零一二两三四五六七八九十百]+)[)）][、.．]?");
    /** 1, 1.2, 1.2.10 — and 1-1, 1-2 as 分工方案 number them. */
    private static final Pattern DOTTED = Pattern.compile("(\\d+(?:[.．\\-－—–]\\d+)*)[.．、,，]?");
    private static final Pattern PAREN_ARABIC = Pattern.compile("[(（](\\d+)[)）][、.．]?");
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    /** A number written after its section's: "（一）1.", "一、（二）". */
    private static final Pattern WITH_SECTION = Pattern.compile("([〇零一二两三四五六七八九十百]+、|[(（][〇零一二两三四五六七八九十百]+[)）])(.+)");

    private final String text;
    private final Style style;
    private final int[] parts;

    private OutlineNumber(String text, Style style, int[] parts) {
        this.text = text;
        this.style = style;
        this.parts = parts;
    }

    public static OutlineNumber of(String raw) {
        String text = raw == null ? "" : raw.strip();
        OutlineNumber plain = plainArabic(text);
        if (plain != null) {
            return plain;
        }
        String s = toHalfWidthDigits(text).replace(" ", "");
        Matcher m;
        if ((m = PAREN_CHINESE.matcher(s)).matches()) {
            return chinese(text, Style.PAREN_CHINESE, m.group(1));
        }
        if ((m = PAREN_ARABIC.matcher(s)).matches()) {
            return new OutlineNumber(text, Style.PAREN_ARABIC, new int[] {Integer.parseInt(m.group(1))});
        }
        if ((m = DOTTED.matcher(s)).matches()) {
            return new OutlineNumber(text, Style.ARABIC, dotted(m.group(1)));
        }
        if ((m = CHINESE.matcher(s)).matches()) {
            return chinese(text, Style.CHINESE, m.group(1));
        }
        if (s.length() == 1 && CIRCLED.indexOf(s.charAt(0)) >= 0) {
            return new OutlineNumber(text, Style.CIRCLED, new int[] {CIRCLED.indexOf(s.charAt(0)) + 1});
        }
        if ((m = WITH_SECTION.matcher(s)).matches()) {
            // "（一）1.": item 1 of section （一）, numbered with its section; it nests as a 1.
            OutlineNumber section = of(m.group(1));
            OutlineNumber item = of(m.group(2));
            if (section.style != Style.OTHER && item.style != Style.OTHER && item.style.compareTo(section.style) > 0) {
                return new OutlineNumber(text, item.style, item.parts);
            }
        }
        return new OutlineNumber(text, Style.OTHER, new int[0]);
    }

    /** "12." or "12": most numbers of a ledger, read without the patterns below. */
    private static OutlineNumber plainArabic(String text) {
        int end = text.endsWith(".") ? text.length() - 1 : text.length();
        if (end == 0 || end > 9) {
            return null;
        }
        int value = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return new OutlineNumber(text, Style.ARABIC, new int[] {value});
    }

    private static OutlineNumber chinese(String text, Style style, String numeral) {
        int value = ChineseNumerals.parse(numeral);
        return value < 0 ? new OutlineNumber(text, Style.OTHER, new int[0])
                : new OutlineNumber(text, style, new int[] {value});
    }

    private static int[] dotted(String s) {
        String[] pieces = s.split("[.．\\-－—–]");
        int[] out = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            out[i] = pieces[i].length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(pieces[i]);
        }
        return out;
    }

    private static String toHalfWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return b.toString();
    }

    public String text() {
        return text;
    }

    public Style style() {
        return style;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The numbers read from the text: [1, 10] for "1.10", [3] for "（三）", empty when unreadable. */
    public List<Integer> parts() {
        List<Integer> out = new ArrayList<>(parts.length);
        for (int p : parts) {
            out.add(p);
        }
        return out;
    }

    @Override
    public int compareTo(OutlineNumber other) {
        boolean mineRead = parts.length > 0;
        boolean theirsRead = other.parts.length > 0;
        if (mineRead != theirsRead) {
            return mineRead ? -1 : 1;
        }
        if (mineRead) {
            if (style != other.style) {
                return style.compareTo(other.style);
            }
            int byParts = Arrays.compare(parts, other.parts);
            if (byParts != 0) {
                return byParts;
            }
        }
        return text.compareTo(other.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutlineNumber n && n.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
