package org.taizhang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.store.OpenLedger;

/** The summary's tables written as a workbook and read back with POI: every sheet, numbers as numbers. */
class SummaryWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void theSampleSummaryAsAWorkbook() throws IOException {
        Summary s;
        try (OpenLedger ledger = OpenLedger.createSample(dir.resolve("s.taizhang"),
                SettableClock.at("2024-01-10T02:00:00Z"))) {
            s = SummaryBuilder.build(ledger.service(), SummaryBuilder.Request.quarterTo(LocalDate.of(2023, 12, 31)),
                    ZoneId.of("Asia/Shanghai"), LocalDate.of(2024, 1, 10));
        }
        Path file = dir.resolve("汇总.xlsx");
        SummaryWorkbook.write(s, ExportTarget.of(file, false));

        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("总体情况", "各领域", "各牵头单位", "逾期任务", "红灯任务", "即将到期", "未报送单位", "动态调整",
                    "审议调整", "量化指标"), names);

            Sheet overall = wb.getSheet("总体情况");
            assertEquals("北疆市2023年全面深化改革任务推进情况", overall.getRow(0).getCell(0).getStringCellValue());
            assertEquals("截至2023年12月31日　统计期间：2023年10月1日至2023年12月31日",
                    overall.getRow(1).getCell(0).getStringCellValue());
            assertEquals(83, number(overall, "任务总数"));
            assertEquals(79, number(overall, "在办任务"));
            assertEquals(37, number(overall, "已完成"));
            assertEquals("46.8%", row(overall, "已完成").getCell(2).getStringCellValue());

            Sheet domains = wb.getSheet("各领域");
            assertEquals("北疆市2023年全面深化改革任务推进情况：各领域推进情况", domains.getRow(0).getCell(0).getStringCellValue());
            assertEquals(s.byDomain().size(), domains.getLastRowNum() - 2, "a row per 领域 under title, line and header");
            for (Summary.Group g : s.byDomain()) {
                Row r = row(domains, g.name());
                assertEquals(CellType.NUMERIC, r.getCell(1).getCellType(), "counts are numbers Excel can sum");
                assertEquals(g.active(), (int) r.getCell(1).getNumericCellValue(), g.name());
                assertEquals(g.done(), (int) r.getCell(2).getNumericCellValue(), g.name());
            }
            assertTrue(s.dueSoon().isEmpty(), "nothing falls due after the year's end");
            assertEquals("（无）", wb.getSheet("即将到期").getRow(3).getCell(0).getStringCellValue());
            assertEquals(s.overdue().size(), wb.getSheet("逾期任务").getLastRowNum() - 2, "a row per overdue task");
            assertTrue(wb.getSheet("各牵头单位").getPrintSetup().getLandscape());
            assertTrue(wb.getSheet("各牵头单位").getFooter().getLeft().endsWith("校验码 " + s.code().text()));
            assertTrue(s.code().text().startsWith(s.code().count() + "-"), s.code().text());
        }
    }

    private static Row row(Sheet sheet, String first) {
        for (Row r : sheet) {
            for (int c = 0; c < 2 && r.getCell(c) != null; c++) {
                if (r.getCell(c).getCellType() == CellType.STRING && first.equals(r.getCell(c).getStringCellValue())) {
                    return r;
                }
            }
        }
        throw new AssertionError(first + " not in " + sheet.getSheetName());
    }

    private static int number(Sheet sheet, String item) {
        return (int) row(sheet, item).getCell(1).getNumericCellValue();
    }
}
