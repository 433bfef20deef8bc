package org.taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the program remembers for its user, across ledgers: the operator's name, recent ledgers,
 * the table's columns. Backed by java.util.prefs in the program, by a map in tests.
 */
public interface UserPrefs {
    int RECENT_MAX = 8;

    Optional<String> get(String key);

    void put(String key, String value);

    default String operator() {
        return get("operator").orElse("");
    }

    default void setOperator(String name) {
        put("operator", name == null ? "" : name.strip());
    }

    /** The Chinese font file the PDF report embeds; empty: find one on this computer. */
    default String pdfFont() {
        return get("pdfFont").orElse("");
    }

    default void setPdfFont(String file) {
        put("pdfFont", file == null ? "" : file.strip());
    }

    /** Recent ledgers, newest first. */
    default List<String> recent() {
        String all = get("recent").orElse("");
        return all.isEmpty() ? List.of() : List.of(all.split("\n"));
    }

    default void addRecent(String path) {
        List<String> list = new ArrayList<>(recent());
        list.remove(path);
        list.add(0, path);
        put("recent", String.join("\n", list.subList(0, Math.min(list.size(), RECENT_MAX))));
    }

    default void removeRecent(String path) {
        List<String> list = new ArrayList<>(recent());
        list.remove(path);
        put("recent", String.join("\n", list));
    }
}
