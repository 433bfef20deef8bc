package org.taizhang.core.task;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Units named in a 牵头单位 or 配合单位 cell: "*市发展改革委、市生态环境局". Order is kept as written;
 * a leading * marks the main lead unit. Written back with "、" between names.
 */
public final class UnitList {
    public static final UnitList EMPTY = new UnitList(List.of(), -1);

    private final List<String> names;
    private final int marked;
    private final String text;

    private UnitList(List<String> names, int marked) {
        this.names = List.copyOf(names);
        this.marked = names.size() > 1 ? marked : -1; // a single unit needs no mark
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < this.names.size(); i++) {
            b.append(i == 0 ? "" : "、").append(i == this.marked ? "*" : "").append(this.names.get(i));
        }
        this.text = b.toString();
    }

    public static UnitList of(String... names) {
        return new UnitList(List.of(names), -1);
    }

    /** Splits on 、，,;； and line breaks (not inside brackets); drops blanks and repeats; a leading * or ＊ marks the lead. */
    public static UnitList parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        UnitList known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        UnitList read = read(text);
        if (PARSED.size() > 4096) {
            PARSED.clear(); // a ledger names a few hundred combinations of units; this never grows old
        }
        PARSED.put(text, read);
        return read;
    }

    /** Cells already read: the same unit cells come back on every row of a workbook. */
    private static final java.util.Map<String, UnitList> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A piece that names no unit: "—", "/", "-". */
    private static final java.util.regex.Pattern NOTHING = java.util.regex.Pattern.compile("[—\\-－–―/／\\\\.。、]+");

    private static UnitList read(String text) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        String markedName = null;
        for (String piece : pieces(text)) {
            String name = piece.replaceAll("[\\u00a0\\u2007\\u202f\\u200b\\ufeff]", " ").strip(); // no-break spaces too
            boolean star = name.startsWith("*") || name.startsWith("＊");
            if (star) {
                name = name.substring(1).strip();
            }
            if (!name.isEmpty() && !NOTHING.matcher(name).matches()) {
                names.add(name);
                if (star && markedName == null) {
                    markedName = name;
                }
            }
        }
        List<String> list = new ArrayList<>(names);
        return new UnitList(list, markedName == null ? -1 : list.indexOf(markedName));
    }

    /** Splits on 、，,;； and line breaks outside brackets: "市委宣传部（市新闻出版局、市版权局）" is one name. */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0 && "、，,;；\n\r".indexOf(c) >= 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    public List<String> names() {
        return names;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    /** The main lead unit: the one marked with *, else the first. */
    public String primary() {
        if (names.isEmpty()) {
            return "";
        }
        return names.get(Math.max(marked, 0));
    }

    /** The same list with each name passed through {@code rename}; the mark stays on its unit. */
    public UnitList map(UnaryOperator<String> rename) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(rename.apply(n));
        }
        String markedName = marked >= 0 ? out.get(marked) : null;
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(out));
        return new UnitList(distinct, markedName == null ? -1 : distinct.indexOf(markedName));
    }

    /** This list with {@code more}'s units after its own (those it already names are not repeated); the mark stays. */
    public UnitList with(UnitList more) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(concat(names, more.names)));
        return new UnitList(out, marked);
    }

    /** This list without {@code gone}'s units; the mark stays on its unit if that unit stays. */
    public UnitList without(UnitList gone) {
        List<String> out = new ArrayList<>(names);
        out.removeAll(gone.names);
        return new UnitList(out, marked >= 0 ? out.indexOf(names.get(marked)) : -1);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** "*市发展改革委、市生态环境局": parse(text()) gives back an equal list. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitList u && u.names.equals(names) && u.marked == marked;
    }

    @Override
    public int hashCode() {
        return Objects.hash(names, marked);
    }

    @Override
    public String toString() {
        return text();
    }
}
