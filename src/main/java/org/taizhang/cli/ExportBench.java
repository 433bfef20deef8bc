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

/**
 * The export's benchmark: the ledger workbook of N tasks (styles, 领域 rows, row heights, drop-down,
 * print setup) against the floor, a plain SXSSF write of the same cells with no styles at all.
 */
final class ExportBench {
    record Result(int tasks, long floorNanos, long exportNanos) {
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
    private static void plain(Path file, List<Task> tasks) throws Exception {
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
        String[] domains = {"经济体制改革", "生态文明体制改革", "社会体制改革", "放管服改革", "农业农村改革"};
        String[] deadlines = {"6月底前", "年底前", "三季度末", "2023年12月31日", "长期坚持"};
        List<Task> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Task.builder().id(i + 1).revision(3).number((i % 1000 + 1) + ".").domain(domains[i * 5 / n])
                    .year(2023).title("第" + (i + 1) + "项：深化重点领域和关键环节改革，推进制度创新")
                    .measures("1.制定实施方案；2.开展试点；3.总结推广经验做法。")
                    .leadUnits(UnitList.parse("*市单位" + (i % 60) + "、市财政局")).partnerUnits(UnitList.parse("各旗县市区"))
                    .deadline(deadlines[i % deadlines.length]).status(Status.values()[i % 5])
                    .progress("1.已完成实施方案起草并征求意见" + i + "条。2.召开专题推进会" + (i % 7) + "次，梳理问题清单。")
                    .target("100").actual(Integer.toString(i % 101)).valueUnit("%").build());
        }
        return out;
    }
}
