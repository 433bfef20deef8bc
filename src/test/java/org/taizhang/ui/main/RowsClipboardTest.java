package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What Excel and WPS put on the clipboard, read back as cells. */
class RowsClipboardTest {

    @Test
    void aColumnCopiedFromExcelIsOneCellPerLine() {
        assertEquals(List.of(List.of("已完成"), List.of("推进中"), List.of("滞后")), RowsClipboard.cells("已完成\r\n推进中\r\n滞后\r\n"));
        assertEquals(List.of(List.of("一"), List.of("二")), RowsClipboard.cells("一\n二"), "LibreOffice: \\n, no last break");
    }

    @Test
    void aQuotedCellKeepsItsLineBreaksAndQuotes() {
        String copied = "\"一是完成立法；\r\n二是上线\"\t甲\r\n\"他说\"\"好\"\"\"\t乙\r\n";
        assertEquals(List.of(List.of("一是完成立法；\r\n二是上线", "甲"), List.of("他说\"好\"", "乙")),
                RowsClipboard.cells(copied));
    }

    @Test
    void aCellThatOnlyStartsWithAQuoteStaysAsWritten() {
        assertEquals(List.of(List.of("\"十四五\"规划编制"), List.of("完成")), RowsClipboard.cells("\"十四五\"规划编制\r\n完成\r\n"));
    }

    @Test
    void emptyCellsCount() {
        assertEquals(List.of(List.of("a", "", "c"), List.of(""), List.of("d", "")), RowsClipboard.cells("a\t\tc\r\n\r\nd\t\r\n"));
        assertEquals(List.of(), RowsClipboard.cells(""));
    }

    @Test
    void whatTheTableCopiesReadsBackCellForCell() {
        List<RowsClipboard.Column> columns = List.of(new RowsClipboard.Column("改革任务", r -> "甲\n乙"),
                new RowsClipboard.Column("进展", r -> "说\"好\""));
        RowsClipboard.Copied copied = RowsClipboard.of(columns, List.of(TaskRow.heading("经济体制改革")));
        assertEquals(List.of(List.of("改革任务", "进展"), List.of("甲\n乙", "说\"好\"")), RowsClipboard.cells(copied.tsv()));
    }
}
