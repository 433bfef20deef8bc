package org.taizhang.exchange.read;

import java.util.HashMap;
import java.util.Map;

/**
 * One String for each short text that comes again: an inline-string sheet (as POI's SXSSF and
 * many scripts write it) carries 市财政局, 年底前, 推进中 in full in every row, and each row read
 * would otherwise hold its own copy until the import is planned. Bounded: once it knows
 * {@link #MAX_KNOWN} texts it only looks up, so a sheet of all different texts costs a lookup a cell.
 */
final class RepeatedText {
    /** Longer texts (a task, its progress) are rarely written twice; they are kept as read. */
    static final int MAX_LENGTH = 40;
    static final int MAX_KNOWN = 8192;

    private final Map<String, String> known = new HashMap<>();

    String of(String text) {
        if (text.length() > MAX_LENGTH) {
            return text;
        }
        String same = known.get(text);
        if (same != null) {
            return same;
        }
        if (known.size() < MAX_KNOWN) {
            known.put(text, text);
        }
        return text;
    }
}
