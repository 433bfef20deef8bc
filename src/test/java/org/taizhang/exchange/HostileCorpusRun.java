package org.taizhang.exchange;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.store.OpenLedger;

/**
 * Measures the hostile corpus for docs/RELIABILITY.md: each file is made here, then imported into
 * its own copy of the sample ledger by a fresh JVM with -Xmx256m (so one file's garbage or crash
 * cannot touch the next one's numbers), timed around the import alone, its heap's peak taken from
 * the garbage collector (heap in use only grows between collections, so the peak is the most in
 * use before any collection or at the end) beside the most still in use after a collection (what
 * the import holds, at most). Prints a Markdown table.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=org.taizhang.exchange.HostileCorpusRun</pre>
 *
 * An argument ({@code -Dexec.args=万行}) keeps only the cases whose file name contains it;
 * {@code -Dhostile.heap=1g} gives the children another heap (the expectations are for 256m).
 */
public final class HostileCorpusRun {
    private static final String HEAP = "-Xmx" + System.getProperty("hostile.heap", "256m");
    private static final long TIME_LIMIT_MINUTES = 5;
    private static final String OUT_OF_MEMORY = "error.outOfMemory";
    private static final SettableClock CLOCK = SettableClock.at("2024-01-10T02:00:00Z");

    private HostileCorpusRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Path scratch = Files.createTempDirectory("taizhang-hostile");
        Path sample = scratch.resolve("示例.taizhang");
        OpenLedger.createSample(sample, CLOCK).close();
        out.printf("JDK %s, %s, %d cores, each file imported by a fresh JVM with %s%n%n",
                System.getProperty("java.version"), System.getProperty("os.name"),
                Runtime.getRuntime().availableProcessors(), HEAP);
        out.println("| file | what it is | expected | outcome | message | time | heap: peak / after GC | ledger |");
        out.println("|---|---|---|---|---|---:|---:|---|");
        int mismatches = 0;
        int n = 0;
        for (HostileCorpus.Case c : HostileCorpus.all()) {
            if (args.length > 0 && !c.file().contains(args[0])) {
                continue;
            }
            Path dir = Files.createDirectories(scratch.resolve("case" + n++));
            Path ledger = Files.copy(sample, dir.resolve("台账.taizhang"));
            byte[] before = Files.readAllBytes(ledger);
            Path file = c.make().apply(dir.resolve(c.file()));
            JsonObject r = inChild(file, ledger);
            boolean unchanged = Arrays.equals(before, Files.readAllBytes(ledger));
            String outcome = r.has("crash") ? "**crash** " + r.get("crash").getAsString()
                    : r.has("key") ? r.get("key").getAsString()
                    : "read: " + r.get("tasks").getAsInt() + " tasks, " + r.get("errors").getAsInt() + " rows in error";
            boolean asExpected = c.expected() instanceof HostileCorpus.Refused f ? f.key().equals(str(r, "key")) && unchanged
                    : c.expected() instanceof HostileCorpus.OutOfMemory ? OUT_OF_MEMORY.equals(str(r, "key")) && unchanged
                    : c.expected() instanceof HostileCorpus.Read d && !r.has("key") && !r.has("crash")
                            && d.tasks() == r.get("tasks").getAsInt() && d.errors().size() == r.get("errors").getAsInt();
            mismatches += asExpected ? 0 : 1;
            out.printf("| %s | %s | %s | %s%s | %s | %s | %s | %s |%n", c.file(), c.what(), expected(c.expected()),
                    outcome, asExpected ? "" : " **(not as expected)**", cell(str(r, "message")),
                    r.has("millis") ? String.format("%,d ms", r.get("millis").getAsLong()) : "",
                    r.has("peak") ? String.format("%,d MB / %,d MB", r.get("peak").getAsLong() / 1_000_000,
                            r.get("live").getAsLong() / 1_000_000) : "",
                    unchanged ? "unchanged" : r.has("adjustment") ? "1 adjustment (导入)" : "**changed**");
        }
        out.printf("%n%d files, %d not as expected%n", n, mismatches);
        System.exit(mismatches == 0 ? 0 : 1);
    }

    private static String expected(HostileCorpus.Expected e) {
        return e instanceof HostileCorpus.Refused r ? r.key()
                : e instanceof HostileCorpus.OutOfMemory ? OUT_OF_MEMORY
                : "read: " + ((HostileCorpus.Read) e).tasks() + " tasks, " + ((HostileCorpus.Read) e).errors().size()
                        + " rows in error";
    }

    private static String str(JsonObject o, String key) {
        return o.has(key) ? o.get(key).getAsString() : "";
    }

    /** A message as a table cell: lines joined, pipes escaped, very long values cut. */
    private static String cell(String message) {
        return message.lines().map(l -> l.length() > 160 ? l.substring(0, 160) + "…" : l)
                .collect(Collectors.joining("<br>")).replace("|", "\\|");
    }

    private static JsonObject inChild(Path file, Path ledger) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, HEAP, "-cp", classpath(), HostileCorpusRun.class.getName(), "--child",
                file.toString(), ledger.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] stdout;
        try (var in = p.getInputStream()) {
            stdout = in.readAllBytes(); // the child prints one line at its end
        }
        if (!p.waitFor(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            JsonObject o = new JsonObject();
            o.addProperty("crash", "no end within " + TIME_LIMIT_MINUTES + " minutes");
            return o;
        }
        String last = new String(stdout, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{"))
                .reduce((a, b) -> b).orElse(null);
        if (last == null) {
            JsonObject o = new JsonObject();
            o.addProperty("crash", "exit " + p.exitValue() + " without a result");
            return o;
        }
        return new Gson().fromJson(last, JsonObject.class);
    }

    /** The classpath this runs with: exec:java's class loader, or the JVM's own. */
    private static String classpath() {
        if (HostileCorpusRun.class.getClassLoader() instanceof URLClassLoader loader) {
            List<String> paths = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                try {
                    paths.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(java.io.File.pathSeparator, paths);
        }
        return System.getProperty("java.class.path");
    }

    /** In the fresh JVM: one import, timed, with the heap's peak; the result as one JSON line. */
    private static void child(Path file, Path ledger) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        JsonObject o = new JsonObject();
        try (OpenLedger open = OpenLedger.open(ledger, CLOCK)) {
            HeapPeak peak = new HeapPeak();
            long start = System.nanoTime();
            ImportAttempt attempt;
            try {
                attempt = ImportAttempt.run(file, open.service());
            } catch (OutOfMemoryError e) { // what the program says then, in the command line and the wizard
                attempt = null;
                o.addProperty("key", OUT_OF_MEMORY);
                o.addProperty("message", I18n.text(OUT_OF_MEMORY));
            } catch (Throwable t) { // any other crash is what this is here to find
                o.addProperty("crash", t.toString());
                out.println(o);
                return;
            }
            o.addProperty("millis", (System.nanoTime() - start) / 1_000_000);
            o.addProperty("peak", peak.finish());
            o.addProperty("live", peak.live.get());
            if (attempt == null) {
                // out of memory: said above
            } else if (attempt.refused()) {
                o.addProperty("message", attempt.message());
                o.addProperty("key", attempt.refusal().key());
            } else {
                o.addProperty("message", attempt.message());
                o.addProperty("tasks", attempt.plan().count(ImportPlan.Kind.NEW));
                o.addProperty("errors", attempt.plan().errors().size());
                attempt.applied().ifPresent(a -> o.addProperty("adjustment", a.id()));
            }
        }
        out.println(o);
    }

    /** The most heap in use while it runs: before each collection, and at the end. */
    private static final class HeapPeak {
        private final AtomicLong peak = new AtomicLong();
        /** The most in use after a collection. */
        final AtomicLong live = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

        HeapPeak() {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                    if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                        Map<String, MemoryUsage> before = info.getMemoryUsageBeforeGc();
                        note(before.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum());
                        live.accumulateAndGet(info.getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum(),
                                Math::max);
                    }
                }, null, null);
            }
            note(heapNow());
        }

        private void note(long used) {
            peak.accumulateAndGet(used, Math::max);
        }

        private static long heapNow() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        /** The peak so far; the collections' notifications arrive a moment after them. */
        long finish() {
            note(heapNow());
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak.get();
        }
    }
}
