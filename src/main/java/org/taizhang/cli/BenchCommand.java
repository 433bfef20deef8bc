package org.taizhang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.taizhang.core.LedgerException;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.LedgerWatch;
import org.taizhang.store.OpenLedger;
import org.taizhang.store.PgLedgerStore;
import org.taizhang.store.ScratchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The project's benchmark: builds ledgers of several sizes in a scratch folder and times what a
 * clerk waits for. Prints a Markdown table for docs/PERFORMANCE.md. Timings are wall-clock,
 * best of a few runs, on whatever machine runs it.
 */
@Command(name = "bench", description = "性能测试（开发用）/ measure the ledger at several sizes (for developers)")
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--sizes", split = ",", description = "任务数 / ledger sizes (default 1000,10000,100000; "
            + "with --import also 200000)")
    int[] sizes;

    @Option(names = "--ledger", description = "测台账（不带其他测项时默认）/ measure the ledger (the default when no other "
            + "measure is named); with --import, --export, --report: all of them in one run")
    boolean ledger;

    @Option(names = "--plot", paramLabel = "PNG", description = "把本次的数字画成曲线 / draw this run's figures as "
            + "curves (ms against tasks, log scales) into this PNG")
    Path plot;

    /** The figures of this run, for --plot. */
    private final BenchCurves curves = new BenchCurves();

    @Option(names = "--dir", description = "临时目录 / scratch folder (default: a new temp folder)")
    Path dir;

    @Option(names = "--import", description = "测导入 / measure importing workbooks of these sizes")
    boolean importing;

    @Option(names = "--export", description = "测导出 / measure exporting ledgers of these sizes")
    boolean exporting;

    @Option(names = "--report", description = "测报表 / measure the status report (count, lay out, PDF)")
    boolean reporting;

    @Option(names = "--server", paramLabel = "ADDRESS", description = "同时测服务器台账 / also measure ledgers on this "
            + "PostgreSQL database, beside files: postgresql://用户@服务器:端口/数据库 (the benchmark makes and drops its "
            + "own ledgers there, bench_N and bench_import_N)")
    String server;

    @Option(names = "--import-rows", description = "与 --server 一起：导入的行数 / with --server: rows of the return "
            + "imported into a file and a server ledger (default 10000)")
    int importRows = 10_000;

    private final CliContext ctx;

    BenchCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    /** The sizes asked for, or the default: the curve at 1,000, 10,000 and 100,000 (and 200,000 rows for import). */
    private int[] sizes(boolean forImport) {
        if (sizes != null) {
            return sizes;
        }
        return forImport ? new int[] {1000, 10000, 100000, 200000} : new int[] {1000, 10000, 100000};
    }

    /** How the benchmark's folder in the temporary files is named, when no {@code --dir} is given. */
    static final String SCRATCH = "taizhang-bench";

    @Override
    public Integer call() throws Exception {
        if (dir != null) {
            return run(Files.createDirectories(dir));
        }
        try (ScratchFolder scratch = ScratchFolder.make(SCRATCH)) { // nothing of it is kept
            return run(scratch.path());
        }
    }

    private int run(Path scratch) throws Exception {
        String started = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toString();
        String loadBefore = load();
        if (ledger || !(importing || exporting || reporting || server != null)) {
            ledger(scratch);
        }
        if (importing) {
            importing(scratch);
        }
        if (exporting) {
            exporting(scratch);
        }
        if (reporting) {
            reporting(scratch);
        }
        if (server != null) {
            fileAndServer(scratch);
        }
        if (plot != null && !curves.isEmpty()) {
            String caption = String.format("taizhang bench, %s, %d cores, JDK %s; heap limit %,d MB; load average %s "
                    + "at the start, %s at the end", started, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / 1_000_000, loadBefore, load());
            CurvePlot.write(plot, curves, caption);
            ctx.out().println("plot: " + plot);
        }
        return 0;
    }

    /** The system's load average over the last minute, or "?" where the JVM does not know it. */
    private static String load() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "?" : String.format("%.2f", l);
    }

    private void ledger(Path scratch) throws Exception {
        ctx.out().println("| tasks | add all (1 adjustment) | open | list current | one progress edit | as-of rebuild "
                + "| diff | verify | backup | file |");
        ctx.out().println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes(false)) {
            Path file = scratch.resolve("bench-" + n + ".taizhang");
            Files.deleteIfExists(file);
            long add;
            try (OpenLedger l = OpenLedger.create(file, "性能测试台账", 2023, ctx.clock())) {
                List<Task> drafts = drafts(n);
                add = time(() -> l.service().commit(AdjustmentType.IMPORT, Note.by("bench"), drafts));
            }
            long open = best(3, () -> {
                OpenLedger.open(file, ctx.clock()).close();
                return null;
            });
            try (OpenLedger l = OpenLedger.open(file, ctx.clock())) {
                LedgerService s = l.service();
                long list = best(3, s::tasks);
                long[] edits = new long[20];
                for (int i = 0; i < edits.length; i++) {
                    Task t = s.task(1 + (long) i * (n / edits.length)).orElseThrow();
                    edits[i] = time(() -> s.edit(t.toBuilder().progress("进展 " + System.nanoTime())
                            .status(Status.IN_PROGRESS).build(), Note.by("bench")));
                }
                Arrays.sort(edits);
                java.time.Instant mid = s.log().get(0).time();
                long asOf = best(3, () -> s.tasksAsOf(mid));
                long diff = best(3, () -> s.diff(mid, ctx.clock().instant()));
                long verify = best(3, s::verify);
                long backup = time(() -> { // once: a second backup of the same state is skipped
                    s.backup("bench");
                    return null;
                });
                ctx.out().printf("| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %.1f MB |%n", n, ms(add), ms(open),
                        ms(list), ms(edits[edits.length / 2]), ms(asOf), ms(diff), ms(verify), ms(backup),
                        Files.size(file) / 1e6);
                String chart = "Ledger file";
                curves.add(chart, "add all (1 adjustment)", n, add);
                curves.add(chart, "open for writing (chain check)", n, open);
                curves.add(chart, "list current", n, list);
                curves.add(chart, "one progress edit", n, edits[edits.length / 2]);
                curves.add(chart, "as-of rebuild", n, asOf);
                curves.add(chart, "verify", n, verify);
                curves.add(chart, "backup", n, backup);
                for (var b : l.file().backups().list()) {
                    Files.delete(b.file());
                }
                Files.deleteIfExists(l.file().backups().folder());
            }
            Files.deleteIfExists(file);
        }
    }

    /** What a clerk waits for on a ledger, measured on a file and on a server ledger of the same tasks. */
    record Basic(long add, long open, long list, long edit, long seen) {
    }

    /**
     * The same rows for a file and for a server ledger, side by side: building the ledger, opening
     * it for writing (with the check of the whole chain), listing its tasks, one progress edit;
     * then importing a return into each.
     */
    private int fileAndServer(Path scratch) throws Exception {
        LedgerAddress.Server where = serverAt("bench");
        ctx.out().printf("file: %s; server: %s:%d/%s%n", scratch, where.host(), where.port(), where.database());
        ctx.out().println("| tasks | add all: file | server | open: file | server | list current: file | server "
                + "| one progress edit: file | server | edit seen by another program's watch: server |");
        ctx.out().println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes(false)) {
            Path folder = Files.createDirectories(scratch.resolve("bench-" + n));
            Path file = folder.resolve("bench-" + n + ".taizhang");
            Basic f;
            try {
                f = basic(new LedgerAddress.File(file), n);
            } finally {
                ScratchFolder.deleteTree(folder);
            }
            LedgerAddress.Server at = serverAt("bench_" + n);
            Basic s;
            try {
                s = basic(at, n);
            } finally {
                PgLedgerStore.drop(at.jdbcUrl(), at.login(null), at.ledger());
            }
            ctx.out().printf("| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", n, ms(f.add()), ms(s.add()),
                    ms(f.open()), ms(s.open()), ms(f.list()), ms(s.list()), ms(f.edit()), ms(s.edit()), ms(s.seen()));
            ctx.out().flush();
        }
        ctx.out().println();
        ctx.out().println("| rows imported | store | import: read, parse, plan, commit | read and parse | plan "
                + "| commit (incl. closing the ledger) |");
        ctx.out().println("|---:|---|---:|---:|---:|---:|");
        ImportBench bench = new ImportBench(ctx.clock());
        bench.warmUp(scratch, importRows);
        Path file = scratch.resolve("import-" + importRows + ".taizhang");
        ImportBench.Result f;
        try {
            f = bench.run(scratch, importRows, new LedgerAddress.File(file));
        } finally {
            ScratchFolder.deleteTree(file.resolveSibling(file.getFileName() + ".lock"));
            Files.deleteIfExists(file);
        }
        LedgerAddress.Server at = serverAt("bench_import_" + importRows);
        ImportBench.Result s;
        try {
            s = bench.run(scratch, importRows, at);
        } finally {
            PgLedgerStore.drop(at.jdbcUrl(), at.login(null), at.ledger());
        }
        for (var r : List.of(java.util.Map.entry("file", f), java.util.Map.entry("server", s))) {
            ImportBench.Result x = r.getValue();
            ctx.out().printf("| %,d | %s | %s | %s | %s | %s |%n", importRows, r.getKey(), ms(x.importNanos()),
                    ms(x.readNanos()), ms(x.planNanos()), ms(x.commitNanos()));
        }
        ctx.out().flush();
        return 0;
    }

    /** The ledger {@code name} in the database the option names (an address without {@code ledger=}). */
    private LedgerAddress.Server serverAt(String name) {
        String base = server.replaceFirst("[?&]ledger=[^&]*", "");
        LedgerAddress a = LedgerAddress.parse(base + (base.contains("?") ? "&" : "?") + "ledger=" + name);
        if (!(a instanceof LedgerAddress.Server s)) {
            throw new LedgerException("server.badAddress", server, "postgresql://");
        }
        return s;
    }

    /** Builds a ledger of {@code n} tasks at {@code address} and times opening, listing and one edit (median of 20). */
    private Basic basic(LedgerAddress address, int n) {
        long add;
        try (OpenLedger l = OpenLedger.create(address, "性能测试台账", 2023, ctx.clock())) {
            List<Task> drafts = drafts(n);
            add = time(() -> l.service().commit(AdjustmentType.IMPORT, Note.by("bench"), drafts));
        }
        long open = best(3, () -> {
            OpenLedger.open(address, ctx.clock()).close();
            return null;
        });
        BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        try (OpenLedger l = OpenLedger.open(address, ctx.clock());
                OpenLedger other = OpenLedger.openForReading(address, ctx.clock()); // another PC, looking on
                LedgerWatch watch = other.watch(a -> arrivals.add(System.nanoTime()))) {
            LedgerService s = l.service();
            long list = best(3, s::tasks);
            long[] edits = new long[20];
            long[] seen = new long[edits.length];
            for (int i = 0; i < edits.length; i++) {
                Task t = s.task(1 + (long) i * Math.max(1, n / edits.length) % n).orElseThrow();
                edits[i] = time(() -> s.edit(t.toBuilder().progress("进展 " + System.nanoTime())
                        .status(Status.IN_PROGRESS).build(), Note.by("bench")));
                seen[i] = watch == LedgerWatch.NONE ? 0 : seenAfter(arrivals, System.nanoTime());
            }
            Arrays.sort(edits);
            Arrays.sort(seen);
            return new Basic(add, open, list, edits[edits.length / 2], seen[seen.length / 2]);
        }
    }

    /**
     * How long after {@code saved} (the edit returned) the watch handed the edit on; a watch that
     * has not connected yet when the first edits are made hands them on when it has.
     */
    private static long seenAfter(BlockingQueue<Long> arrivals, long saved) {
        try {
            Long at = arrivals.poll(60, TimeUnit.SECONDS);
            if (at == null) {
                throw new IllegalStateException("the watch did not hand on the edit within a minute");
            }
            return Math.max(0, at - saved);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int exporting(Path scratch) throws Exception {
        ctx.out().printf("heap limit %,d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
        ctx.out().println("| tasks | floor: plain SXSSF, same cells | ledger workbook | × floor "
                + "| whole process (" + ExportBench.HEAP + "): floor | taizhang export | × floor |");
        ctx.out().println("|---:|---:|---:|---:|---:|---:|---:|");
        ExportBench bench = new ExportBench();
        bench.run(scratch, 10_000); // warm up
        for (int n : sizes(false)) {
            ExportBench.Result r = bench.run(scratch, n);
            ExportBench.Whole w = bench.runWhole(scratch, n, ctx.clock());
            String chart = "Export the ledger workbook";
            curves.add(chart, "floor: plain SXSSF, in process", n, r.floorNanos());
            curves.add(chart, "ledger workbook, in process", n, r.exportNanos());
            curves.add(chart, "floor: plain SXSSF, whole process", n, w.floorNanos());
            curves.add(chart, "taizhang export, whole process", n, w.exportNanos());
            ctx.out().printf("| %,d | %s | %s | %.2f | %s | %s | %.2f |%n", n, ms(r.floorNanos()), ms(r.exportNanos()),
                    (double) r.exportNanos() / r.floorNanos(), ms(w.floorNanos()), ms(w.exportNanos()),
                    (double) w.exportNanos() / w.floorNanos());
            ctx.out().flush();
        }
        return 0;
    }

    private int reporting(Path scratch) throws Exception {
        ctx.out().printf("heap limit %,d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
        ctx.out().println("| tasks | count (now) | count (as of yesterday, rebuilt) | lay out (one pass) "
                + "| write PDF (count, lay out, draw) | pages | PDF |");
        ctx.out().println("|---:|---:|---:|---:|---:|---:|---:|");
        ReportBench bench = new ReportBench();
        for (int n : sizes(false)) {
            ReportBench.Result r = bench.run(scratch, n);
            String chart = "Status report (PDF)";
            curves.add(chart, "count (now)", n, r.countNanos());
            curves.add(chart, "count (as of yesterday)", n, r.pastNanos());
            curves.add(chart, "lay out", n, r.layoutNanos());
            curves.add(chart, "write PDF", n, r.pdfNanos());
            ctx.out().printf("| %,d | %s | %s | %s | %s | %,d | %,d KB |%n", n, ms(r.countNanos()), ms(r.pastNanos()),
                    ms(r.layoutNanos()), ms(r.pdfNanos()), r.pages(), r.pdfBytes() / 1024);
            ctx.out().flush();
        }
        return 0;
    }

    private int importing(Path scratch) throws Exception {
        ctx.out().printf("heap limit %,d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
        ctx.out().println("| rows | read floor: unzip + StAX | write floor: the same rows, plain JDBC | floors' sum "
                + "| import: read, parse, plan, commit | rows/s | × read floor | × floors' sum | peak heap "
                + "| read and parse | plan | commit (incl. closing the ledger) |");
        ctx.out().println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        ImportBench bench = new ImportBench(ctx.clock());
        bench.warmUp(scratch);
        for (int n : sizes(true)) {
            ImportBench.Result r = bench.run(scratch, n);
            long floors = r.floorNanos() + r.writeFloorNanos();
            String chart = "Import a return";
            curves.add(chart, "read floor", n, r.floorNanos());
            curves.add(chart, "write floor", n, r.writeFloorNanos());
            curves.add(chart, "floors' sum", n, floors);
            curves.add(chart, "import", n, r.importNanos());
            ctx.out().printf("| %,d | %s | %s | %s | %s | %,d | %.2f | %.2f | %,d MB | %s | %s | %s |%n", n,
                    ms(r.floorNanos()), ms(r.writeFloorNanos()), ms(floors), ms(r.importNanos()),
                    (long) (n / (r.importNanos() / 1e9)), (double) r.importNanos() / r.floorNanos(),
                    (double) r.importNanos() / floors, r.peakHeap() / 1_000_000, ms(r.readNanos()),
                    ms(r.planNanos()), ms(r.commitNanos()));
            ctx.out().flush();
        }
        return 0;
    }

    private static List<Task> drafts(int n) {
        List<Task> out = new ArrayList<>(n);
        String[] domains = {"经济体制改革", "生态文明体制改革", "社会体制改革", "放管服改革", "农业农村改革"};
        String[] deadlines = {"6月底前", "年底前", "三季度末", "2023年12月31日", "长期坚持"};
        for (int i = 0; i < n; i++) {
            out.add(Task.builder().number((i + 1) + ".").domain(domains[i % domains.length])
                    .title("第" + (i + 1) + "项改革任务：深化重点领域和关键环节改革，推进制度创新")
                    .measures("1.制定实施方案；2.开展试点；3.总结推广经验做法。")
                    .leadUnits(UnitList.parse("*市单位" + (i % 60) + "、市财政局")).partnerUnits(UnitList.parse("各旗县区"))
                    .deadline(deadlines[i % deadlines.length]).status(Status.NOT_STARTED).target("100").valueUnit("%").build());
        }
        return out;
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    private static long best(int runs, Supplier<?> work) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, time(work));
        }
        return best;
    }

    private static String ms(long nanos) {
        return nanos >= 10_000_000_000L ? String.format("%.1f s", nanos / 1e9) : String.format("%,d ms", nanos / 1_000_000);
    }
}
