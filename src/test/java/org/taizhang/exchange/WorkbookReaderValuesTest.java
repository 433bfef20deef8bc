package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taizhang.exchange.Corpus.assertErrors;
import static org.taizhang.exchange.Corpus.assertMapping;
import static org.taizhang.exchange.Corpus.assertRows;
import static org.taizhang.exchange.Corpus.book;
import static org.taizhang.exchange.Corpus.cellError;
import static org.taizhang.exchange.Corpus.error;
import static org.taizhang.exchange.Corpus.mapping;
import static org.taizhang.exchange.Corpus.values;
import static org.taizhang.exchange.RawXlsx.is;
import static org.taizhang.exchange.RawXlsx.row;
import static org.taizhang.exchange.RawXlsx.sheetXml;
import static org.taizhang.exchange.TestWorkbook.formatted;
import static org.taizhang.exchange.TestWorkbook.formula;
import static org.taizhang.exchange.TestWorkbook.rich;
import static org.taizhang.exchange.importing.Column.ACTUAL;
import static org.taizhang.exchange.importing.Column.DEADLINE;
import static org.taizhang.exchange.importing.Column.LEAD_UNITS;
import static org.taizhang.exchange.importing.Column.NUMBER;
import static org.taizhang.exchange.importing.Column.PARTNER_UNITS;
import static org.taizhang.exchange.importing.Column.PROGRESS;
import static org.taizhang.exchange.importing.Column.REMARKS;
import static org.taizhang.exchange.importing.Column.STATUS;
import static org.taizhang.exchange.importing.Column.TARGET;
import static org.taizhang.exchange.importing.Column.TITLE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.exchange.importing.Column;
import org.taizhang.exchange.importing.WorkbookData;

/**
 * The values a department's cells hold, as .xlsx and .xls where the format allows: dates in every
 * form, deadline phrases, statuses, unit lists, formulas and their errors, rich text, booleans;
 * and, in hand-made .xlsx, shared formulas, inline strings and cells far longer than Excel allows.
 */
class WorkbookReaderValuesTest {
    /** Ten million characters that do not compress a thousandfold (POI would rightly call that a zip bomb). */
    private static final String TEN_MB = longText(10 * 1024 * 1024);

    @TempDir
    Path dir;

    private static String longText(int length) {
        java.util.Random random = new java.util.Random(42);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = (char) ('\u4e00' + random.nextInt(3000));
        }
        return new String(text);
    }

    static Stream<String> formats() {
        return Corpus.formats();
    }

    /** Reads a workbook made by {@link #table}, checking its columns were mapped as its header says. */
    private WorkbookData read(TestWorkbook wb, String format) {
        WorkbookData data = Corpus.read(dir, wb, format);
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, DEADLINE, 3, PROGRESS, 4, STATUS, 5, ACTUAL, 6, REMARKS), data);
        return data;
    }

    private static TestWorkbook table(String format) {
        return book(format).sheet("Sheet1").row("序号", "改革任务", "完成时限", "进展情况", "状态", "完成值", "备注");
    }

    private static List<String> column(WorkbookData data, Column column) {
        return data.rows().stream().map(r -> r.get(column)).toList();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void datesAreReadAsDatesInEveryFormTheyComeIn(String format) {
        TestWorkbook wb = table(format)
                .row("1", "日期单元格", LocalDate.of(2023, 12, 31), LocalDate.of(2023, 6, 30))
                .row("2", "短日期格式", formatted(45107, "m/d/yy"), formatted(45107, "yyyy-mm-dd"))
                .row("3", "带时间", LocalDateTime.of(2023, 6, 30, 14, 30), null, null, null,
                        LocalDateTime.of(2023, 6, 30, 14, 30))
                .row("4", "常规格式的序列号", 45291)
                .row("5", "文本日期", "2023-06-30", "2023年6月30日")
                .row("6", "1900年以前（只能是文本）", "1899年12月31日", "1898年6月11日")
                .row("7", "中文日期格式", formatted(45107, "yyyy\"年\"m\"月\"d\"日\";@"))
                .row("8", "年月格式的日期", formatted(45107, "yyyy\"年\"m\"月\""));
        WorkbookData data = read(wb, format);
        assertEquals(List.of("2023年12月31日", "2023年6月30日", "2023年6月30日", "2023年12月31日", "2023-06-30",
                "1899年12月31日", "2023年6月30日", "2023年6月"), column(data, DEADLINE),
                "a date formatted to show only its month is that month, as the sheet shows it");
        assertEquals(List.of("2023-06-30", "2023-06-30", "", "", "2023年6月30日", "1898年6月11日", "", ""),
                column(data, PROGRESS));
        assertEquals("2023-06-30 14:30", data.rows().get(2).get(REMARKS), "a time of day is kept where it is shown");
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void datesInTheFormatsChineseExcelBuildsInAreDates(String format) {
        TestWorkbook wb = table(format)
                .row("1", "yyyy年m月d日", TestWorkbook.builtIn(45291, 31), TestWorkbook.builtIn(45107, 57))
                .row("2", "m月d日", TestWorkbook.builtIn(45107, 58), TestWorkbook.builtIn(45107, 28))
                .row("3", "不是日期的保留格式", null, null, null, TestWorkbook.builtIn(95, 37));
        WorkbookData data = read(wb, format);
        assertEquals(List.of("2023年12月31日", "2023年6月30日", ""), column(data, DEADLINE));
        assertEquals(List.of("2023年6月", "2023-06-30", ""), column(data, PROGRESS), "57 shows year and month only");
        assertEquals("95", data.rows().get(2).get(ACTUAL));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aWorkbookCountingFrom1904GivesTheSameDates(String format) {
        TestWorkbook wb = table(format).date1904()
                .row("1", "日期单元格", LocalDate.of(2023, 12, 31), LocalDate.of(2023, 6, 30))
                .row("2", "常规格式的序列号", 45291 - 1462);
        WorkbookData data = read(wb, format);
        assertEquals(List.of("2023年12月31日", "2023年12月31日"), column(data, DEADLINE));
        assertEquals(List.of("2023-06-30", ""), column(data, PROGRESS));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void deadlinePhrasesAreKeptAsWrittenAndNonsenseCostsItsCell(String format) {
        TestWorkbook wb = table(format)
                .row("1", "a", "2023年12月底前")
                .row("2", "b", "6月底前")
                .row("3", "c", "上半年")
                .row("4", "d", "年内")
                .row("5", "e", "长期坚持")
                .row("6", "f", "持续推进")
                .row("7", "g", "三季度末")
                .row("8", "h", "6月底前出台方案，年底前全面推开")
                .row("9", "i", "尽快")
                .row("10", "j", "2023年2月30日")
                .row("11", "k", "每季度")
                .row("12", "l", "根据上级部署")
                .row("13", "m", "次年3月底前")
                .row("14", "n", "6.30")
                .row("15", "o", 20230630)
                .row("16", "p", 6.3);
        WorkbookData data = read(wb, format);
        assertEquals(List.of("2023年12月底前", "6月底前", "上半年", "年内", "长期坚持", "持续推进", "三季度末",
                "6月底前出台方案，年底前全面推开", "", "", "每季度", "根据上级部署", "次年3月底前", "6.30", "20230630", ""),
                column(data, DEADLINE));
        assertEquals(List.of("i", "j"), column(data, TITLE).subList(8, 10), "the rows come through without their deadline");
        assertErrors(data,
                cellError("Sheet1", 10, "C", "完成时限", "尽快", "deadline.unreadable"),
                cellError("Sheet1", 11, "C", "完成时限", "2023年2月30日", "deadline.noDay"),
                cellError("Sheet1", 17, "C", "完成时限", "6.3", "deadline.decimal"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aYearWrittenAsANumberIsThatYearNotADayIn1905(String format) {
        TestWorkbook wb = table(format)
                .row("1", "年份", 2023)
                .row("2", "序列号", 45291)
                .row("3", "不是日期也不是年份", 6)
                .row("4", "带小数的年月", "2023.6");
        WorkbookData data = read(wb, format);
        assertEquals(List.of("2023年", "2023年12月31日", "", "2023.6"), column(data, DEADLINE));
        assertErrors(data, cellError("Sheet1", 4, "C", "完成时限", "6", "deadline.unreadable"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void statusesAreReadThroughTheirSynonyms(String format) {
        TestWorkbook wb = table(format)
                .row("1", "a", null, null, "按时推进")
                .row("2", "b", null, null, "正常推进")
                .row("3", "c", null, null, "办结销号")
                .row("4", "d", null, null, "基本完成")
                .row("5", "e", null, null, "中止事项")
                .row("6", "f", null, null, "进度滞后")
                .row("7", "g", null, null, " 已 完 成 ")
                .row("8", "h", null, null, "未启动")
                .row("9", "i", null, null, "合并推进")
                .row("10", "j", null, null, "差不多了");
        WorkbookData data = read(wb, format);
        assertEquals(List.of("推进中", "推进中", "已完成", "已完成", "已取消", "滞后", "已完成", "未启动", "已合并", ""),
                column(data, STATUS));
        assertErrors(data, cellError("Sheet1", 11, "E", "状态", "差不多了", "status.unknown"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void unitCellsAreListsWithTheLeadMarked(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1").row("序号", "改革任务", "牵头单位", "配合单位")
                .row("1", "a", "*市发展改革委、市生态环境局", "市财政局，市自然资源局")
                .row("2", "b", "市财政局\n市税务局", "市医保局；市卫生健康委; 市医保局")
                .row("3", "c", "＊市公安局,市司法局", " 、市民政局、 ");
        WorkbookData data = Corpus.read(dir, wb, format);
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS, 3, PARTNER_UNITS), data);
        assertEquals(List.of("*市发展改革委、市生态环境局", "市财政局、市税务局", "*市公安局、市司法局"), column(data, LEAD_UNITS));
        assertEquals(List.of("市财政局、市自然资源局", "市医保局、市卫生健康委", "市民政局"),
                column(data, PARTNER_UNITS));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void formulasGiveTheirLastValueAndErrorValuesAreCellErrors(String format) {
        TestWorkbook wb = table(format)
                .row("1", "数值公式", null, null, formula("IF(F2>=100,\"已完成\",\"推进中\")", "推进中"),
                        formula("SUM(80,15)", 95), formula("F2>90", true))
                .row("2", "查找失败", null, formula("VLOOKUP(A3,Sheet2!A:B,2,FALSE)", FormulaError.NA), "推进中")
                .row("3", "引用失效", FormulaError.REF, null, "推进中")
                .row("4", "除以零", null, null, "推进中", formula("1/0", FormulaError.DIV0))
                .row("5", "未映射的列里的错误不算", null, null, "推进中", null, null, FormulaError.VALUE);
        WorkbookData data = read(wb, format);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "数值公式", STATUS, "推进中", ACTUAL, "95", REMARKS, "TRUE"),
                3, values(NUMBER, "2", TITLE, "查找失败", STATUS, "推进中"),
                4, values(NUMBER, "3", TITLE, "引用失效", STATUS, "推进中"),
                5, values(NUMBER, "4", TITLE, "除以零", STATUS, "推进中"),
                6, values(NUMBER, "5", TITLE, "未映射的列里的错误不算", STATUS, "推进中"));
        assertErrors(data,
                cellError("Sheet1", 3, "D", "进展情况", "#N/A", "import.cellError"),
                cellError("Sheet1", 4, "C", "完成时限", "#REF!", "import.cellError"),
                cellError("Sheet1", 5, "F", "完成值", "#DIV/0!", "import.cellError"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void richTextAndBooleansReadAsTheirText(String format) {
        TestWorkbook wb = table(format)
                .row("1", rich("推进", "DRG/DIP", "支付方式改革"), null, rich("1.", "二级医院", "全覆盖"), null, null, true)
                .row("2", "b", null, null, null, null, false);
        WorkbookData data = read(wb, format);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "推进DRG/DIP支付方式改革", PROGRESS, "1.二级医院全覆盖", REMARKS, "TRUE"),
                3, values(NUMBER, "2", TITLE, "b", REMARKS, "FALSE"));
        assertErrors(data);
    }

    @Test
    void sharedFormulasInlineStringsAndRichTextInAHandMadeXlsx() {
        String[] header = {"序号", "改革任务", "进展情况", "状态", "完成值", "目标值"};
        StringBuilder headerCells = new StringBuilder();
        for (int c = 0; c < header.length; c++) {
            headerCells.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"s\"><v>").append(c).append("</v></c>");
        }
        Path file = RawXlsx.workbook()
                .sharedStrings("<t>序号</t>", "<t>改革任务</t>", "<t>进展情况</t>", "<t>状态</t>", "<t>完成值</t>", "<t>目标值</t>",
                        "<r><t>推进</t></r><r><rPr><b/></rPr><t>DRG</t></r><r><t>改革</t></r>",
                        "<t>改革</t><rPh sb=\"0\" eb=\"2\"><t>かいかく</t></rPh><phoneticPr fontId=\"1\"/>")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(
                        row(1, headerCells.toString()),
                        row(2, "<c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>6</v></c>"
                                + is("C2", "行内文本") + "<c r=\"D2\" t=\"str\"><f>IF(E2&gt;=F2,\"已完成\",\"推进中\")</f>"
                                + "<v>推进中</v></c><c r=\"E2\"><f t=\"shared\" ref=\"E2:E4\" si=\"0\">F2*0.5</f><v>50</v></c>"
                                + "<c r=\"F2\"><v>100</v></c>"),
                        row(3, "<c r=\"A3\"><v>2</v></c><c r=\"B3\" t=\"s\"><v>7</v></c>"
                                + "<c r=\"C3\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">1. </t></r>"
                                + "<r><rPr><i/></rPr><t>富文本</t></r></is></c>"
                                + "<c r=\"E3\"><f t=\"shared\" si=\"0\"/><v>30</v></c><c r=\"F3\"><v>60</v></c>"),
                        row(4, "<c r=\"A4\"><v>3</v></c>" + is("B4", "带注音的行内文本")
                                + "<c r=\"C4\" t=\"inlineStr\"><is><t>改革</t><rPh sb=\"0\" eb=\"2\"><t>かいかく</t></rPh></is></c>"
                                + "<c r=\"E4\"><f t=\"shared\" si=\"0\"/><v>7.5</v></c><c r=\"F4\"><v>15</v></c>")))
                .save(dir.resolve("shared.xlsx"));
        WorkbookData data = Corpus.read(file);
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, PROGRESS, 3, STATUS, 4, ACTUAL,
                5, TARGET), data);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "推进DRG改革", PROGRESS, "行内文本", STATUS, "推进中", ACTUAL, "50",
                        TARGET, "100"),
                3, values(NUMBER, "2", TITLE, "改革", PROGRESS, "1. 富文本", ACTUAL, "30",
                        TARGET, "60"),
                4, values(NUMBER, "3", TITLE, "带注音的行内文本", PROGRESS, "改革", ACTUAL, "7.5",
                        TARGET, "15"));
        assertErrors(data);
    }

    @Test
    void aTenMegabyteInlineCellCostsItsCellAndTheRowsComeThrough() {
        Path file = RawXlsx.workbook()
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(RawXlsx.table(
                        new String[] {"序号", "改革任务", "进展情况", "备注"},
                        new String[] {"1", "任务一", TEN_MB, null},
                        new String[] {"2", "任务二", "正常", TEN_MB},
                        new String[] {"3", "任务三", "正常", null})))
                .save(dir.resolve("long.xlsx"));
        WorkbookData data = Corpus.read(file);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一"),
                3, values(NUMBER, "2", TITLE, "任务二", PROGRESS, "正常", STATUS, "推进中"),
                4, values(NUMBER, "3", TITLE, "任务三", PROGRESS, "正常", STATUS, "推进中"));
        assertEquals(2, data.errors().size());
        assertEquals(cellError("Sheet1", 2, "C", "进展情况", TEN_MB.substring(0, 60) + "…", "import.cellTooLong"),
                error(data.errors().get(0)));
        assertEquals(cellError("Sheet1", 3, "D", "备注", TEN_MB.substring(0, 60) + "…", "import.cellTooLong"),
                error(data.errors().get(1)));
    }

    @Test
    void aTenMegabyteSharedStringCostsItsCell() {
        Path file = RawXlsx.workbook()
                .sharedStrings("<t>序号</t>", "<t>改革任务</t>", "<t>进展情况</t>", "<t>" + TEN_MB + "</t>")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(
                        row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"),
                        row(2, "<c r=\"A2\"><v>1</v></c>" + is("B2", "任务一") + "<c r=\"C2\" t=\"s\"><v>3</v></c>"),
                        row(3, "<c r=\"A3\"><v>2</v></c>" + is("B3", "任务二") + is("C3", "正常"))))
                .save(dir.resolve("long-shared.xlsx"));
        WorkbookData data = Corpus.read(file);
        assertRows(data, 2, values(NUMBER, "1", TITLE, "任务一"), 3, values(NUMBER, "2", TITLE, "任务二", PROGRESS, "正常", STATUS, "推进中"));
        assertErrors(data, cellError("Sheet1", 2, "C", "进展情况", TEN_MB.substring(0, 60) + "…", "import.cellTooLong"));
    }

    @Test
    void charactersExcelEscapesAreUnescaped() {
        Path file = RawXlsx.workbook()
                .sharedStrings("<t>序号</t>", "<t>改革任务</t>", "<t>进展情况</t>", "<t>1.起草方案_x000D_\n2.征求意见</t>")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(
                        row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"),
                        row(2, "<c r=\"A2\"><v>1</v></c>" + is("B2", "任务_x005F_x000D_一") + "<c r=\"C2\" t=\"s\"><v>3</v></c>"),
                        row(3, "<c r=\"A3\"><v>2</v></c>" + is("B3", "任务二") + is("C3", "第一行_x000D_\n第二行_x0009_完"))))
                .save(dir.resolve("escaped.xlsx"));
        WorkbookData data = Corpus.read(file);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务_x000D_一", PROGRESS, "1.起草方案\n2.征求意见"),
                3, values(NUMBER, "2", TITLE, "任务二", PROGRESS, "第一行\n第二行\t完"));
        assertErrors(data);
    }

    @Test
    void errorAndDateCellsWrittenAsXml() {
        Path file = RawXlsx.workbook()
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(RawXlsx.table(
                        new String[] {"序号", "改革任务", "完成时限", "完成值"})[0],
                        row(2, "<c r=\"A2\"><v>1</v></c>" + is("B2", "ISO 日期单元格")
                                + "<c r=\"C2\" t=\"d\"><v>2023-06-30T00:00:00</v></c><c r=\"D2\" t=\"b\"><v>1</v></c>"),
                        row(3, "<c r=\"A3\"><v>2</v></c>" + is("B3", "错误值")
                                + "<c r=\"C3\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c>"),
                        row(4, "<c r=\"A4\" s=\"" + RawXlsx.TWO_DECIMALS + "\"><v>3</v></c>" + is("B4", "日期样式的序列号")
                                + "<c r=\"C4\" s=\"" + RawXlsx.CHINESE_DATE + "\"><v>45291</v></c>"
                                + "<c r=\"D4\" s=\"" + RawXlsx.DATE + "\"><v>45107</v></c>")))
                .save(dir.resolve("typed.xlsx"));
        WorkbookData data = Corpus.read(file);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "ISO 日期单元格", DEADLINE, "2023年6月30日", ACTUAL, "TRUE"),
                3, values(NUMBER, "2", TITLE, "错误值"),
                4, values(NUMBER, "3.00", TITLE, "日期样式的序列号", DEADLINE, "2023年12月31日", ACTUAL, "2023-06-30"));
        assertErrors(data, cellError("Sheet1", 3, "C", "完成时限", "#REF!", "import.cellError"));
    }
}
