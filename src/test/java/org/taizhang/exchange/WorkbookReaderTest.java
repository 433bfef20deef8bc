package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.LedgerException;
import org.taizhang.exchange.importing.Column;
import org.taizhang.exchange.importing.ImportRow;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.RowError;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.exchange.importing.WorkbookReader;

/** Reading departments' workbooks in the layouts they come in, as .xlsx and as .xls. */
class WorkbookReaderTest {
    @TempDir
    Path dir;

    static Stream<String> formats() {
        return Stream.of("xlsx", "xls");
    }

    private static TestWorkbook book(String format) {
        return format.equals("xlsx") ? TestWorkbook.xlsx() : TestWorkbook.xls();
    }

    private WorkbookData read(TestWorkbook wb, String format) {
        return WorkbookReader.read(wb.save(dir.resolve("return." + format)), ReadOptions.of(2023));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aTitledReturnWithAUnitLineAndMergedCells(String format) {
        TestWorkbook wb = book(format).sheet("台账")
                .row("北疆市2023年全面深化改革任务台账").merge("A1:G1")
                .row("填报单位：市医保局", null, null, null, "填报日期：2023年7月10日")
                .blankRow()
                .row(TestWorkbook.header())
                .row(TestWorkbook.formatted(1.1, "0.0"), "推进DRG/DIP支付方式改革扩面提质", "市医保局",
                        LocalDate.of(2023, 12, 31), "1.二级及以上医院全覆盖。", "按时推进", 95)
                .row(TestWorkbook.formatted(1.10, "0.00"), "落实药品集中带量采购", null, "持续推进", "已落地执行", "完成", null)
                .merge("C5:C6")
                .row("填表说明：1.进展情况请写明具体数据。");
        WorkbookData data = read(wb, format);
        assertEquals(4, data.layout().headerRow() + 1, "the header is Excel row 4");
        assertEquals("市医保局", data.layout().unit());
        assertEquals(Map.of(0, Column.NUMBER, 1, Column.TITLE, 2, Column.LEAD_UNITS, 3, Column.DEADLINE,
                4, Column.PROGRESS, 5, Column.STATUS, 6, Column.ACTUAL), data.layout().mapping());
        assertEquals(List.of(), data.errors());
        assertEquals(2, data.rows().size(), "the note under the table is not a row");
        ImportRow first = data.rows().get(0);
        assertEquals(5, first.row());
        assertEquals("1.1", first.get(Column.NUMBER));
        assertEquals("2023年12月31日", first.get(Column.DEADLINE), "a date cell is a date");
        assertEquals("推进中", first.get(Column.STATUS), "按时推进 means 推进中");
        assertEquals("95", first.get(Column.ACTUAL));
        ImportRow second = data.rows().get(1);
        assertEquals("1.10", second.get(Column.NUMBER), "1.10 stays 1.10 when its format shows it so");
        assertEquals("市医保局", second.get(Column.LEAD_UNITS), "a merged cell means same as above");
        assertEquals("已完成", second.get(Column.STATUS));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aBadCellCostsItsCellAndTheRowComesThrough(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row(TestWorkbook.header())
                .row("1.", "任务一", "市财政局", "尽快", "进展", "推进中", null)
                .row("2.", "任务二", "市财政局", "6月底前", "进展", "差不多了", null)
                .row("3.", "任务三", "市财政局", 45291, "进展", "已完成", null);
        WorkbookData data = read(wb, format);
        assertEquals(3, data.rows().size());
        assertEquals(List.of("", "6月底前", "2023年12月31日"), data.rows().stream().map(r -> r.get(Column.DEADLINE)).toList(),
                "an Excel serial is a date; an unreadable deadline is left out");
        assertEquals(List.of("推进中", "", "已完成"), data.rows().stream().map(r -> r.get(Column.STATUS)).toList());
        assertEquals(List.of("进展", "进展", "进展"), data.rows().stream().map(r -> r.get(Column.PROGRESS)).toList(),
                "the rows' other cells are read");
        assertEquals(2, data.errors().size());
        RowError deadline = data.errors().get(0);
        assertEquals("Sheet1", deadline.sheet());
        assertEquals(2, deadline.row());
        assertEquals("D", deadline.column());
        assertEquals("完成时限", deadline.header());
        assertEquals("尽快", deadline.value());
        assertTrue(deadline.message().contains("无法识别的完成时限"), deadline.message());
        RowError status = data.errors().get(1);
        assertEquals(3, status.row());
        assertEquals("F", status.column());
        assertTrue(status.message().contains("差不多了"));
        assertTrue(data.errors().stream().allMatch(e -> e.cost() == RowError.Cost.CELL));
    }

    @Test
    void filesThatAreNotWorkbooksAreNamedAndRefused() throws Exception {
        Path html = Files.writeString(dir.resolve("导出.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
        assertEquals("read.html", refused(html));
        Path csv = Files.writeString(dir.resolve("数据.xls"), "序号,改革任务\n1,任务\n");
        assertEquals("read.text", refused(csv));
        Path empty = Files.createFile(dir.resolve("空.xlsx"));
        assertEquals("read.empty", refused(empty));
        Path png = Files.write(dir.resolve("截图.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0});
        assertEquals("read.unknown", refused(png));
        LedgerException e = assertThrows(LedgerException.class, () -> WorkbookReader.read(html, ReadOptions.of(2023)));
        assertTrue(e.getMessage().contains("导出.xls"), e.getMessage());
    }

    private static String refused(Path file) {
        return assertThrows(LedgerException.class, () -> WorkbookReader.read(file, ReadOptions.of(2023))).key();
    }
}
