package org.taizhang.core.task;

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
        for (String term : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!searchable.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
