package org.taizhang.core.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain substring search over every text field of a task, so two-character terms such as 医保
 * are found. Words separated by spaces must all occur (in any fields).
 */
public final class TaskSearch {
    private TaskSearch() {
    }

    public static boolean matches(Task task, String query) {
        return contains(searchable(task), query);
    }

    /** All of a task's text in one lower-case string, to be searched many times. */
    public static String searchable(Task task) {
        StringBuilder all = new StringBuilder();
        for (String value : task.values().values()) {
            all.append(value).append('\n');
        }
        return all.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether every space-separated word of {@code query} occurs in {@code searchable}. */
    public static boolean contains(String searchable, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        for (String term : terms(query)) {
            if (!searchable.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every task {@code query} finds is among those {@code previous} found: each word of
     * the previous search is part of a word of this one (so a task holding this one's words holds
     * the previous one's too).
     */
    public static boolean narrows(String query, String previous) {
        String[] now = terms(query == null ? "" : query);
        for (String before : terms(previous == null ? "" : previous)) {
            boolean kept = false;
            for (String word : now) {
                kept |= word.contains(before);
            }
            if (!kept) {
                return false;
            }
        }
        return true;
    }

    /** The last search split, kept: the table asks for each of thousands of rows per keystroke. */
    private static volatile Terms last = new Terms("", new String[0]);

    private record Terms(String query, String[] words) {
    }

    /** The words of a search, lower-cased: each must occur, and each is marked where it does. */
    static String[] terms(String query) {
        Terms known = last;
        if (known.query().equals(query)) {
            return known.words();
        }
        List<String> words = new ArrayList<>();
        String lower = query.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean space = i == lower.length() || Character.isWhitespace(lower.charAt(i));
            if (space && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        String[] split = words.toArray(new String[0]);
        last = new Terms(query, split);
        return split;
    }

    /** Where a search term occurs in a text: from {@code start} up to, not including, {@code end}. */
    public record Hit(int start, int end) {
    }

    /**
     * Where the words of {@code query} occur in {@code text} (ignoring case), in order, overlapping
     * ones joined: what the window highlights.
     */
    public static List<Hit> hits(String text, String query) {
        List<Hit> found = new ArrayList<>();
        if (text == null || query == null || query.isBlank()) {
            return found;
        }
        for (String term : terms(query)) {
            for (int i = 0; i + term.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, term, 0, term.length())) {
                    found.add(new Hit(i, i + term.length()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Hit::start));
        List<Hit> joined = new ArrayList<>();
        for (Hit h : found) {
            Hit last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && h.start() <= last.end()) {
                joined.set(joined.size() - 1, new Hit(last.start(), Math.max(last.end(), h.end())));
            } else {
                joined.add(h);
            }
        }
        return joined;
    }
}
