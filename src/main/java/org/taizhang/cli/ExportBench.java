package org.taizhang.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.taizhang.core.ledger.LedgerInfo;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.exchange.Progress;
import org.taizhang.core.history.CheckCode;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.exchange.export.LedgerWorkbook;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.store.OpenLedger;
import java.time.Clock;

/**
 * The export's benchmark: the ledger workbook of N tasks (styles, 领域 rows, row heights, drop-down,
 * print setup) against the floor, a plain SXSSF write of the same cells with no styles at all.
 */
final class ExportBench {
    record Result(int tasks, long floorNanos, long exportNanos) {
    }

    /** Whole processes, each a fresh JVM with {@link #HEAP}: the floor and {@code taizhang export}. */
    record Whole(int tasks, long floorNanos, long exportNanos) {
    }

    /** The heap of the whole-process runs, as issue 19 measures the export. */
    static final String HEAP = "-Xmx256m";

    /**
     * The export as a clerk runs it, against the floor run the same way: a ledger file of the
     * benchmark's N tasks (made here, in one adjustment, as an import would), then, best of three,
     * alternately, a child JVM writing the same cells with nothing else ({@link ExportFloor}) and a
     * child JVM running {@code taizhang export LEDGER --out OUT.xlsx}, each timed from its start to
     * its end: the JVM's start, loading the classes, opening the ledger, reading the tasks, writing.
     */
    Whole runWhole(Path dir, int n, Clock clock) throws Exception {
        Path ledger = dir.resolve("whole-" + n + ".taizhang");
        Files.deleteIfExists(ledger);
        try (OpenLedger l = OpenLedger.create(ledger, "性能测试台账", 2023, clock)) {
            List<Task> drafts = new ArrayList<>(n);
            for (Task t : taskStream(n)) {
                drafts.add(t.toBuilder().id(0).revision(0).build());
            }
            l.service().commit(AdjustmentType.IMPORT, Note.by("bench"), drafts);
        }
        Path plain = dir.resolve("whole-plain-" + n + ".xlsx");
        Path styled = dir.resolve("whole-export-" + n + ".xlsx");
        Path log = dir.resolve("whole-" + n + ".log");
        long floor = Long.MAX_VALUE;
        long export = Long.MAX_VALUE;
        try {
            for (int i = 0; i < 3; i++) {
                floor = Math.min(floor, child(log, List.of("-cp", classPath(), ExportFloor.class.getName(),
                        Integer.toString(n), plain.toString())));
                export = Math.min(export, child(log, program("export", ledger.toString(), "--out", styled.toString(),
                        "--force")));
            }
        } finally {
            Files.deleteIfExists(plain);
            Files.deleteIfExists(styled);
            Files.deleteIfExists(log);
            Files.deleteIfExists(ledger);
            Files.deleteIfExists(ledger.resolveSibling(ledger.getFileName() + "-wal"));
            Files.deleteIfExists(ledger.resolveSibling(ledger.getFileName() + "-shm"));
        }
        return new Whole(n, floor, export);
    }

    /** The program as a clerk starts it: {@code -jar taizhang.jar} when run from the jar, its main class otherwise. */
    private static List<String> program(String... args) {
        String cp = classPath();
        List<String> command = new ArrayList<>();
        if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", cp));
        } else {
            command.addAll(List.of("-cp", cp, "org.taizhang.app.Launcher"));
        }
        command.addAll(List.of(args));
        return command;
    }

    private static String classPath() {
        return System.getProperty("java.class.path");
    }

    /** Runs {@code java HEAP args} to its end; gives the time from starting it to its exit. */
    private static long child(Path log, List<String> args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(HEAP);
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        int code = p.waitFor();
        long took = System.nanoTime() - start;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " ended with " + code + ": "
                    + Files.readString(log));
        }
        return took;
    }

    Result run(Path dir, int n) throws Exception {
        List<Task> tasks = tasks(n);
        LedgerInfo info = new LedgerInfo("u", "性能测试台账", 2023, Instant.EPOCH);
        Path plain = dir.resolve("plain-" + n + ".xlsx");
        Path styled = dir.resolve("export-" + n + ".xlsx");
        long floor = Long.MAX_VALUE;
        long export = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            Files.deleteIfExists(plain);
            long start = System.nanoTime();
            plain(plain, tasks);
            floor = Math.min(floor, System.nanoTime() - start);
            Files.deleteIfExists(styled);
            start = System.nanoTime();
            LedgerWorkbook.write(ExportTarget.of(styled, true), info, CheckCode.of(0, ""), tasks, null, LocalDate.of(2024, 1, 10), Progress.NONE);
            export = Math.min(export, System.nanoTime() - start);
        }
        Files.deleteIfExists(plain);
        Files.deleteIfExists(styled);
        return new Result(n, floor, export);
    }

    /** The floor: the same cells, as plain strings and numbers, no styles, merges or setup. */
    static void plain(Path file, Iterable<Task> tasks) throws Exception {
        TaskField[] fields = TaskField.values();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("plain");
            int r = 0;
            for (Task t : tasks) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(t.id());
                row.createCell(1).setCellValue(t.revision());
                int c = 2;
                for (TaskField f : fields) {
                    if (f != TaskField.PARENT && f != TaskField.MERGED_INTO && f != TaskField.YEAR
                            && f != TaskField.DOMAIN) {
                        row.createCell(c++).setCellValue(f.read(t));
                    }
                }
                if (t.deadline().date() != null) {
                    row.createCell(c).setCellValue(t.deadline().date());
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    static List<Task> tasks(int n) {
        List<Task> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(task(i, n));
        }
        return out;
    }

    /** The same tasks made one at a time, none held: what the whole-process floor writes. */
    static Iterable<Task> taskStream(int n) {
        return () -> java.util.stream.IntStream.range(0, n).mapToObj(i -> task(i, n)).iterator();
    }

    private static final String[] DOMAINS = {"经济体制改革", "生态文明体制改革", "社会体制改革", "放管服改革", "农业农村改革"};
    private static final String[] DEADLINES = {"6月底前", "年底前", "三季度末", "2023年12月31日", "长期坚持"};

    /** Task {@code i + 1} of {@code n}: its number within its 领域, which holds a fifth of them. */
    private static Task task(int i, int n) {
        int perDomain = Math.max(1, (n + 4) / 5);
        return Task.builder().id(i + 1).revision(1).number((i % perDomain + 1) + ".").domain(DOMAINS[i / perDomain])
                .year(2023).title("第" + (i + 1) + "项：深化重点领域和关键环节改革，推进制度创新")
                .measures("1.制定实施方案；2.开展试点；3.总结推广经验做法。")
                .leadUnits(UnitList.parse("*市单位" + (i % 60) + "、市财政局")).partnerUnits(UnitList.parse("各旗县市区"))
                .deadline(DEADLINES[i % DEADLINES.length]).status(Status.values()[i % 5])
                .progress("1.已完成实施方案起草并征求意见" + i + "条。2.召开专题推进会" + (i % 7) + "次，梳理问题清单。")
                .target("100").actual(Integer.toString(i % 101)).valueUnit("%").build();
    }
}
