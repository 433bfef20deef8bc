package org.taizhang.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.taizhang.core.task.TaskField;

/**
 * The difference of two texts, as a reader wants it marked: the text before in runs kept or
 * removed, the text after in runs kept or added. One definition for every screen and document
 * that shows a value before and after.
 *
 * <ul>
 * <li>Texts are compared character by character (Chinese has no spaces to split words on), a
 * number or a Latin word counting as one (2023-06-30 → 2023-09-30 marks 06 and 09), by the
 * shortest edit (Myers), then made readable: a kept stretch between two changes that is no
 * longer than the changes around it (or a single character) is marked changed too, so that a
 * rewritten sentence reads as one change, not as confetti, except the words between two changed
 * numbers (2023年12月 → 2024年6月 keeps 年); and when little is left in common, the whole text is
 * marked.</li>
 * <li>Unit lists (牵头单位, 配合单位) are compared as lists: a unit removed or added is marked, a
 * unit in both is not (wherever it stands), except the * of the main lead where it came or went;
 * the separators are never marked.</li>
 * <li>A status, a year, a task referred to (上级任务, 并入任务) and a value that was or becomes
 * empty are marked whole.</li>
 * <li>The work is bounded: what the two texts share at their ends is set aside first; a middle
 * longer than {@link #MAX_LENGTH} characters, or needing more than {@link #MAX_EDITS} edits, is
 * marked changed whole, so a window never stalls on two long progress reports.</li>
 * </ul>
 */
public record TextDiff(List<Run> before, List<Run> after) {
    /** Characters (per side, after the common ends are set aside) beyond which the middle is marked whole. */
    public static final int MAX_LENGTH = 20_000;
    /** Edits beyond which the search stops and the middle is marked whole. */
    public static final int MAX_EDITS = 1_000;
    /** A text keeping less than this share of itself (in fifths) reads as rewritten: marked whole. */
    private static final int KEPT_FIFTHS = 1;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;\\n]+");

    /** How a run of text is marked. */
    public enum Mark {
        /** In both texts. */
        SAME,
        /** Only in the text before: shown struck through. */
        REMOVED,
        /** Only in the text after: shown underlined. */
        ADDED
    }

    /** A stretch of text with one mark. */
    public record Run(String text, Mark mark) {
        public boolean changed() {
            return mark != Mark.SAME;
        }
    }

    public TextDiff {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** Whether any run is marked (false for two equal texts). */
    public boolean marksAnything() {
        return before.stream().anyMatch(Run::changed) || after.stream().anyMatch(Run::changed);
    }

    /** The texts compared, as given. */
    public String beforeText() {
        return join(before);
    }

    public String afterText() {
        return join(after);
    }

    private static String join(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** Both texts marked changed whole (an equal pair unmarked). */
    public static TextDiff whole(String before, String after) {
        if (before.equals(after)) {
            return same(before);
        }
        return new TextDiff(runs(before, Mark.REMOVED), runs(after, Mark.ADDED));
    }

    private static TextDiff same(String text) {
        return new TextDiff(runs(text, Mark.SAME), runs(text, Mark.SAME));
    }

    private static List<Run> runs(String text, Mark mark) {
        return text.isEmpty() ? List.of() : List.of(new Run(text, mark));
    }

    /**
     * A field's two values as the history records them, compared as that field reads: unit lists
     * as lists, a status, year or task reference whole, text by character.
     */
    public static TextDiff of(TaskField field, String before, String after) {
        return switch (field) {
            case LEAD_UNITS, PARTNER_UNITS -> ofList(before, after);
            case PARENT, MERGED_INTO, STATUS, YEAR -> whole(before, after);
            default -> of(before, after);
        };
    }

    /** Two texts compared character by character, made readable (see the class). */
    public static TextDiff of(String before, String after) {
        if (before.equals(after)) {
            return same(before);
        }
        if (before.isEmpty() || after.isEmpty()) {
            return whole(before, after);
        }
        int[] a = before.codePoints().toArray();
        int[] b = after.codePoints().toArray();
        boolean[] removed = new boolean[a.length];
        boolean[] added = new boolean[b.length];
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        // a number or word cut by the common ends is compared whole: 2023-06 → 2023-09 changes 06, not 6
        while (prefix > 0 && wordKind(a[prefix - 1]) != 0 && (prefix < a.length && wordKind(a[prefix]) == wordKind(a[prefix - 1])
                || prefix < b.length && wordKind(b[prefix]) == wordKind(a[prefix - 1]))) {
            prefix--;
        }
        while (suffix > 0 && wordKind(a[a.length - suffix]) != 0
                && (a.length - suffix - 1 >= prefix && wordKind(a[a.length - suffix - 1]) == wordKind(a[a.length - suffix])
                || b.length - suffix - 1 >= prefix && wordKind(b[b.length - suffix - 1]) == wordKind(a[a.length - suffix]))) {
            suffix--;
        }
        int[][] tokensA = tokens(a, prefix, a.length - suffix);
        int[][] tokensB = tokens(b, prefix, b.length - suffix);
        List<Op> ops = null;
        if (a.length - prefix - suffix <= MAX_LENGTH && b.length - prefix - suffix <= MAX_LENGTH) {
            Map<String, Integer> ids = new HashMap<>();
            int[] x = ids(a, tokensA, ids);
            int[] y = ids(b, tokensB, ids);
            ops = Myers.diff(x, y, MAX_EDITS);
        }
        if (ops == null) { // too long or too different to search: the middle is what changed
            Arrays.fill(removed, prefix, a.length - suffix, true);
            Arrays.fill(added, prefix, b.length - suffix, true);
        } else {
            ops = cleanUp(ops, numbers(a, tokensA), numbers(b, tokensB));
            mark(ops, tokensA, tokensB, removed, added);
        }
        if (kept(removed) * 5 < a.length * KEPT_FIFTHS && kept(added) * 5 < b.length * KEPT_FIFTHS) {
            return whole(before, after);
        }
        return new TextDiff(runs(a, removed, Mark.REMOVED), runs(b, added, Mark.ADDED));
    }

    /**
     * Two lists (units separated by 、，,；; or line breaks) compared item by item: an item removed
     * or added is marked, one in both is not, whatever its place (a * that came or went is); the
     * separators are never marked.
     */
    public static TextDiff ofList(String before, String after) {
        if (before.equals(after)) {
            return same(before);
        }
        if (before.isEmpty() || after.isEmpty()) {
            return whole(before, after);
        }
        List<String[]> a = items(before);
        List<String[]> b = items(after);
        java.util.Set<String> namesA = new java.util.HashSet<>();
        java.util.Set<String> namesB = new java.util.HashSet<>();
        Map<String, Boolean> starredA = new HashMap<>();
        Map<String, Boolean> starredB = new HashMap<>();
        for (String[] i : a) {
            namesA.add(name(i[0]));
            starredA.merge(name(i[0]), starred(i[0]), Boolean::logicalOr);
        }
        for (String[] i : b) {
            namesB.add(name(i[0]));
            starredB.merge(name(i[0]), starred(i[0]), Boolean::logicalOr);
        }
        boolean[] removed = new boolean[a.size()];
        boolean[] added = new boolean[b.size()];
        boolean[] starA = new boolean[a.size()];
        boolean[] starB = new boolean[b.size()];
        for (int i = 0; i < a.size(); i++) {
            String n = name(a.get(i)[0]);
            removed[i] = !namesB.contains(n);
            starA[i] = !removed[i] && starred(a.get(i)[0]) && !starredB.get(n); // no longer the main lead
        }
        for (int j = 0; j < b.size(); j++) {
            String n = name(b.get(j)[0]);
            added[j] = !namesA.contains(n);
            starB[j] = !added[j] && starred(b.get(j)[0]) && !starredA.get(n); // now the main lead
        }
        return new TextDiff(listRuns(a, removed, starA, Mark.REMOVED), listRuns(b, added, starB, Mark.ADDED));
    }

    private static boolean starred(String item) {
        return item.strip().startsWith("*");
    }

    /** A unit's name as compared: without the * that marks the main lead. */
    private static String name(String item) {
        String s = item.strip();
        return s.startsWith("*") ? s.substring(1).strip() : s;
    }

    /** The tokens of {@code text[from, to)} as [start, end) pairs: a number, a Latin word, or one character. */
    private static int[][] tokens(int[] text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int at = from;
        while (at < to) {
            int kind = wordKind(text[at]);
            int end = at + 1;
            while (kind != 0 && end < to && wordKind(text[end]) == kind) {
                end++;
            }
            out.add(new int[] {at, end});
            at = end;
        }
        return out.toArray(new int[0][]);
    }

    private static int[] ids(int[] text, int[][] tokens, Map<String, Integer> ids) {
        int[] out = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = ids.computeIfAbsent(new String(text, tokens[i][0], tokens[i][1] - tokens[i][0]), k -> ids.size());
        }
        return out;
    }

    private static boolean[] numbers(int[] text, int[][] tokens) {
        boolean[] out = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = wordKind(text[tokens[i][0]]) == 1;
        }
        return out;
    }

    /** Each item with the separator after it: [item, separator]. */
    private static List<String[]> items(String text) {
        List<String[]> out = new ArrayList<>();
        Matcher m = LIST_SEPARATOR.matcher(text);
        int at = 0;
        while (m.find()) {
            out.add(new String[] {text.substring(at, m.start()), m.group()});
            at = m.end();
        }
        out.add(new String[] {text.substring(at), ""});
        return out;
    }

    private static List<Run> listRuns(List<String[]> items, boolean[] changed, boolean[] star, Mark mark) {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i)[0];
            int at = item.indexOf('*');
            if (star[i] && at >= 0) {
                add(out, item.substring(0, at), Mark.SAME);
                add(out, "*", mark);
                add(out, item.substring(at + 1), Mark.SAME);
            } else {
                add(out, item, changed[i] ? mark : Mark.SAME);
            }
            add(out, items.get(i)[1], Mark.SAME);
        }
        return out;
    }

    private static void add(List<Run> runs, String text, Mark mark) {
        if (text.isEmpty()) {
            return;
        }
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).mark() == mark) {
            runs.set(last, new Run(runs.get(last).text() + text, mark));
        } else {
            runs.add(new Run(text, mark));
        }
    }

    // ---- edits ------------------------------------------------------------------------------------

    enum Kind { EQUAL, DELETE, INSERT }

    /** {@code length} elements kept, removed from the first sequence, or added in the second. */
    record Op(Kind kind, int length) {
    }

    /**
     * Turns a kept stretch between changes into a change where it is a single token or no longer
     * than the changes on either side of it (the rule of diff-match-patch's semantic clean-up),
     * until no such stretch is left; lengths count tokens. Kept are the words between two changed
     * numbers (2023年12月 → 2024年6月 keeps 年): there the changes are the numbers.
     */
    static List<Op> cleanUp(List<Op> ops, boolean[] numbersA, boolean[] numbersB) {
        List<Op> out = normalise(ops);
        boolean changed = true;
        while (changed) {
            changed = false;
            int i0 = 0;
            int j0 = 0;
            for (int i = 0; i < out.size(); i++) {
                Op op = out.get(i);
                if (op.kind() == Kind.EQUAL && i > 0 && i < out.size() - 1) {
                    int[] left = edits(out, i, -1);
                    int[] right = edits(out, i, 1);
                    boolean between = Math.max(left[0], left[1]) > 0 && Math.max(right[0], right[1]) > 0;
                    boolean small = op.length() == 1
                            || op.length() <= Math.max(left[0], left[1]) && op.length() <= Math.max(right[0], right[1]);
                    boolean betweenNumbers = allNumbers(numbersA, i0 - left[0], i0) && allNumbers(numbersB, j0 - left[1], j0)
                            && allNumbers(numbersA, i0 + op.length(), i0 + op.length() + right[0])
                            && allNumbers(numbersB, j0 + op.length(), j0 + op.length() + right[1])
                            && !allNumbers(numbersA, i0, i0 + op.length());
                    if (between && small && !betweenNumbers) {
                        out.set(i, new Op(Kind.DELETE, op.length()));
                        out.add(i + 1, new Op(Kind.INSERT, op.length()));
                        out = normalise(out);
                        changed = true;
                        break;
                    }
                }
                if (op.kind() != Kind.INSERT) {
                    i0 += op.length();
                }
                if (op.kind() != Kind.DELETE) {
                    j0 += op.length();
                }
            }
        }
        return out;
    }

    private static boolean allNumbers(boolean[] numbers, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!numbers[k]) {
                return false;
            }
        }
        return true;
    }

    /** Deleted and inserted lengths next to the equality at {@code i}, up to the next equality in {@code step}'s direction. */
    private static int[] edits(List<Op> ops, int i, int step) {
        int[] sums = new int[2];
        for (int j = i + step; j >= 0 && j < ops.size() && ops.get(j).kind() != Kind.EQUAL; j += step) {
            sums[ops.get(j).kind() == Kind.DELETE ? 0 : 1] += ops.get(j).length();
        }
        return sums;
    }

    /** Deletions before insertions within each change, neighbours of one kind joined. */
    private static List<Op> normalise(List<Op> ops) {
        List<Op> out = new ArrayList<>();
        int del = 0;
        int ins = 0;
        for (Op op : ops) {
            switch (op.kind()) {
                case DELETE -> del += op.length();
                case INSERT -> ins += op.length();
                case EQUAL -> {
                    flush(out, del, ins);
                    del = 0;
                    ins = 0;
                    int last = out.size() - 1;
                    if (last >= 0 && out.get(last).kind() == Kind.EQUAL) {
                        out.set(last, new Op(Kind.EQUAL, out.get(last).length() + op.length()));
                    } else if (op.length() > 0) {
                        out.add(op);
                    }
                }
            }
        }
        flush(out, del, ins);
        return out;
    }

    private static void flush(List<Op> out, int del, int ins) {
        if (del > 0) {
            out.add(new Op(Kind.DELETE, del));
        }
        if (ins > 0) {
            out.add(new Op(Kind.INSERT, ins));
        }
    }

    /** Marks the elements the edits remove and add. */
    private static void mark(List<Op> ops, boolean[] removed, boolean[] added) {
        int i = 0;
        int j = 0;
        for (Op op : ops) {
            if (op.kind() == Kind.DELETE) {
                Arrays.fill(removed, i, i + op.length(), true);
            }
            if (op.kind() == Kind.INSERT) {
                Arrays.fill(added, j, j + op.length(), true);
            }
            i += op.kind() == Kind.INSERT ? 0 : op.length();
            j += op.kind() == Kind.DELETE ? 0 : op.length();
        }
    }

    /** Marks the characters of the tokens the edits remove and add. */
    private static void mark(List<Op> ops, int[][] tokensA, int[][] tokensB, boolean[] removed, boolean[] added) {
        boolean[] tokenRemoved = new boolean[tokensA.length];
        boolean[] tokenAdded = new boolean[tokensB.length];
        mark(ops, tokenRemoved, tokenAdded);
        for (int k = 0; k < tokensA.length; k++) {
            if (tokenRemoved[k]) {
                Arrays.fill(removed, tokensA[k][0], tokensA[k][1], true);
            }
        }
        for (int k = 0; k < tokensB.length; k++) {
            if (tokenAdded[k]) {
                Arrays.fill(added, tokensB[k][0], tokensB[k][1], true);
            }
        }
    }

    private static int wordKind(int c) {
        if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
            return 1;
        }
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 2 : 0;
    }

    private static int kept(boolean[] marked) {
        int n = 0;
        for (boolean m : marked) {
            n += m ? 0 : 1;
        }
        return n;
    }

    private static List<Run> runs(int[] text, boolean[] marked, Mark mark) {
        List<Run> out = new ArrayList<>();
        int start = 0;
        while (start < text.length) {
            int end = start + 1;
            while (end < text.length && marked[end] == marked[start]) {
                end++;
            }
            out.add(new Run(new String(text, start, end - start), marked[start] ? mark : Mark.SAME));
            start = end;
        }
        return out;
    }

    /** The shortest edit script of two sequences (Myers 1986), given up beyond a number of edits. */
    static final class Myers {
        private Myers() {
        }

        /** The edits turning {@code a} into {@code b}, or null when they need more than {@code maxEdits}. */
        static List<Op> diff(int[] a, int[] b, int maxEdits) {
            int n = a.length;
            int m = b.length;
            int limit = Math.min(maxEdits, n + m);
            int offset = limit + 1;
            int[] v = new int[2 * limit + 3];
            List<int[]> trace = new ArrayList<>();
            for (int d = 0; d <= limit; d++) {
                for (int k = -d; k <= d; k += 2) {
                    int x = k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]
                            ? v[offset + k + 1] : v[offset + k - 1] + 1;
                    int y = x - k;
                    while (x < n && y < m && a[x] == b[y]) {
                        x++;
                        y++;
                    }
                    v[offset + k] = x;
                    if (x >= n && y >= m) {
                        trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
                        return backtrack(trace, n, m);
                    }
                }
                trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1)); // V for k in -d..d
            }
            return null;
        }

        private static int at(int[] row, int d, int k) {
            return row[k + d];
        }

        private static List<Op> backtrack(List<int[]> trace, int n, int m) {
            List<Op> reversed = new ArrayList<>();
            int x = n;
            int y = m;
            for (int d = trace.size() - 1; d > 0; d--) {
                int[] prev = trace.get(d - 1);
                int k = x - y;
                int pd = d - 1;
                boolean down = k == -d || k != d && at(prev, pd, k - 1) < at(prev, pd, k + 1);
                int prevK = down ? k + 1 : k - 1;
                int prevX = at(prev, pd, prevK);
                int prevY = prevX - prevK;
                int snake = x - (down ? prevX : prevX + 1); // the diagonal after the edit
                x -= snake;
                y -= snake;
                if (snake > 0) {
                    reversed.add(new Op(Kind.EQUAL, snake));
                }
                reversed.add(new Op(down ? Kind.INSERT : Kind.DELETE, 1));
                x = prevX;
                y = prevY;
            }
            if (x > 0) {
                reversed.add(new Op(Kind.EQUAL, x));
            }
            List<Op> ops = new ArrayList<>(reversed.size());
            for (int i = reversed.size() - 1; i >= 0; i--) {
                ops.add(reversed.get(i));
            }
            return normalise(ops);
        }
    }
}
