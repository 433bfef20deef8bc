package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.store.OpenLedger;

/**
 * Every file of the hostile corpus imported into a real ledger (the sample, in SQLite) the way the
 * program imports: a refused file leaves the ledger file byte for byte as it was and its message
 * names the file; a file that can be read names each row in error (sheet, row, column), leaves
 * those rows out, and brings every other row into the ledger whole. Maven runs this class in its
 * own JVM with -Xmx256m (the hostile-corpus execution), so each case also ends within that heap.
 * The timeout only guards against hangs; nothing here measures speed.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileImportTest {
    private static final SettableClock CLOCK = SettableClock.at("2024-01-10T02:00:00Z");

    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTheSampleOnce() {
        sample = shared.resolve("示例.taizhang");
        OpenLedger.createSample(sample, CLOCK).close();
    }

    static List<HostileCorpus.Case> cases() {
        return HostileCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void endsAsExpectedAndKeepsTheLedgerWhole(HostileCorpus.Case c) throws IOException {
        Path ledger = Files.copy(sample, dir.resolve("台账.taizhang"));
        byte[] before = Files.readAllBytes(ledger);
        Path file = c.make().apply(dir.resolve(c.file()));

        ImportAttempt attempt;
        List<Task> tasksBefore;
        try (OpenLedger open = OpenLedger.open(ledger, CLOCK)) {
            tasksBefore = open.service().tasks();
            attempt = ImportAttempt.run(file, open.service());
            if (c.expected() instanceof HostileCorpus.Read read) {
                assertRead(read, attempt, tasksBefore, open.service());
            }
            assertTrue(open.service().verify().ok(), "the ledger verifies: " + open.service().verify().problems());
        }
        if (c.expected() instanceof HostileCorpus.Refused refused) {
            assertTrue(attempt.refused(), "refused, but read: " + attempt.message());
            assertEquals(refused.key(), attempt.refusal().key(), attempt.message());
            assertTrue(attempt.refusal().getMessage().contains(c.file()), "names the file: " + attempt.message());
            assertTrue(attempt.refusal().getMessage(Locale.ENGLISH).contains(c.file()),
                    attempt.refusal().getMessage(Locale.ENGLISH));
            assertArrayEquals(before, Files.readAllBytes(ledger), "the ledger file is as it was");
        }
    }

    private static void assertRead(HostileCorpus.Read read, ImportAttempt attempt, List<Task> before,
            LedgerService service) {
        assertFalse(attempt.refused(), () -> "read, but refused: " + attempt.message());
        ImportPlan plan = attempt.plan();
        assertEquals(read.errors(), plan.errors().stream().map(Corpus::error).toList(), "the rows in error");
        assertEquals(read.tasks(), plan.count(ImportPlan.Kind.NEW), "the rows that become tasks");
        assertEquals(read.tasks(), attempt.applied().orElseThrow().changes().size(), "the tasks written");

        // Each accepted row arrives whole, and nothing else: the rows in error leave no trace.
        Map<Long, Task> old = before.stream().collect(Collectors.toMap(Task::id, Function.identity()));
        List<Task> added = service.tasks().stream().filter(t -> !old.containsKey(t.id())).toList();
        assertEquals(read.tasks(), added.size());
        Map<String, Task> byTitle = added.stream().collect(Collectors.toMap(Task::title, Function.identity()));
        for (ImportPlan.Entry e : plan.entries()) {
            Task arrived = byTitle.get(e.proposed().title());
            for (TaskField f : TaskField.values()) {
                if (f != TaskField.PARENT) {
                    assertEquals(f.read(e.proposed()), f.read(arrived), "row " + e.row().row() + " " + f.code());
                }
            }
        }
        assertEquals(old, service.tasks().stream().filter(t -> old.containsKey(t.id()))
                .collect(Collectors.toMap(Task::id, Function.identity())), "the ledger's tasks are as they were");
    }
}
