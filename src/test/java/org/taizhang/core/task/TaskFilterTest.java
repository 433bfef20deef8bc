package org.taizhang.core.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.testing.TestLedger;

/** Searching by narrowing the last search, and a match's parents, on the sample ledger's tasks. */
class TaskFilterTest {
    @RegisterExtension
    TestLedger sample = TestLedger.sample();

    @Test
    void aSearchNarrowsTheLastOneWhenItOnlyAddsToItsWords() {
        TaskFilter medical = TaskFilter.NONE.withText("医保");
        assertTrue(TaskFilter.NONE.withText("医保支付").narrows(medical));
        assertTrue(TaskFilter.NONE.withText("医保 支付").narrows(medical));
        assertTrue(TaskFilter.NONE.withText("支付　医保").narrows(medical), "a full-width space, words in any order");
        assertTrue(TaskFilter.NONE.withText("ABC").narrows(TaskFilter.NONE.withText("ab")), "case is ignored");
        assertTrue(medical.narrows(TaskFilter.NONE), "anything narrows no search");
        assertFalse(TaskFilter.NONE.withText("保支").narrows(medical), "a word lost");
        assertFalse(TaskFilter.NONE.withText("医").narrows(medical), "erased");
        assertFalse(TaskFilter.NONE.narrows(medical));
        assertFalse(TaskFilter.NONE.withText("医保支付").narrows(null));
        assertFalse(medical.withStatuses(Set.of(Status.BEHIND)).narrows(medical), "another filter changed");
    }

    @Test
    void whatANarrowerSearchFindsTheWiderOneFoundToo() {
        List<Task> tasks = sample.service().tasks();
        List<String> texts = tasks.stream().map(TaskSearch::searchable).toList();
        // searches cut from the tasks' own text, so that they find something, extended as a clerk types
        Random random = new Random(20261206);
        int narrowing = 0;
        for (int n = 0; n < 300; n++) {
            String text = texts.get(random.nextInt(texts.size())).replace('\n', ' ');
            int from = random.nextInt(Math.max(1, text.length() - 6));
            String wider = text.substring(from, from + 1 + random.nextInt(3)).strip();
            String narrower = random.nextBoolean() ? wider + text.charAt(from + wider.length() + 1)
                    : wider + " " + text.substring(random.nextInt(text.length() - 2)).substring(0, 2);
            TaskFilter before = TaskFilter.NONE.withText(wider);
            TaskFilter after = TaskFilter.NONE.withText(narrower);
            if (!after.narrows(before)) {
                continue;
            }
            narrowing++;
            for (String t : texts) {
                assertTrue(!TaskSearch.contains(t, narrower) || TaskSearch.contains(t, wider),
                        "\"" + narrower + "\" finds a task \"" + wider + "\" did not");
            }
        }
        assertTrue(narrowing > 100, "most of the searches were narrowings: " + narrowing);
    }

    @Test
    void aMatchBringsEveryParentUpToTheTopAsContextInReadingOrder() {
        List<Task> tasks = sample.service().tasks();
        Task measure = tasks.stream().filter(t -> t.parentId() != null
                && tasks.stream().anyMatch(p -> p.id() == t.parentId() && p.parentId() == null)).findFirst().orElseThrow();
        List<TaskFilter.Passed<Task>> passed = TaskFilter.withParents(tasks, t -> t, t -> t.id() == measure.id());
        assertEquals(2, passed.size());
        assertEquals(measure.parentId(), passed.get(0).row().id());
        assertTrue(passed.get(0).context());
        assertEquals(measure.id(), passed.get(1).row().id());
        assertFalse(passed.get(1).context());

        TaskFilter.Outline<Task> outline = TaskFilter.Outline.of(tasks, t -> t);
        BitSet every = outline.hits(t -> true, null);
        assertEquals(tasks.size(), every.cardinality());
        assertEquals(every, outline.withParents(every));
        // a parent left out of the rows ends the climb
        List<Task> orphaned = new ArrayList<>(tasks);
        orphaned.removeIf(t -> t.id() == measure.parentId());
        assertEquals(List.of(measure.id()), TaskFilter.withParents(orphaned, t -> t, t -> t.id() == measure.id())
                .stream().map(p -> p.row().id()).toList());
    }

    @Test
    void searchingAmongTheLastHitsLooksAtThemOnly() {
        List<Task> tasks = sample.service().tasks();
        TaskFilter.Outline<Task> outline = TaskFilter.Outline.of(tasks, t -> t);
        BitSet among = new BitSet();
        among.set(1);
        among.set(3);
        List<Integer> looked = new ArrayList<>();
        BitSet hits = outline.hits(t -> {
            looked.add(tasks.indexOf(t));
            return true;
        }, among);
        assertEquals(List.of(1, 3), looked);
        assertEquals(among, hits);
    }

    @Test
    void manyRowsAreLookedAtOnEveryCoreAndFoundAsOneByOne() {
        List<Task> tasks = sample.service().tasks();
        List<Task> many = new ArrayList<>();
        for (int i = 0; many.size() < 5 * TaskFilter.Outline.RUN + 77; i++) { // runs, and a part of one
            many.add(tasks.get(i % tasks.size()).toBuilder().id(i + 1).parentId(null).build());
        }
        TaskFilter.Outline<Task> outline = TaskFilter.Outline.of(many, t -> t);
        Random random = new Random(19);
        int some = 0; // searches that find some rows looked at and not others: the runs' hits tell rows apart
        for (int round = 0; round < 20; round++) {
            String title = many.get(random.nextInt(many.size())).title();
            int from = random.nextInt(title.length() - 1);
            String word = title.substring(from, from + 2);
            BitSet among = null;
            if (round % 2 == 1) { // typed on: among the last search's hits, most of the rows
                among = new BitSet();
                for (int i = 0; i < many.size(); i++) {
                    if (random.nextInt(4) > 0) {
                        among.set(i);
                    }
                }
            }
            BitSet one = new BitSet();
            for (int i = 0; i < many.size(); i++) {
                if ((among == null || among.get(i)) && TaskSearch.matches(many.get(i), word)) {
                    one.set(i);
                }
            }
            some += one.cardinality() > 0 && one.cardinality() < (among == null ? many.size() : among.cardinality()) ? 1 : 0;
            assertEquals(one, outline.hits(t -> TaskSearch.matches(t, word), among), word + " among " + among);
        }
        assertTrue(some >= 15, "searches that told rows apart: " + some + " of 20");
    }
}
