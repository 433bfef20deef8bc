package org.taizhang.core.task;

import java.util.BitSet;
import java.util.List;

/**
 * Which texts hold each character, so that a search looks only at the texts holding every
 * character of its words: a text without one of them cannot hold the word. Made once from the
 * texts a search looks at ({@link TaskSearch#searchable}, lower-case), then only read, from any
 * thread. What it gives is a superset of the texts a search finds, never less: the search itself
 * still decides.
 */
public final class TextIndex {
    /** For each UTF-16 unit, the texts holding it; null where none does. */
    private final BitSet[] byUnit = new BitSet[Character.MAX_VALUE + 1];

    private TextIndex() {
    }

    public static TextIndex of(List<String> texts) {
        TextIndex index = new TextIndex();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            for (int at = 0; at < text.length(); at++) {
                char c = text.charAt(at);
                BitSet holding = index.byUnit[c];
                if (holding == null) {
                    holding = new BitSet();
                    index.byUnit[c] = holding;
                }
                holding.set(i);
            }
        }
        return index;
    }

    /**
     * The texts that hold every character of every word of {@code query} (its words as {@link
     * TaskSearch#contains} reads them); null for a query without words, which every text passes.
     */
    public BitSet candidates(String query) {
        BitSet out = null;
        for (String word : TaskSearch.terms(query == null ? "" : query)) {
            for (int at = 0; at < word.length(); at++) {
                BitSet holding = byUnit[word.charAt(at)];
                if (holding == null) {
                    return new BitSet();
                }
                if (out == null) {
                    out = (BitSet) holding.clone();
                } else {
                    out.and(holding);
                }
            }
        }
        return out;
    }
}
