package org.taizhang.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.LedgerFile;
import org.taizhang.store.SqliteLedgerStore;

/**
 * The ledger read in reading order on a thread of its own while the caller writes it out: the
 * same tasks in the same order as the window reads them, the reader's failure where the writer
 * sees it, and the ledger free again however the writer ends.
 */
// A reader and a writer waiting for each other would otherwise hang the build (a thread waiting for
// a monitor does not hear an interrupt, so the test runs on a thread of its own).
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TaskSequenceTest {
    @TempDir
    Path dir;
    SqliteLedgerStore file;
    LedgerService service;
    /** The threads that fetched tasks, and what the store is told to fail. */
    final Set<String> fetchers = ConcurrentHashMap.newKeySet();
    final AtomicInteger fetches = new AtomicInteger();
    volatile int failOnFetch = -1;

    @BeforeEach
    void ledger() {
        SettableClock clock = SettableClock.at("2024-01-10T02:00:00Z");
        file = LedgerFile.create(dir.resolve("ledger.taizhang"), "测试台账", 2023, clock);
        service = new LedgerService(watched(file), clock);
        List<Task> drafts = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) { // more than two chunks, numbered against the order they are added in
            drafts.add(Task.builder().number((1_234 - i) + ".").domain(i % 2 == 0 ? "经济体制改革" : "新增领域" + (i % 3))
                    .year(2023).title("任务" + i).leadUnits(UnitList.parse("市财政局")).build());
        }
        service.commit(AdjustmentType.IMPORT, Note.by("赵静"), drafts);
        fetches.set(0);
        fetchers.clear();
    }

    @AfterEach
    void close() {
        file.close();
    }

    /** The store, telling which threads fetch tasks by id, failing the fetch numbered {@link #failOnFetch}. */
    private LedgerStore watched(LedgerStore store) {
        return (LedgerStore) Proxy.newProxyInstance(LedgerStore.class.getClassLoader(), new Class<?>[] {LedgerStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("tasks") && args != null && args[0] instanceof Collection) {
                        fetchers.add(Thread.currentThread().getName());
                        if (fetches.getAndIncrement() == failOnFetch) {
                            throw new LedgerException("ledger.damaged", "ledger.taizhang", "测试");
                        }
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("taizhang-ledger-reader") && t.isAlive());
    }

    @Test
    void theTasksComeInReadingOrderReadOnAThreadOfTheirOwn() {
        List<Task> expected = service.tasks();
        var code = service.checkCode();
        String writer = Thread.currentThread().getName();
        List<Task> seen = service.inReadingOrder(tasks -> { // not the service in here: the reader holds the store
            assertEquals(expected.size(), tasks.size());
            Map<String, Integer> perDomain = new HashMap<>();
            expected.forEach(t -> perDomain.merge(t.domain(), 1, Integer::sum));
            assertEquals(perDomain, tasks.domainCounts());
            assertEquals("测试台账", tasks.info().title());
            assertEquals(code, tasks.checkCode());
            List<Task> out = new ArrayList<>();
            tasks.forEach(out::add);
            return out;
        });
        assertEquals(expected, seen);
        assertEquals(3, fetches.get());
        assertEquals(Set.of("taizhang-ledger-reader"), fetchers);
        assertFalse(fetchers.contains(writer));
        assertFalse(readerAlive());
    }

    @Test
    void theReadersFailureReachesTheWriterAndTheLedgerIsFreeAfter() {
        failOnFetch = 1;
        List<Task> written = new ArrayList<>();
        LedgerException e = assertThrows(LedgerException.class, () -> service.inReadingOrder(tasks -> {
            tasks.forEach(written::add);
            return null;
        }));
        assertEquals("ledger.damaged", e.key());
        assertEquals(TaskSequence.CHUNK, written.size()); // the first chunk, then the failure
        assertFalse(readerAlive());
        failOnFetch = -1;
        Task first = service.tasks().get(0);
        service.edit(first.toBuilder().progress("已推进").build(), Note.by("赵静")); // nothing holds the ledger
        assertEquals("已推进", service.task(first.id()).orElseThrow().progress());
    }

    @Test
    void aWriterThatStopsEarlyOrFailsStopsTheReader() {
        int taken = service.inReadingOrder(tasks -> {
            int n = 0;
            for (Task t : tasks) {
                if (++n == 10) {
                    break;
                }
            }
            return n;
        });
        assertEquals(10, taken);
        assertFalse(readerAlive());

        IllegalStateException mine = new IllegalStateException("the disk is full");
        assertSame(mine, assertThrows(IllegalStateException.class, () -> service.inReadingOrder(tasks -> {
            tasks.iterator().next();
            throw mine;
        })));
        assertFalse(readerAlive());
        Task first = service.tasks().get(0);
        service.edit(first.toBuilder().progress("已推进").build(), Note.by("赵静"));
    }

    @Test
    void withinTheStoresOwnSnapshotItReadsOnTheCallersThread() {
        LedgerService direct = new LedgerService(file, SettableClock.at("2024-01-10T02:00:00Z"));
        List<Task> expected = direct.tasks();
        List<Task> seen = direct.consistent(() -> direct.inReadingOrder(tasks -> {
            List<Task> out = new ArrayList<>();
            tasks.forEach(out::add);
            return out;
        }));
        assertEquals(expected, seen);
    }
}
