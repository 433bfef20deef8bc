package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.testing.TestLedger;

/** The table's outline as flat lines: headings with their counts, depths, folding, and how a change is told. */
class LedgerTreeTest {
    private static Task task(long id, Long parent, String number, String domain) {
        return Task.builder().id(id).parentId(parent).number(number).domain(domain).year(2023).title("任务" + number)
                .deadline("年底前").status(Status.IN_PROGRESS).build();
    }

    private final List<Task> ledger = List.of(task(1, null, "1.", "经济体制改革"), task(2, 1L, "(1)", "经济体制改革"),
            task(3, 1L, "(2)", "经济体制改革"), task(4, null, "2.", "经济体制改革"), task(5, null, "3.", "社会体制改革"));

    private final LedgerViewModel table = new LedgerViewModel();
    private final LedgerTree tree = new LedgerTree(new HashSet<>());

    /** "depth:number", a heading as "depth:领域(count)", a line that folds marked + (open) or - (folded). */
    private List<String> lines() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tree.lines().size(); i++) {
            TaskRow row = tree.lines().get(i);
            LedgerTree.Line l = tree.line(i);
            String what = row.isHeading() ? row.domain() + "(" + row.tasks() + ")" : row.task().number().text();
            out.add(l.depth() + ":" + what + (l.folds() ? l.open() ? "+" : "-" : ""));
        }
        return out;
    }

    private void show() {
        tree.show(table.visibleRows(), null);
    }

    @Test
    void headingsCountTheirTasksAndLinesFoldAcrossSearches() {
        table.show(ledger, List.of("经济体制改革", "社会体制改革"), LocalDate.of(2023, 6, 30), LightRule.DEFAULT);
        show();
        assertEquals(List.of("0:经济体制改革(4)+", "1:1.+", "2:(1)", "2:(2)", "1:2.", "0:社会体制改革(1)+", "1:3."), lines());

        tree.fold(1, false);
        assertEquals(List.of("0:经济体制改革(4)+", "1:1.-", "1:2.", "0:社会体制改革(1)+", "1:3."), lines(),
                "folded, the task's measures are not listed; the heading still counts them");

        table.searchProperty().set("任务(1)");
        show();
        assertEquals(List.of("0:经济体制改革(1)+", "1:1.-"), lines(), "the parent shown for its measure stays folded");
        table.searchProperty().set("");
        show();
        assertTrue(tree.reveal(2), "a measure under a folded task is asked for");
        assertEquals(List.of("0:经济体制改革(4)+", "1:1.+", "2:(1)", "2:(2)", "1:2.", "0:社会体制改革(1)+", "1:3."), lines());
        assertFalse(tree.reveal(2), "nothing hides it now");

        tree.fold(0, false);
        assertEquals(List.of("0:经济体制改革(4)-", "0:社会体制改革(1)+", "1:3."), lines());
        tree.fold(2, false); // 3. has nothing under it: nothing to fold
        assertEquals(List.of("0:经济体制改革(4)-", "0:社会体制改革(1)+", "1:3."), lines());
    }

    @RegisterExtension
    TestLedger sample = TestLedger.sample();

    /**
     * In reading order the lines are made in one pass over the rows; sorted, through the outline's
     * nodes. A sort that keeps every row in place must give the very same lines, depths, arrows and
     * counts, whatever is searched and folded.
     */
    @Test
    void theReadingOrderPassAndTheSortedOutlineAgree() {
        table.show(sample.service().tasks(), sample.service().domainNames(), LocalDate.of(2023, 9, 30),
                LightRule.DEFAULT);
        LedgerTree sorted = new LedgerTree(new HashSet<>());
        int compared = 0;
        for (String search : List.of("", "改革", "医保", "推进", "试点", "市委", "(1)")) {
            table.searchProperty().set(search);
            for (int fold = -1; fold < 6; fold++) {
                show();
                sorted.show(table.visibleRows(), (a, b) -> 0); // sorted, stably: nothing moves
                compared += sameLines(tree, sorted, fold, search);
                tree.fold(Math.max(fold, 0), true);
                sorted.fold(Math.max(fold, 0), true);
            }
        }
        assertTrue(compared > 300, "lines compared: " + compared);
    }

    /**
     * A 领域 in two places of the ledger (its tasks not read together) is joined under one heading by
     * a filter that hides what lies between: the ledger sorted once cannot say their order then,
     * and the rows shown are sorted anew.
     */
    @Test
    void aDomainInTwoPlacesIsSortedAnewWhenAFilterJoinsIt() {
        table.show(List.of(task(1, null, "2.", "经济体制改革"), task(2, null, "3.", "社会体制改革"),
                task(3, null, "1.", "经济体制改革")), List.of("经济体制改革", "社会体制改革"), LocalDate.of(2023, 9, 30),
                LightRule.DEFAULT);
        java.util.Comparator<TaskRow> byNumber = java.util.Comparator.comparing(r -> r.task().number().text());
        table.domainFilter().add("经济体制改革");
        LedgerTree once = new LedgerTree(new HashSet<>());
        once.ledgerRows(table.allRows());
        once.show(table.visibleRows(), byNumber);
        assertFalse(once.sortedOnce(), "no ranking of a ledger with a 领域 in two places");
        List<String> numbers = once.lines().stream()
                .map(r -> r.isHeading() ? r.domain() : r.task().number().text()).toList();
        assertEquals(List.of("经济体制改革", "1.", "2."), numbers);
    }

    /**
     * Sorted, the lines follow the whole ledger sorted once; they must be the lines of the rows
     * shown sorted anew, for every search, sort and fold.
     */
    @Test
    void theLedgerSortedOnceGivesTheLinesOfEachSearchSortedAnew() {
        table.show(sample.service().tasks(), sample.service().domainNames(), LocalDate.of(2023, 9, 30),
                LightRule.DEFAULT);
        java.util.Comparator<TaskRow> byDeadline = java.util.Comparator.comparing(r -> r.task().deadline());
        java.util.Comparator<TaskRow> byStatus = java.util.Comparator.comparing(r -> r.task().status());
        int compared = 0;
        for (java.util.Comparator<TaskRow> order : List.of(byDeadline, byDeadline.reversed(),
                byStatus.thenComparing(byDeadline.reversed()))) {
            LedgerTree once = new LedgerTree(new HashSet<>());
            once.ledgerRows(table.allRows());
            for (String search : List.of("", "改革", "医保", "推进", "试点", "市委", "(1)", "2023")) {
                table.searchProperty().set(search);
                for (int fold = -1; fold < 4; fold++) {
                    LedgerTree anew = new LedgerTree(new HashSet<>());
                    anew.show(table.visibleRows(), order);
                    once.show(table.visibleRows(), order);
                    assertTrue(once.sortedOnce(), "the ledger sorted once gave the lines");
                    compared += sameLines(anew, once, fold, search);
                    once.fold(Math.max(fold, 0), true);
                }
            }
        }
        assertTrue(compared > 1000, "lines compared: " + compared);
    }

    /** Folds line {@code fold} in both (-1: none) and checks they list the same lines; how many. */
    private static int sameLines(LedgerTree expected, LedgerTree actual, int fold, String search) {
        if (fold >= 0 && fold < expected.lines().size()) {
            expected.fold(fold, false);
            actual.fold(fold, false);
        }
        assertEquals(List.copyOf(expected.lines()), List.copyOf(actual.lines()), search + ", folded " + fold);
        for (int i = 0; i < expected.lines().size(); i++) {
            assertEquals(expected.line(i), actual.line(i), search + ", line " + i);
        }
        return expected.lines().size();
    }

    @Test
    void newLinesAreToldAsLinesChangedAddedOrRemovedNeverAsTheWholeListReplaced() {
        table.show(ledger, List.of("经济体制改革", "社会体制改革"), LocalDate.of(2023, 6, 30), LightRule.DEFAULT);
        show();
        List<String> told = new ArrayList<>();
        tree.lines().addListener((ListChangeListener<TaskRow>) c -> {
            while (c.next()) {
                // a replacement makes the table empty and refill every row it shows
                assertFalse(c.wasReplaced(), "told as a replacement");
                told.add(c.wasUpdated() ? "changed " + c.getFrom() + "-" + c.getTo()
                        : c.wasAdded() ? "added " + c.getFrom() + "-" + c.getTo() : "removed " + c.getRemovedSize());
            }
        });
        List<TaskRow> before = List.copyOf(tree.lines());
        table.searchProperty().set("任务2.");
        show();
        assertEquals(List.of("removed 5", "changed 0-2"), told, "经济体制改革(1) and 2. where 经济体制改革(4) and 1. were");
        assertEquals(List.of("0:经济体制改革(1)+", "1:2."), lines());
        told.clear();
        table.searchProperty().set("");
        show();
        assertEquals(List.of("added 2-7", "changed 0-2"), told);
        assertEquals(before, List.copyOf(tree.lines()), "the same lines as before the search");
    }
}
