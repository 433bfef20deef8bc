package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.task.LightRule;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.testing.TestLedger;

/**
 * The table's rows while the clerk types: searching among the last hits and reusing searches met
 * before must show exactly what the filter's definition ({@link TaskFilter#withParents}) shows.
 */
class LedgerViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2023, 9, 30);
    @RegisterExtension
    TestLedger sample = TestLedger.sample();
    List<Task> tasks;
    List<String> domains;
    LedgerViewModel typed = new LedgerViewModel();

    @BeforeEach
    void show() {
        tasks = sample.service().tasks();
        domains = sample.service().domainNames();
        typed.show(tasks, domains, TODAY, LightRule.DEFAULT);
    }

    @Test
    void typingOnAndErasingShowWhatTheFilterDefines() {
        List<String> steps = new ArrayList<>();
        for (String query : List.of("医保支付", "市发展改革委", "推进 改革", "改革　试点")) {
            for (int i = 1; i <= query.length(); i++) {
                steps.add(query.substring(0, i));
            }
            for (int i = query.length() - 1; i >= 0; i--) {
                steps.add(query.substring(0, i));
            }
        }
        // a word replaced, not typed on: what was found before must not limit the search
        steps.addAll(List.of("医保", "生态", "医疗", "党建", "疗保", "改革", "改进", "推进改革"));
        int narrowed = 0;
        for (String step : steps) {
            narrowed += typed.filter().withText(step).narrows(typed.filter()) ? 1 : 0;
            typed.searchProperty().set(step);
            assertShowsItsDefinition(step);
            if (step.equals("医保")) { // a filter changed between keystrokes
                typed.statusFilter().add(Status.IN_PROGRESS);
                assertShowsItsDefinition(step + " + 推进中");
                typed.statusFilter().clear();
                assertShowsItsDefinition(step);
            }
        }
        assertTrue(narrowed > steps.size() / 3, "the typing narrowed the search often: " + narrowed);
    }

    @Test
    void aLedgerSearchedThroughItsIndexShowsWhatTheFilterDefines() throws Exception {
        List<Task> many = new ArrayList<>();
        for (int copy = 0; many.size() < LedgerViewModel.SearchIndex.FROM + 300; copy++) { // the sample, again and again
            long shift = copy * 100_000L;
            for (Task t : tasks) {
                many.add(t.toBuilder().id(t.id() + shift).parentId(t.parentId() == null ? null : t.parentId() + shift)
                        .build());
            }
        }
        tasks = org.taizhang.core.task.TaskOrder.sort(many, domains);
        typed.show(tasks, domains, TODAY, LightRule.DEFAULT);
        typed.searchProperty().set("医保");
        assertShowsItsDefinition("医保 before the index"); // meanwhile a search looks at every row
        typed.indexLater();
        org.taizhang.testing.Desktop.await(java.time.Duration.ofSeconds(10), () -> typed.indexed() ? true : null,
                () -> "the index is made");
        for (String step : List.of("医", "医保", "医保支付", "医保", "", "推进 改革", "推进", "龘", "改革　试点", "ppp", "")) {
            typed.searchProperty().set(step);
            assertShowsItsDefinition(step + " (indexed)");
        }
        typed.statusFilter().add(Status.BEHIND);
        typed.searchProperty().set("改革");
        assertShowsItsDefinition("改革 + 滞后 (indexed)");
    }

    @Test
    void theRehearsalSearchesATableOfItsOwn() throws Exception {
        typed.searchProperty().set("医保");
        List<TaskRow> shown = List.copyOf(typed.visibleRows());
        String counts = typed.countsProperty().get();
        Thread rehearsal = new Thread(() -> LedgerViewModel.rehearse(
                LedgerViewModel.rows(tasks, domains, TODAY, LightRule.DEFAULT, Set.of(), java.util.Map.of())));
        rehearsal.start();
        rehearsal.join(60_000);
        assertEquals(shown, typed.visibleRows(), "the table shown is as it was");
        assertEquals(counts, typed.countsProperty().get());
        assertEquals("医保", typed.searchProperty().get());
    }

    @Test
    void aLedgerShownAgainIsSearchedAgain() {
        typed.searchProperty().set("医保");
        Task other = tasks.stream().filter(t -> !t.title().contains("医保") && !t.toString().contains("医保"))
                .findFirst().orElseThrow();
        List<Task> changed = tasks.stream().map(t -> t.id() == other.id()
                ? t.toBuilder().title(t.title() + "（医保）").build() : t).toList();
        typed.show(changed, domains, TODAY, LightRule.DEFAULT);
        assertTrue(typed.visibleRows().stream().anyMatch(r -> r.id() == other.id() && !r.context()),
                "the task saved meanwhile is found");
        tasks = changed;
        assertShowsItsDefinition("医保 after the ledger changed");
    }

    /** The rows shown (id, context) and the count line, against the definition and a fresh table. */
    private void assertShowsItsDefinition(String step) {
        TaskFilter f = typed.filter();
        List<TaskRow> all = LedgerViewModel.rows(tasks, domains, TODAY, LightRule.DEFAULT, Set.of(), java.util.Map.of())
                .rows();
        List<String> expected = TaskFilter.withParents(all, TaskRow::task,
                r -> f.matches(r.task(), r.light(), r.searchable())).stream()
                .map(p -> p.row().id() + (p.context() ? " context" : "")).toList();
        List<String> shown = typed.visibleRows().stream().map(r -> r.id() + (r.context() ? " context" : "")).toList();
        assertEquals(expected, shown, "rows after \"" + step + "\"");
        LedgerViewModel fresh = new LedgerViewModel();
        fresh.show(tasks, domains, TODAY, LightRule.DEFAULT);
        fresh.apply(f);
        assertEquals(fresh.countsProperty().get(), typed.countsProperty().get(), "count line after \"" + step + "\"");
        assertTrue(Set.copyOf(typed.visibleRows()).size() == typed.visibleRows().size());
    }

    /** The table's practice searches words its made-up rows hold, each found where the word less its last character is. */
    @Test
    void thePracticeSearchesWordsItsRowsHold() {
        LedgerViewModel practice = new LedgerViewModel();
        practice.show(LedgerViewModel.practice(TODAY));
        List<String> typed = LedgerTableController.practiceSearches(List.copyOf(practice.visibleRows()), 10);
        assertEquals(10, Set.copyOf(typed).size(), "ten words, each once: " + typed);
        for (String words : typed) {
            practice.searchProperty().set(words.substring(0, words.length() - 1));
            Set<Long> wider = ids(practice.visibleRows());
            practice.searchProperty().set(words);
            assertFalse(practice.visibleRows().isEmpty(), words + " finds rows");
            assertTrue(wider.containsAll(ids(practice.visibleRows())), words + " narrows"); // a row found may now be context
        }
    }

    private static Set<Long> ids(List<TaskRow> rows) {
        Set<Long> ids = new java.util.HashSet<>();
        for (TaskRow row : rows) {
            ids.add(row.id());
        }
        return ids;
    }

    @Test
    void theMadeUpTasksFillEveryFieldInSomeAndLeaveItEmptyInOthers() {
        List<Task> made = LedgerViewModel.practiceTasks(TODAY, 60);
        for (org.taizhang.core.task.TaskField f : org.taizhang.core.task.TaskField.values()) {
            if (f == org.taizhang.core.task.TaskField.MERGED_INTO) {
                continue; // set only by a 合并, which the practice does not make
            }
            assertTrue(made.stream().anyMatch(t -> !f.read(t).isEmpty()), f + " filled in some");
            if (f != org.taizhang.core.task.TaskField.NUMBER && f != org.taizhang.core.task.TaskField.DOMAIN
                    && f != org.taizhang.core.task.TaskField.YEAR && f != org.taizhang.core.task.TaskField.TITLE
                    && f != org.taizhang.core.task.TaskField.LEAD_UNITS && f != org.taizhang.core.task.TaskField.STATUS) {
                assertTrue(made.stream().anyMatch(t -> f.read(t).isEmpty()), f + " empty in some");
            }
        }
        assertEquals(java.util.EnumSet.complementOf(java.util.EnumSet.of(org.taizhang.core.task.DeadlineKind.UNREAD)),
                made.stream().map(t -> t.deadline().kind()).collect(java.util.stream.Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(org.taizhang.core.task.DeadlineKind.class))),
                "every kind of 完成时限 new input gives");
    }
}
