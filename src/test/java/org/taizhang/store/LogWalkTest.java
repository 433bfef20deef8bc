package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.LogWalk;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerStore;
import org.taizhang.core.ledger.SettableClock;

/** A walk of the log hands on what reading it whole gives, record by record and change by change. */
class LogWalkTest {
    @TempDir
    Path dir;

    /** The log as a walk hands it on, each record given back its changes. */
    static List<Adjustment> walked(LedgerStore store) {
        List<Adjustment> out = new ArrayList<>();
        List<List<TaskChange>> changes = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        store.walk(new LogWalk() {
            @Override
            public void adjustment(Adjustment record) {
                assertTrue(record.changes().isEmpty(), "a record comes without its changes");
                out.add(record);
                changes.add(new ArrayList<>());
            }

            @Override
            public void adjustment(Adjustment record, int count) {
                counts.add(count);
                adjustment(record);
            }

            @Override
            public void change(Adjustment record, TaskChange change) {
                assertEquals(out.get(out.size() - 1), record, "a change comes after its record");
                changes.get(changes.size() - 1).add(change);
            }
        });
        assertEquals(changes.stream().map(List::size).toList(), counts, "each record's count, before its changes");
        List<Adjustment> whole = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Adjustment r = out.get(i);
            whole.add(new Adjustment(r.id(), r.type(), r.reason(), r.basis(), r.operator(), r.time(), r.source(),
                    r.undoes(), changes.get(i), r.previousHash(), r.hash(), r.detail()));
        }
        return whole;
    }

    /** The records as a walk that wants no changes is handed them. */
    static List<Adjustment> records(LedgerStore store) {
        List<Adjustment> out = new ArrayList<>();
        store.walk(new LogWalk() {
            @Override
            public void adjustment(Adjustment record) {
                out.add(record);
            }

            @Override
            public void change(Adjustment record, TaskChange change) {
                throw new AssertionError("no change is read for a walk of the records");
            }

            @Override
            public boolean wantsChanges() {
                return false;
            }
        });
        return out;
    }

    @Test
    void theSamplesLogWalkedIsItsLogRead() {
        try (OpenLedger ledger = OpenLedger.createSample(dir.resolve("示例.taizhang"), SettableClock.at("2024-01-10T02:00:00Z"))) {
            LedgerStore store = ledger.file();
            List<Adjustment> read = store.adjustments();
            assertTrue(read.size() > 300, "the sample's log: " + read.size());
            assertEquals(read, walked(store));
            assertEquals(read.stream().map(LogWalk::record).toList(), records(store));
            assertEquals(LogWalk.record(read.get(read.size() - 1)), store.lastRecord().orElseThrow(),
                    "the last record, without its changes: what a new one is sealed onto");
        }
    }

    /** What a walk by task is handed, as lines: each change with its record and place, then the task's row. */
    static List<String> byTask(java.util.function.Consumer<org.taizhang.core.history.TaskWalk> walker) {
        List<String> out = new ArrayList<>();
        walker.accept(new org.taizhang.core.history.TaskWalk() {
            @Override
            public void change(long adjustment, int seq, TaskChange change) {
                out.add(adjustment + "/" + seq + " " + change);
            }

            @Override
            public void task(long id, org.taizhang.core.task.Task stored) {
                out.add(id + " " + stored);
            }
        });
        return out;
    }

    @Test
    void theSamplesLogWalkedByTaskIsItsLogAndTasksRead() {
        try (OpenLedger ledger = OpenLedger.createSample(dir.resolve("示例.taizhang"), SettableClock.at("2024-01-10T02:00:00Z"))) {
            LedgerStore store = ledger.file();
            List<String> walked = byTask(store::walkByTask);
            List<String> read = byTask(w -> org.taizhang.core.history.TaskWalk.over(store.adjustments(), store.tasks(), w));
            for (int i = 0; i < Math.min(read.size(), walked.size()); i++) {
                assertEquals(read.get(i), walked.get(i), "line " + i);
            }
            assertEquals(read.size(), walked.size());
            assertTrue(walked.size() > store.tasks().size() * 2, "the sample's tasks and their changes: " + walked.size());
        }
    }
}
