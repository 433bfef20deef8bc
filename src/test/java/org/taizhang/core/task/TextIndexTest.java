package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.testing.TestLedger;

/** The texts the index offers a search hold all it finds, on the sample ledger's tasks. */
class TextIndexTest {
    @RegisterExtension
    TestLedger sample = TestLedger.sample();

    @Test
    void everyTextASearchFindsIsAmongTheCandidatesAndTheyHoldEveryCharacter() {
        List<String> texts = sample.service().tasks().stream().map(TaskSearch::searchable).toList();
        TextIndex index = TextIndex.of(texts);
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            String from = texts.get(random.nextInt(texts.size()));
            int start = random.nextInt(from.length() - 4);
            String query = from.substring(start, start + 1 + random.nextInt(4)).toUpperCase(java.util.Locale.ROOT);
            if (round % 3 == 0) { // two words, from two tasks
                String other = texts.get(random.nextInt(texts.size()));
                query += "　" + other.substring(0, 2);
            }
            BitSet candidates = index.candidates(query);
            if (candidates == null) { // no words (a run of spaces and line ends): every text passes
                assertTrue(query.isBlank(), query);
                continue;
            }
            for (int i = 0; i < texts.size(); i++) {
                boolean found = TaskSearch.contains(texts.get(i), query);
                if (found) {
                    assertTrue(candidates.get(i), "「" + query + "」 finds text " + i);
                }
                if (candidates.get(i)) {
                    for (String word : TaskSearch.terms(query)) {
                        for (char c : word.toCharArray()) {
                            assertTrue(texts.get(i).indexOf(c) >= 0, "a candidate holds " + c);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aCharacterNoTextHoldsLeavesNoneAndNoWordsLeaveAll() {
        TextIndex index = TextIndex.of(List.of("医保支付\n", "推进\n"));
        assertEquals(new BitSet(), index.candidates("医保龘"));
        assertNull(index.candidates("  "));
        BitSet first = new BitSet();
        first.set(0);
        assertEquals(first, index.candidates("保 医"));
    }
}
