package org.taizhang.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.taizhang.core.ledger.Note;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.OpenLedger;
import org.taizhang.store.WriteFloor;

/**
 * The import's benchmark: writes a department-style workbook of N rows, times a bare pass over
 * its sheet (unzip and StAX, no work per cell: the floor), then the whole import into a new
 * ledger (read, parse, plan, commit), with the heap's peak.
 */
public final class ImportBench {
    private static final String[] UNITS = {"市发展改革委", "市财政局", "市医保局", "市政务服务局", "市农牧局", "市生态环境局"};
    private static final String[] DEADLINES = {"6月底前", "年底前", "三季度末", "2023年12月31日", "持续推进"};
    private static final String[] STATUSES = {"推进中", "已完成", "滞后", "按时推进", "未启动"};

    private final Clock clock;

    ImportBench(Clock clock) {
        this.clock = clock;
    }

    /**
     * The import's time, and its three phases: read and parse, plan, commit; the read floor (a bare
     * pass over the sheet) and, for a ledger file, the write floor (its rows written again by a
     * plain JDBC loop, store.WriteFloor; 0 when not measured).
     */
    record Result(int rows, long floorNanos, long importNanos, long readNanos, long planNanos, long commitNanos,
            long peakHeap, long tasks, long writeFloorNanos) {
        Result withWriteFloor(long nanos) {
            return new Result(rows, floorNanos, importNanos, readNanos, planNanos, commitNanos, peakHeap, tasks, nanos);
        }
    }

    /** A few imports first, so that the measured ones run compiled code, as the program does after its first. */
    void warmUp(Path dir) throws Exception {
        warmUp(dir, 10_000);
    }

    /** Three imports of {@code rows} rows into a ledger file, measured by nobody. */
    void warmUp(Path dir, int rows) throws Exception {
        for (int i = 0; i < 3; i++) {
            run(dir, rows);
        }
    }

    /** Imports a return of {@code rows} rows into a new ledger file in {@code dir}. */
    Result run(Path dir, int rows) throws Exception {
        Path ledger = dir.resolve("import-" + rows + ".taizhang");
        Files.deleteIfExists(ledger);
        Result r = run(dir, rows, new LedgerAddress.File(ledger));
        long writeFloor = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            writeFloor = Math.min(writeFloor, WriteFloor.nanos(ledger, dir.resolve("floor-" + rows + ".taizhang")));
        }
        Files.deleteIfExists(ledger);
        return r.withWriteFloor(writeFloor);
    }

    /**
     * Imports a return of {@code rows} rows into a new ledger at {@code ledger}, a file or a ledger
     * on a server; the ledger is made before the clock starts and is left for the caller to remove.
     */
    Result run(Path dir, int rows, LedgerAddress ledger) throws Exception {
        Path workbook = dir.resolve("import-" + rows + ".xlsx");
        write(workbook, rows);
        long floor = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            barePass(workbook);
            floor = Math.min(floor, System.nanoTime() - start);
        }
        long tasks;
        long start;
        long read;
        long planned;
        HeapSampler sampler;
        try (OpenLedger l = OpenLedger.create(ledger, "导入测试台账", 2023, clock)) {
            System.gc();
            sampler = new HeapSampler();
            start = System.nanoTime(); // making the empty ledger is not part of importing into it
            // The import's own steps, as the window and `taizhang import` take them.
            WorkbookImport imports = new WorkbookImport(l.service());
            WorkbookData data = imports.readWorkbook(workbook, WorkbookImport.Choices.NONE, Progress.NONE);
            read = System.nanoTime();
            WorkbookImport.Reading reading = imports.plan(data);
            planned = System.nanoTime();
            imports.apply(reading, Importer.defaultExclusions(reading.plan()), Note.by("bench"));
            tasks = reading.plan().count(ImportPlan.Kind.NEW);
        }
        long end = System.nanoTime();
        long took = end - start;
        long peak = sampler.finish();
        Files.deleteIfExists(workbook);
        return new Result(rows, floor, took, read - start, planned - read, end - planned, peak, tasks, 0);
    }

    /**
     * A 填报 workbook as a department returns it: title, unit line, header, N rows of real-looking
     * text, every row different. The tests' large workbooks are this one too.
     */
    public static void write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("2023年第四季度");
            sheet.createRow(0).createCell(0).setCellValue("北疆市2023年全面深化改革任务推进情况表");
            sheet.createRow(1).createCell(0).setCellValue("填报单位：市发展改革委　　填报日期：2023年12月20日");
            String[] header = {"序号", "改革任务", "牵头单位", "配合单位", "完成时限", "进展情况", "状态", "目标值", "完成值",
                    "存在问题", "下一步计划"};
            Row h = sheet.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row r = sheet.createRow(i + 3);
                r.createCell(0).setCellValue((i + 1) + ".");
                r.createCell(1).setCellValue("第" + (i + 1) + "项：深化重点领域和关键环节改革，推进" + UNITS[i % UNITS.length]
                        + "牵头的制度创新");
                r.createCell(2).setCellValue("*" + UNITS[i % UNITS.length] + "、市财政局");
                r.createCell(3).setCellValue("各旗县市区、市司法局");
                r.createCell(4).setCellValue(DEADLINES[i % DEADLINES.length]);
                r.createCell(5).setCellValue("1.已完成实施方案起草并征求意见" + i + "条。2.召开专题推进会" + (i % 7)
                        + "次，梳理问题清单。3.试点地区已形成可复制经验做法。");
                r.createCell(6).setCellValue(STATUSES[i % STATUSES.length]);
                r.createCell(7).setCellValue(100);
                r.createCell(8).setCellValue(i % 101);
                r.createCell(9).setCellValue(i % 3 == 0 ? "部门间数据共享不够顺畅" : "");
                r.createCell(10).setCellValue("下一步加快推进试点扩面，年底前完成评估");
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** The floor: unzip the sheet and walk its XML events, doing nothing with them. */
    static long barePass(Path file) throws IOException, XMLStreamException {
        XMLInputFactory xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long events = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/") || e.getName().equals("xl/sharedStrings.xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        XMLStreamReader x = xml.createXMLStreamReader(in);
                        while (x.hasNext()) {
                            x.next();
                            events++;
                        }
                        x.close();
                    }
                }
            }
        }
        return events;
    }

    /** The most heap in use at once while it runs, sampled every few milliseconds. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        HeapSampler() {
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }
}
