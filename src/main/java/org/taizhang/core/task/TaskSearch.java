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
        if (query == null || query.isBlank()) {
            return true;
        }
        StringBuilder all = new StringBuilder();
        for (String value : task.values().values()) {
            all.append(value).append('\n');
        }
        String haystack = all.toString().toLowerCase(Locale.ROOT);
        for (String term : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
