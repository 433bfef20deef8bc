package org.taizhang.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;

/**
 * The window's benchmark: opens a ledger of N tasks (the sample's tasks repeated, so the text is
 * real) in the real window, started and settled (or, with {@code at-start}, as soon as it shows,
 * as the program opens the last ledger), and types a search into the real search box one character
 * at a time, rounds of it, timing each keystroke until the table has been filtered, rebuilt and
 * laid out (the end of the next pulse). Run: {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw
 * -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.taizhang.app.UiBench
 * -Dexec.args="TASKS [ROUNDS [at-start] [sorted]]"} (ROUNDS 0: the opening alone; {@code
 * sorted}: the table sorted by 完成时限 before typing). The installed program's JVM options
 * (decision 0036) are given with {@code MAVEN_OPTS="-XX:ThreadPriorityPolicy=1
 * -XX:CompilerThreadPriority=19"}: exec:java runs in Maven's JVM.
 */
public final class UiBench {
    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        try (org.taizhang.store.ScratchFolder scratch = org.taizhang.store.ScratchFolder.make("taizhang-uibench")) {
            measure(scratch.path(), args); // the ledger of 100,000 tasks with its copies is some hundreds of MB
        }
        System.exit(0);
    }

    private static void measure(Path dir, String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path file = dir.resolve("bench.taizhang");
        makeLedger(dir, file, size);

        boolean atStart = List.of(args).contains("at-start"); // as the program opens the last ledger
        WindowTour tour = WindowTour.start(dir.resolve("unused.taizhang"), 1366, 768, !atStart);
        long started = System.nanoTime();
        try {
            if (!atStart) {
                tour.settle(); // the clerk opens a ledger in the program started
                // the window practises an opening first (MainViewModel.practiseOpening): a clerk
                // choosing a file in the dialog takes longer than it does, and its compiling goes on after it
                thread("taizhang-opening-practice").ifPresent(org.taizhang.core.Threads::awaitEnd);
                System.out.printf("the practice opening ended %,d ms after the window showed%n",
                        (System.nanoTime() - started) / 1_000_000);
                Thread.sleep(2000);
            }
            CountDownLatch tableShown = new CountDownLatch(1);
            long[] at = new long[4]; // opening asked, table laid out with the rows, chain check done, rows given
            java.time.LocalTime[] opened = new java.time.LocalTime[1];
            long[] cpuAt = new long[4]; // FX thread at rows given, laid out; the worker at opening, rows given
            @SuppressWarnings("unchecked")
            java.util.Map<String, Long>[] byKind = new java.util.Map[2]; // every thread's CPU at opening asked, table laid out
            WindowTour.onFx(() -> {
                Scene scene = tour.stage.getScene();
                Runnable[] laidOut = new Runnable[1];
                laidOut[0] = () -> {
                    at[1] = System.nanoTime();
                    cpuAt[1] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    byKind[1] = cpuByKind();
                    scene.removePostLayoutPulseListener(laidOut[0]);
                    tableShown.countDown();
                };
                tour.vm.table().visibleRows().addListener((javafx.collections.ListChangeListener<Object>) c -> {
                    if (at[1] == 0 && at[3] == 0 && !c.getList().isEmpty()) {
                        at[3] = System.nanoTime();
                        cpuAt[0] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                        cpuAt[3] = workerCpu();
                        scene.addPostLayoutPulseListener(laidOut[0]);
                    }
                });
                tour.vm.checkingProperty().addListener((o, was, now) -> {
                    if (!now) {
                        at[2] = System.nanoTime();
                    }
                });
                byKind[0] = cpuByKind();
                at[0] = System.nanoTime();
                opened[0] = java.time.LocalTime.now(java.time.ZoneOffset.UTC);
                cpuAt[2] = workerCpu();
                tour.vm.open(file);
                return null;
            });
            if (!tableShown.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the table was not shown");
            }
            tour.settle();
            int rows = WindowTour.onFx(() -> tour.vm.table().visibleRows().size());
            System.out.printf("tasks %,d: open to table shown %,d ms (%,d rows, given to the table after %,d ms);"
                    + " the chain checked after %,d ms%n", size, (at[1] - at[0]) / 1_000_000, rows,
                    (at[3] - at[0]) / 1_000_000, (at[2] - at[0]) / 1_000_000);
            System.out.printf("opened at %s UTC (to find it in a profile); CPU: the worker thread's to rows given %d ms,"
                    + " the FX thread's from rows given to laid out %d ms%n", opened[0], (cpuAt[3] - cpuAt[2]) / 1_000_000,
                    (cpuAt[1] - cpuAt[0]) / 1_000_000);

            System.out.printf("CPU from opening asked to table laid out, every thread of the program by kind: %s%n",
                    difference(byKind[0], byKind[1]));
            System.out.printf("each kind's niceness (Linux): %s%n", niceByKind());

            if (List.of(args).contains("sorted")) { // by 完成时限, as a clerk sorts a column before searching
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long fx = WindowTour.onFx(() -> Thread.currentThread().getId());
                javafx.scene.control.TableView<?> shown =
                        WindowTour.onFx(() -> (javafx.scene.control.TableView<?>) tour.stage.getScene().lookup("#table"));
                List<Object> before = WindowTour.onFx(() -> List.copyOf(shown.getItems().subList(0, 100)));
                CountDownLatch sortedShown = new CountDownLatch(1);
                long[] shownAt = new long[1];
                Runnable[] check = new Runnable[1];
                check[0] = () -> { // after each pulse's layout: the first that laid the sorted rows out
                    if (!before.equals(shown.getItems().subList(0, 100))) {
                        shownAt[0] = System.nanoTime();
                        tour.stage.getScene().removePostLayoutPulseListener(check[0]);
                        sortedShown.countDown();
                    }
                };
                WindowTour.onFx(() -> {
                    tour.stage.getScene().addPostLayoutPulseListener(check[0]);
                    return null;
                });
                long clicked = System.nanoTime();
                long fxBefore = threads.getThreadCpuTime(fx);
                Keystroke sort = keystroke(tour.stage.getScene(), () -> {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.TableView<Object> table =
                            (javafx.scene.control.TableView<Object>) tour.stage.getScene().lookup("#table");
                    table.getSortOrder().setAll(table.getColumns().stream()
                            .filter(c -> "deadline".equals(c.getUserData())).toList());
                });
                // the ledger is sorted aside (MainViewModel.sortTable), then shown sorted
                if (!sortedShown.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the rows were not shown sorted");
                }
                long fxAfter = WindowTour.onFx(() -> threads.getThreadCpuTime(fx));
                System.out.printf("sorted by 完成时限: the click %s; the rows laid out sorted %,d ms after it,"
                        + " the FX thread's CPU meanwhile %,d ms%n", sort, (shownAt[0] - clicked) / 1_000_000,
                        (fxAfter - fxBefore) / 1_000_000);
                tour.settle();
            }
            TextField search = WindowTour.onFx(() -> (TextField) tour.stage.getScene().lookup("#search"));
            List<Keystroke> times = new ArrayList<>();
            int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1; // more rounds: a profile of typing alone
            if (rounds == 0) { // the opening alone
                return;
            }
            for (int round = 0; round < rounds; round++) {
            int from = times.size();
            java.util.Map<String, Long> roundBegan = cpuByKind();
            System.out.printf("round %d typed from %s UTC%n", round + 1, java.time.LocalTime.now(java.time.ZoneOffset.UTC));
            for (String query : List.of("医保支付", "推进", "市发展改革委")) {
                StringBuilder typed = new StringBuilder();
                for (char c : query.toCharArray()) {
                    typed.append(c);
                    Keystroke k = keystroke(tour.stage.getScene(), () -> search.appendText(String.valueOf(c)));
                    int shown = WindowTour.onFx(() -> tour.vm.table().visibleRows().size());
                    System.out.printf("  type \"%s\": %s, %,d rows shown%n", typed, k, shown);
                    times.add(k);
                }
                while (!typed.isEmpty()) {
                    typed.setLength(typed.length() - 1);
                    Keystroke k = keystroke(tour.stage.getScene(),
                            () -> search.deleteText(search.getLength() - 1, search.getLength()));
                    System.out.printf("  erase to \"%s\": %s%n", typed, k);
                    times.add(k);
                }
            }
            // the search looks at many rows on both cores: the FX thread's CPU counts its part, the wall time all of it
            System.out.printf("round %d, the work's CPU time: %s; its wall time: %s%n", round + 1,
                    spread(times.subList(from, times.size()).stream().mapToDouble(Keystroke::cpu).toArray()),
                    spread(times.subList(from, times.size()).stream().mapToDouble(Keystroke::work).toArray()));
            System.out.printf("  CPU over round %d, every thread by kind: %s%n", round + 1, difference(roundBegan, cpuByKind()));
            }
            System.out.printf("keystroke to updated table over %d keystrokes: %s%n", times.size(),
                    spread(times.stream().mapToDouble(Keystroke::latency).toArray()));
            System.out.printf("  of which work on the FX thread (filter, tree, CSS, layout): %s%n",
                    spread(times.stream().mapToDouble(Keystroke::work).toArray()));
            System.out.printf("  and that work's CPU time: %s%n", spread(times.stream().mapToDouble(Keystroke::cpu).toArray()));
            System.out.printf("    the key's handling (filter, rows): %s%n",
                    spread(times.stream().mapToDouble(Keystroke::keyCpu).toArray()));
            System.out.printf("    the pulse (CSS, layout, cells): %s%n",
                    spread(times.stream().mapToDouble(k -> k.cpu() - k.keyCpu()).toArray()));
        } finally {
            tour.close();
        }
    }

    /**
     * One keystroke: {@code latency} from the key to the end of the layout of the pulse that shows
     * its result (so it includes the wait for that pulse, up to a frame at 60 Hz); {@code work} the
     * FX thread's part of it: the key's handling (filter, tree) plus the pulse's CSS and layout.
     */
    record Keystroke(double latency, double work, double cpu, double keyCpu) {
        @Override
        public String toString() {
            return String.format("%.1f ms (work %.1f ms, its CPU time %.1f ms: key %.1f, pulse %.1f)", latency, work, cpu,
                    keyCpu, cpu - keyCpu);
        }
    }

    /** Median, 95th percentile and slowest of some times in ms. */
    static String spread(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("median %.1f ms, p95 %.1f ms, max %.1f ms", sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    /** Runs a keystroke on the FX thread and times it to the end of the pulse that lays out its result. */
    private static Keystroke keystroke(Scene scene, Runnable key) throws Exception {
        CountDownLatch laidOut = new CountDownLatch(1);
        long[] at = new long[4]; // key pressed, key handled, pulse began, pulse laid out
        long[] cpu = new long[4]; // the FX thread's CPU time at those moments: less swayed by a busy machine
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        WindowTour.onFx(() -> {
            Runnable[] before = new Runnable[1];
            Runnable[] after = new Runnable[1];
            before[0] = () -> {
                at[2] = System.nanoTime();
                cpu[2] = threads.getCurrentThreadCpuTime();
                scene.removePreLayoutPulseListener(before[0]);
            };
            after[0] = () -> {
                at[3] = System.nanoTime();
                cpu[3] = threads.getCurrentThreadCpuTime();
                scene.removePostLayoutPulseListener(after[0]);
                laidOut.countDown();
            };
            at[0] = System.nanoTime();
            cpu[0] = threads.getCurrentThreadCpuTime();
            key.run();
            at[1] = System.nanoTime();
            cpu[1] = threads.getCurrentThreadCpuTime();
            scene.addPreLayoutPulseListener(before[0]);
            scene.addPostLayoutPulseListener(after[0]);
            return null;
        });
        if (!laidOut.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse after a keystroke");
        }
        Thread.sleep(60); // let the screen show it before the next key, as a typist would
        return new Keystroke((at[3] - at[0]) / 1e6, (at[1] - at[0] + at[3] - at[2]) / 1e6,
                (cpu[1] - cpu[0] + cpu[3] - cpu[2]) / 1e6, (cpu[1] - cpu[0]) / 1e6);
    }

    /**
     * The CPU time every thread of this program has used so far, in ns, summed by kind: the window's
     * own (FX, worker, the fork-join pool that makes rows), the JIT's compilers (C1, C2), the
     * collector (GC), the rest. Read from Linux's {@code /proc/self/task/*}: the JVM names its own
     * threads there; empty elsewhere.
     */
    static java.util.Map<String, Long> cpuByKind() {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        eachThread((name, task) -> out.merge(kind(name),
                Long.parseLong(Files.readString(task.resolve("schedstat")).split(" ")[0]), Long::sum));
        return out;
    }

    /**
     * Each kind's scheduling niceness, as Linux gives it: the window's JVM options lower the
     * compilers' (decision 0036); the figures say under which.
     */
    static String niceByKind() {
        java.util.Map<String, java.util.Set<Integer>> out = new java.util.TreeMap<>();
        eachThread((name, task) -> {
            String stat = Files.readString(task.resolve("stat"));
            // the fields after the name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            out.computeIfAbsent(kind(name), k -> new java.util.TreeSet<>()).add(Integer.parseInt(fields[16]));
        });
        return out.toString();
    }

    /** What is read of one thread's folder in {@code /proc/self/task}. */
    private interface ThreadRead {
        void read(String name, Path task) throws java.io.IOException;
    }

    /**
     * Reads each thread of this program where Linux lists it ({@code /proc/self/task/*}, named by
     * the JVM); a thread that ends meanwhile is left out; nothing elsewhere.
     */
    private static void eachThread(ThreadRead read) {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    read.read(Files.readString(task.resolve("comm")).strip(), task);
                } catch (java.io.IOException | RuntimeException ended) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException notLinux) {
            // no threads listed
        }
    }

    private static String kind(String thread) {
        if (thread.startsWith("C2 Compiler")) {
            return "C2";
        }
        if (thread.startsWith("C1 Compiler")) {
            return "C1";
        }
        if (thread.startsWith("G1") || thread.startsWith("GC ")) {
            return "GC";
        }
        if (thread.startsWith("Gtk") || thread.startsWith("JavaFX Applic")) {
            return "FX";
        }
        if (thread.startsWith("taizhang-worke")) {
            return "worker";
        }
        if (thread.startsWith("ForkJoinPool")) {
            return "pool";
        }
        if (thread.startsWith("taizhang-search")) {
            return "search ahead"; // the rehearsal and the index, after an opening
        }
        return thread.startsWith("QuantumRendere") ? "render" : "other";
    }

    /** {@code after} less {@code before}, in ms, by kind, the largest first. */
    static String difference(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
        return after.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1_000_000))
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(java.util.stream.Collectors.joining(", "));
    }

    /** The CPU time the window's worker thread has used so far. */
    private static long workerCpu() {
        return thread("taizhang-worker")
                .map(t -> java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(t.getId())).orElse(0L);
    }

    /** The program's running thread of that name, if there is one. */
    private static java.util.Optional<Thread> thread(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

    /** A ledger of {@code size} tasks: the sample's tasks over and over, numbered on. */
    private static void makeLedger(Path dir, Path file, int size) {
        List<Task> sample;
        try (OpenLedger s = OpenLedger.createSample(dir.resolve("sample.taizhang"), Clock.systemUTC())) {
            sample = s.service().tasks().stream().filter(t -> t.parentId() == null).toList();
        }
        List<Task> drafts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Task t = sample.get(i % sample.size());
            drafts.add(t.toBuilder().id(0).parentId(null).mergedInto(null).number((i + 1) + ".")
                    .status(t.status() == org.taizhang.core.task.Status.MERGED
                            ? org.taizhang.core.task.Status.IN_PROGRESS : t.status()).build());
        }
        try (OpenLedger l = OpenLedger.create(file, "性能测试台账", 2023, Clock.systemUTC())) {
            l.service().commit(AdjustmentType.IMPORT, Note.by("bench"), drafts);
        }
    }
}
