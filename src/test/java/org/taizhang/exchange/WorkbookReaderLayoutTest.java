package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.exchange.Corpus.assertErrors;
import static org.taizhang.exchange.Corpus.assertMapping;
import static org.taizhang.exchange.Corpus.assertRows;
import static org.taizhang.exchange.Corpus.book;
import static org.taizhang.exchange.Corpus.mapping;
import static org.taizhang.exchange.Corpus.values;
import static org.taizhang.exchange.TestWorkbook.formatted;
import static org.taizhang.exchange.importing.Column.ACTUAL;
import static org.taizhang.exchange.importing.Column.DEADLINE;
import static org.taizhang.exchange.importing.Column.DOMAIN;
import static org.taizhang.exchange.importing.Column.LEAD_UNITS;
import static org.taizhang.exchange.importing.Column.MEASURES;
import static org.taizhang.exchange.importing.Column.NUMBER;
import static org.taizhang.exchange.importing.Column.PARTNER_UNITS;
import static org.taizhang.exchange.importing.Column.PROGRESS;
import static org.taizhang.exchange.importing.Column.REMARKS;
import static org.taizhang.exchange.importing.Column.REVISION;
import static org.taizhang.exchange.importing.Column.STATUS;
import static org.taizhang.exchange.importing.Column.TASK_ID;
import static org.taizhang.exchange.importing.Column.TITLE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.LedgerException;
import org.taizhang.exchange.importing.ImportRow;
import org.taizhang.exchange.importing.RowRef;
import org.taizhang.exchange.importing.Skipped;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.WorkbookData;

/**
 * The layouts departments' returns come in, each built as .xlsx and as .xls: title rows, 填报单位
 * lines, blank rows, two-row headers, header synonyms, notes under the table, hidden columns, 领域
 * headings, measures, several sheets, merged cells.
 */
class WorkbookReaderLayoutTest {
    @TempDir
    Path dir;

    static Stream<String> formats() {
        return Corpus.formats();
    }

    private WorkbookData read(TestWorkbook wb, String format) {
        return Corpus.read(dir, wb, format);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void mergedTitleRowsAndAUnitLineStandAboveTheHeader(String format) {
        TestWorkbook wb = book(format).sheet("台账")
                .row("北疆市2023年全面深化改革任务台账").merge("A1:G1")
                .row("（2023年第二季度）").merge("A2:G2")
                .row("填报单位：市医保局", null, null, null, "填报日期：2023年7月10日").merge("A3:C3")
                .blankRow()
                .row(TestWorkbook.header())
                .row(1, "推进DRG/DIP支付方式改革扩面提质", "市医保局", LocalDate.of(2023, 12, 31), "1.二级及以上医院全覆盖。",
                        "按时推进", 95)
                .row(2, "落实药品集中带量采购", "市医保局、市卫生健康委", "6月底前", "已落地执行", "完成", null);
        WorkbookData data = read(wb, format);
        assertEquals(4, data.layout().headerRow(), "the header is Excel row 5");
        assertEquals(1, data.layout().headerRows());
        assertEquals("市医保局", data.layout().unit());
        assertEquals("2023年7月10日", data.layout().reportDate());
        assertEquals(Map.of(0, "序号", 1, "改革任务", 2, "牵头单位", 3, "完成时限", 4, "进展情况", 5, "状态", 6, "完成值"),
                data.layout().headers());
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS, 3, DEADLINE, 4, PROGRESS, 5, STATUS, 6, ACTUAL), data);
        assertRows(data,
                6, values(NUMBER, "1", TITLE, "推进DRG/DIP支付方式改革扩面提质", LEAD_UNITS, "市医保局", DEADLINE, "2023年12月31日",
                        PROGRESS, "1.二级及以上医院全覆盖。", STATUS, "推进中", ACTUAL, "95"),
                7, values(NUMBER, "2", TITLE, "落实药品集中带量采购", LEAD_UNITS, "市医保局、市卫生健康委", DEADLINE, "6月底前",
                        PROGRESS, "已落地执行", STATUS, "已完成"));
        assertErrors(data);
        assertEquals("台账", data.sheet().name());
    }

    /** The ways a 填报单位 / 填报日期 line is written, with the unit and date each should give. */
    static Stream<Arguments> unitLines() {
        Object[][] lines = {
            {"after the colon in one cell", new Object[] {"填报单位：市发展改革委", null, null, "填报日期：2023年7月10日"},
                "市发展改革委", "2023年7月10日"},
            {"in the next cells", new Object[] {"填报单位：", "市发展改革委", null, "填报日期:", LocalDate.of(2023, 7, 10)},
                "市发展改革委", "2023-07-10"},
            {"both on one line of one cell", new Object[] {"填报单位（盖章）：市发展改革委        填报日期：2023年7月10日"},
                "市发展改革委", "2023年7月10日"},
            {"stamped after the name, half-width colon", new Object[] {"填报单位:市发展改革委(盖章)", null, null,
                "报送日期：2023.7.10"}, "市发展改革委", "2023.7.10"},
            {"with a full-width space", new Object[] {"报送单位：市发展改革委\u3000\u3000填报时间：7月10日"},
                "市发展改革委", "7月10日"},
        };
        return formats().flatMap(f -> Arrays.stream(lines).map(l -> Arguments.of(f, l[0], l[1], l[2], l[3])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unitLines")
    void theUnitAndDateLineIsReadHoweverItIsWritten(String format, String how, Object[] line, String unit,
            String date) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("2023年改革任务推进情况表").merge("A1:E1")
                .row(line)
                .row("序号", "改革任务", "牵头单位", "完成时限", "进展情况")
                .row("1", "任务一", "市发展改革委", "年底前", "推进中");
        WorkbookData data = read(wb, format);
        assertEquals(unit, data.layout().unit(), "the unit");
        assertEquals(date, data.layout().reportDate(), "the date");
        assertEquals(2, data.layout().headerRow());
        assertRows(data, 4, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市发展改革委", DEADLINE, "年底前",
                PROGRESS, "推进中", STATUS, "推进中"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void blankRowsBeforeAndInsideTheTableAreSkipped(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .blankRow().blankRow()
                .rowAt(3, "序号", "改革任务", "牵头单位", "完成时限")
                .rowAt(4, "1", "任务一", "市财政局", "年底前")
                .blankRow()
                .row(null, "  ", null, "\u3000")
                .rowAt(8, "2", "任务二", "市财政局", "年内")
                .rowAt(12, "3", "任务三", "市财政局", "长期坚持");
        WorkbookData data = read(wb, format);
        assertEquals(3, data.layout().headerRow());
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS, 3, DEADLINE), data);
        assertRows(data,
                5, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "年底前"),
                9, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市财政局", DEADLINE, "年内"),
                13, values(NUMBER, "3", TITLE, "任务三", LEAD_UNITS, "市财政局", DEADLINE, "长期坚持"));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aTwoRowHeaderReadsItsGroupsAndTheirParts(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("重点改革任务月度推进情况").merge("A1:I1")
                .row("序号", "改革任务", "牵头单位", "完成时限", "进展情况", null, "完成情况", null, "备注")
                .row(null, null, null, null, "本月进展", "累计进展", "状态", "完成值", null)
                .merge("A2:A3").merge("B2:B3").merge("C2:C3").merge("D2:D3").merge("E2:F2").merge("G2:H2")
                .merge("I2:I3")
                .row("1", "任务一", "市发展改革委", "年底前", "完成方案起草", "已印发方案", "正常推进", "80%", "无");
        WorkbookData data = read(wb, format);
        assertEquals(2, data.layout().headerRow(), "the header ends on Excel row 3");
        assertEquals(2, data.layout().headerRows());
        assertEquals(new TreeMap<>(Map.of(0, "序号", 1, "改革任务", 2, "牵头单位", 3, "完成时限", 4, "进展情况/本月进展",
                5, "进展情况/累计进展", 6, "完成情况/状态", 7, "完成情况/完成值", 8, "备注")),
                new TreeMap<>(data.layout().headers()));
        // Both progress columns are progress; the first (this month's) fills the field, the other stays for the clerk.
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS, 3, DEADLINE, 4, PROGRESS, 6, STATUS, 7, ACTUAL,
                8, REMARKS), data);
        assertRows(data, 4, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市发展改革委", DEADLINE, "年底前",
                PROGRESS, "完成方案起草", STATUS, "推进中", ACTUAL, "80%", REMARKS, "")); // 备注“无” clears the remark
        assertErrors(data);
    }

    /** Header words offices use, each set with the columns it should map to (column A is 序号). */
    static Stream<Arguments> headerWords() {
        Object[][] sets = {
            {new String[] {"改革事项", "责任单位", "时间节点", "推进情况", "完成情况"}},
            {new String[] {"任务名称", "牵头部门", "完成时间", "工作进展", "进展状态"}},
            {new String[] {"主要工作任务", "牵头单位", "完成时限", "进展情况", "状态"}},
            {new String[] {"内容与要求", "责任部门", "时限要求", "落实情况", "推进状态"}},
            {new String[] {"改革任务\n（必填）", "牵 头 单 位", "完成\r\n时限", "进展情况（截至6月底）", "状\u3000态"}},
            {new String[] {" 重点改革任务 ", "*牵头单位", "完成时限(必填)", "工作推进情况\n(500字以内)", "任务状态"}},
        };
        return formats().flatMap(f -> Arrays.stream(sets).map(s -> Arguments.of(f, s[0])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("headerWords")
    void headerSynonymsAndDecoratedHeadersMapToTheirColumns(String format, String[] words) {
        Object[] header = new Object[words.length + 1];
        header[0] = "序号";
        System.arraycopy(words, 0, header, 1, words.length);
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row(header)
                .row("1", "任务一", "*市发展改革委、市生态环境局", "2023年12月底前", "已起草", "正常推进");
        WorkbookData data = read(wb, format);
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS, 3, DEADLINE, 4, PROGRESS, 5, STATUS), data);
        assertEquals(words[0].strip(), data.layout().headers().get(1), "the header is kept as written");
        // In a 牵头单位 column * marks the main one of several leads; in a 责任单位 column with no 配合单位
        // beside it, the lead among partners.
        boolean leads = words[1].replaceAll("\\s", "").contains("牵头");
        assertRows(data, 2, leads
                ? values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "*市发展改革委、市生态环境局", DEADLINE, "2023年12月底前",
                        PROGRESS, "已起草", STATUS, "推进中")
                : values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市发展改革委", PARTNER_UNITS, "市生态环境局",
                        DEADLINE, "2023年12月底前", PROGRESS, "已起草", STATUS, "推进中"));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void besideALeadUnitColumnTheResponsibleUnitsArePartners(String format) {
        // The 配合单位 of many ledgers is headed 责任单位 when a 牵头单位 column stands beside it.
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "责任单位", "完成时限")
                .row("1", "任务一", "市发展改革委", "市财政局、市自然资源局", "年底前");
        WorkbookData data = read(wb, format);
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS, 3, PARTNER_UNITS, 4, DEADLINE), data);
        assertRows(data, 2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市发展改革委",
                PARTNER_UNITS, "市财政局、市自然资源局", DEADLINE, "年底前"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void notesUnderTheTableEndIt(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "完成时限", "状态")
                .row("1", "任务一", "市财政局", "年底前", "推进中")
                .row("2", "任务二", "市财政局", "年内", "未启动")
                .blankRow()
                .row("注：1.状态请从下拉列表中选择；2.完成时限请写具体日期。").merge("A5:E5")
                .row("3", "这一行在注释之后", "市财政局", "无法识别", "不是状态")
                .row("填表说明：", "请勿修改序号")
                .row("填报人：张三", null, "审核人：李四", "联系电话：13800000000");
        WorkbookData data = read(wb, format);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "年底前", STATUS, "推进中"),
                3, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市财政局", DEADLINE, "年内", STATUS, "未启动"));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void theSignatureLineUnderTheTableIsNoRow(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "完成时限", "状态")
                .row("1", "任务一", "市财政局", "年底前", "推进中")
                .blankRow()
                .row("填报人：张三", null, "审核人：李四", "联系电话：13800000000");
        WorkbookData data = read(wb, format);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "年底前", STATUS, "推进中"));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void theRowNumberingTheColumnsUnderTheHeaderIsNoTask(String format) {
        // Government forms often number their columns (栏次) in the row under the header.
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "完成时限", "状态")
                .row(1, 2, 3, 4, 5)
                .row("1", "任务一", "市财政局", "年底前", "推进中");
        WorkbookData data = read(wb, format);
        assertRows(data,
                3, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "年底前", STATUS, "推进中"));
        assertErrors(data);
        TestWorkbook text = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "完成时限", "状态")
                .row("栏次", "1", "2", "3", "4")
                .row("1", "任务一", "市财政局", "年底前", "推进中");
        WorkbookData textData = Corpus.read(text.save(dir.resolve("text." + format)), ReadOptions.of(2023));
        assertRows(textData,
                3, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "年底前", STATUS, "推进中"));
        assertErrors(textData);
        TestWorkbook lettered = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "完成时限", "状态")
                .row("甲", "乙", "1", "2", "3")
                .row("1", "任务一", "市财政局", "年底前", "推进中");
        WorkbookData letteredData = Corpus.read(lettered.save(dir.resolve("lettered." + format)), ReadOptions.of(2023));
        assertRows(letteredData,
                3, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "年底前", STATUS, "推进中"));
        assertErrors(letteredData);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void subtotalAndTotalRowsAreNoTasks(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "完成值")
                .row("1", "任务一", "市财政局", 3)
                .row("小计", null, null, 3)
                .row("2", "任务二", "市财政局", 4)
                .row("合计：2项", null, null, 7).merge("A5:C5");
        WorkbookData data = read(wb, format);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", ACTUAL, "3"),
                4, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市财政局", ACTUAL, "4"));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aHeaderWithNothingUnderItSaysSo(String format) {
        WorkbookData data = read(book(format).sheet("Sheet1").row("标题").row("序号", "改革任务", "牵头单位").blankRow(), format);
        assertRows(data);
        assertErrors(data);
        assertEquals(List.of("Sheet1!1 TITLE", "Sheet1!2 HEADER", "Sheet1!0 NO_ROWS"), data.skipped().stream()
                .map(s -> s.sheet() + "!" + s.row() + " " + s.reason()).toList());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void hiddenHelperColumnsAreLeftOutButTheLedgersOwnIdColumnsAreRead(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "完成时限", "完成时限", "状态", "台账编号", "台账版本", "状态")
                .row("1", "任务一", "辅助：2023-12-31", "年底前", "推进中", 17, 3, "辅助：推进中")
                .row("2", "任务二", "辅助：年内", "年内", "已完成", "18", "3", "辅助：已完成")
                .hideColumn(2).hideColumn(5).hideColumn(6).hideColumn(7);
        WorkbookData data = read(wb, format);
        assertMapping(mapping(0, NUMBER, 1, TITLE, 3, DEADLINE, 4, STATUS, 5, TASK_ID, 6, REVISION), data);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", DEADLINE, "年底前", STATUS, "推进中", TASK_ID, "17", REVISION, "3"),
                3, values(NUMBER, "2", TITLE, "任务二", DEADLINE, "年内", STATUS, "已完成", TASK_ID, "18", REVISION, "3"));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void domainHeadingsGiveTheRowsTheirDomainAndGroupLinesAreTasksOverTheirRows(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位", "完成时限")
                .row("一、经济体制改革（2项）").merge("A2:D2")
                .row("（一）深化国资国企改革").merge("A3:D3")
                .row("1", "任务一", "市国资委", "年底前")
                .row("2", "任务二", "市财政局", "年底前")
                .row("二、生态文明体制改革（共1项）").merge("A6:D6")
                .row("1", "任务三", "市生态环境局", "年内")
                .row("三", "民主法制领域改革")
                .row("1", "任务四", "市司法局", "年内")
                .row("（二）", "基层治理")
                .row("2", "任务五", "市民政局", "年内")
                .row(null, "四、党的建设制度改革").merge("B12:D12")
                .row("1", "任务六", "市委组织部", "年内");
        WorkbookData data = read(wb, format);
        assertRows(data,
                3, values(NUMBER, "（一）", TITLE, "深化国资国企改革"),
                4, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市国资委", DEADLINE, "年底前"),
                5, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市财政局", DEADLINE, "年底前"),
                7, values(NUMBER, "1", TITLE, "任务三", LEAD_UNITS, "市生态环境局", DEADLINE, "年内"),
                9, values(NUMBER, "1", TITLE, "任务四", LEAD_UNITS, "市司法局", DEADLINE, "年内"),
                10, values(NUMBER, "（二）", TITLE, "基层治理"),
                11, values(NUMBER, "2", TITLE, "任务五", LEAD_UNITS, "市民政局", DEADLINE, "年内"),
                13, values(NUMBER, "1", TITLE, "任务六", LEAD_UNITS, "市委组织部", DEADLINE, "年内"));
        assertEquals(List.of("经济体制改革", "经济体制改革", "经济体制改革", "生态文明体制改革", "民主法制领域改革",
                "民主法制领域改革", "民主法制领域改革", "党的建设制度改革"), data.rows().stream().map(ImportRow::domain).toList());
        assertEquals(Arrays.asList(null, 3, 3, null, null, null, 10, null),
                data.rows().stream().map(r -> r.parent() == null ? null : r.parent().row()).toList(),
                "1. and 2. under （一）, 2 under （二）");
        assertEquals(List.of(2, 6, 8, 12), data.skipped().stream().filter(x -> x.reason() == Skipped.Reason.HEADING)
                .map(Skipped::row).toList(), "the 领域 headings are passed over with their reason");
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void measuresStandUnderTheirTask(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务", "牵头单位")
                .row("3.", "任务三", "市发展改革委")
                .row("(1)", "举措一", "市发展改革委")
                .row("（2）", "举措二", "市财政局")
                .row("①", "举措三", "市财政局")
                .row(1, "任务一", "市医保局")
                .row("1.1", "子任务一", "市医保局")
                .row(formatted(1.1, "0.00"), "子任务十", "市医保局")
                .row(2, "任务二", "市医保局")
                .row(formatted(2.1, "0.0"), "子任务二", "市医保局");
        WorkbookData data = read(wb, format);
        assertEquals(List.of("3.", "(1)", "（2）", "①", "1", "1.1", "1.10", "2", "2.1"),
                data.rows().stream().map(r -> r.get(NUMBER)).toList());
        // ① stands under (2) as the outline nests them: 一、 > （一） > 1. > (1) > ①.
        assertEquals(Arrays.asList(null, 2, 2, 4, null, 6, 6, null, 9),
                data.rows().stream().map(r -> r.parent() == null ? null : r.parent().row()).toList());
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void numbersAreReadAsTheirFormatShowsThem(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "改革任务")
                .row(1, "a")
                .row(1.1, "b")
                .row(formatted(1.1, "0.00"), "c")
                .row(formatted(2, "0.0"), "d")
                .row(formatted(3, "0\".\""), "e")
                .row("01", "f")
                .row(1.2000000000000002, "g");
        WorkbookData data = read(wb, format);
        assertEquals(List.of("1", "1.1", "1.10", "2.0", "3.", "01", "1.2"),
                data.rows().stream().map(r -> r.get(NUMBER)).toList());
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aProgressColumnOfStatusWordsWithNoOtherKeepsItsTextAndGivesTheStatus(String format) {
        TestWorkbook wb = book(format).sheet("时限")
                .row("序号", "改革任务", "牵头单位", "完成时限", "推进情况")
                .row("1", "任务一", "市发展改革委", "年底前", "按计划推进。")
                .row("2", "任务二", "市财政局", "年底前", "按计划推进。")
                .row("3", "任务三", "市财政局", "年底前", "已完成");
        WorkbookData data = read(wb, format);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市发展改革委", DEADLINE, "年底前",
                        PROGRESS, "按计划推进。", STATUS, "推进中"),
                3, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市财政局", DEADLINE, "年底前",
                        PROGRESS, "按计划推进。", STATUS, "推进中"),
                4, values(NUMBER, "3", TITLE, "任务三", LEAD_UNITS, "市财政局", DEADLINE, "年底前",
                        PROGRESS, "已完成", STATUS, "已完成"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aStatusTickedInAColumnPerStatusIsThatStatus(String format) {
        TestWorkbook wb = book(format).sheet("林草")
                .row("序号", "改革任务", "牵头单位", "推进情况", "推进状态", null, null, null)
                .row(null, null, null, null, "已完成", "推进中", "未启动", "滞后")
                .merge("E1:H1").merge("A1:A2").merge("B1:B2").merge("C1:C2").merge("D1:D2")
                .row("1", "任务一", "市林草局", "登记完成率95%。", "√", null, null, null)
                .row("2", "任务二", "市林草局", "办法已修订。", null, "✓", null, null)
                .row("3", "任务三", "市林草局", "碳汇项目2个。", null, null, null, "√")
                .row("4", "任务四", "市林草局", null, null, null, "√", null);
        WorkbookData data = read(wb, format);
        assertEquals(2, data.layout().headerRows(), "the statuses under 推进状态 are the header's second row");
        assertRows(data,
                3, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市林草局", PROGRESS, "登记完成率95%。", STATUS, "已完成"),
                4, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市林草局", PROGRESS, "办法已修订。", STATUS, "推进中"),
                5, values(NUMBER, "3", TITLE, "任务三", LEAD_UNITS, "市林草局", PROGRESS, "碳汇项目2个。", STATUS, "滞后"),
                6, values(NUMBER, "4", TITLE, "任务四", LEAD_UNITS, "市林草局", STATUS, "未启动"));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aSecondTableOnTheSheetIsReadUnderItsOwnHeader(String format) {
        TestWorkbook wb = book(format).sheet("推进情况")
                .row("一、重点改革任务")
                .row("序号", "改革任务", "牵头单位", "完成时限", "推进情况", "状态")
                .row("1", "深化“放管服”改革", "市生态环境局", "2023年9月", "审批时限压缩一半。", "已完成")
                .row(null, null, null, null, null, null)
                .row("二、改革试点任务")
                .row("序号", "试点名称", "责任单位", "时间节点", "工作进展", "是否完成", "备注")
                .row("1", "无废城市建设试点", "市生态环境局", "2023年12月", "建成“无废细胞”60个。", "否", null)
                .row("2", "碳排放权交易能力建设试点", "市生态环境局", "2023年11月", null, "否", "待省厅批复");
        WorkbookData data = read(wb, format);
        assertEquals(List.of("深化“放管服”改革", "无废城市建设试点", "碳排放权交易能力建设试点"),
                data.rows().stream().map(r -> r.get(TITLE)).toList(), "the second header is no task");
        assertEquals("待省厅批复", data.rows().get(2).get(REMARKS), "a column only the second header names is read");
        assertEquals("改革试点任务", data.rows().get(1).domain().replaceFirst("^二、", ""));
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void theLedgerLikeSheetIsChosenPastACoverAndInstructionsAndAHiddenSheet(String format) {
        TestWorkbook wb = book(format)
                .sheet("封面").row("北疆市2023年改革任务台账").row("报送单位：市发展改革委").row("2023年7月")
                .sheet("填表说明").row("填表说明").row("1.改革任务：请勿修改。").row("2.状态：未启动、推进中、已完成、滞后")
                .row("列名", "说明").row("牵头单位", "填写牵头单位全称")
                .sheet("数据源").row("序号", "改革任务", "牵头单位", "完成时限", "进展情况", "状态", "完成值", "备注")
                .row("9", "隐藏的任务", "市财政局", "年底前", "无", "推进中", "1", "无").hideSheet()
                .sheet("台账").row("序号", "改革任务", "牵头单位", "完成时限")
                .row("1", "任务一", "市发展改革委", "年底前");
        WorkbookData data = read(wb, format);
        assertEquals("台账", data.sheet().name());
        assertEquals(List.of("封面", "填表说明", "数据源", "台账"), data.sheets().stream().map(s -> s.name()).toList());
        assertRows(data, 2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市发展改革委", DEADLINE, "年底前"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aSheetAskedForByNameIsReadEvenWhenAnotherLooksAsGoodOrItIsHidden(String format) {
        Path file = book(format)
                .sheet("6月").row("序号", "改革任务", "牵头单位").row("1", "六月的任务", "市财政局")
                .sheet("7月").row("序号", "改革任务", "牵头单位").row("1", "七月的任务", "市财政局")
                .sheet("底稿").row("序号", "改革任务", "牵头单位").row("1", "底稿的任务", "市财政局").hideSheet()
                .sheet("空白").row("这里什么也没有")
                .save(dir.resolve("月报." + format));
        assertEquals("六月的任务", Corpus.read(file).rows().get(0).get(TITLE), "the first of equals");
        WorkbookData july = Corpus.read(file, ReadOptions.of(2023).sheet("7月"));
        assertEquals("7月", july.sheet().name());
        assertRows(july, 2, values(NUMBER, "1", TITLE, "七月的任务", LEAD_UNITS, "市财政局"));
        assertEquals("底稿的任务", Corpus.read(file, ReadOptions.of(2023).sheet("底稿")).rows().get(0).get(TITLE));

        LedgerException none = assertThrows(LedgerException.class,
                () -> Corpus.read(file, ReadOptions.of(2023).sheet("8月")));
        assertEquals("import.noSheet", none.key());
        assertTrue(none.getMessage().contains("月报." + format) && none.getMessage().contains("8月"), none.getMessage());
        LedgerException blank = assertThrows(LedgerException.class,
                () -> Corpus.read(file, ReadOptions.of(2023).sheet("空白")));
        assertEquals("import.noHeader", blank.key());
        assertTrue(blank.getMessage().contains("月报." + format) && blank.getMessage().contains("空白"),
                blank.getMessage());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void mergedCellsFillDownInUnitAndDomainColumnsButNotInNumberOrTask(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("改革领域", "序号", "改革任务", "牵头单位", "配合单位", "完成时限")
                .row("经济体制改革", "1", "任务甲", "市财政局", "市税务局", "年底前")
                .row(null, null, "任务甲续", null, "市人社局", "6月底前")
                .row(null, "2", "任务乙", null, null, "年内")
                .row(null, "3", null, "市商务局", null, "年内")
                .row("社会体制改革", "4", "任务丁", "市民政局", null, "年内")
                .merge("A2:A5").merge("B2:B3").merge("D2:D4").merge("C4:C5").merge("E4:E5");
        WorkbookData data = read(wb, format);
        assertMapping(mapping(0, DOMAIN, 1, NUMBER, 2, TITLE, 3, LEAD_UNITS, 4, PARTNER_UNITS, 5, DEADLINE), data);
        assertRows(data,
                2, values(DOMAIN, "经济体制改革", NUMBER, "1", TITLE, "任务甲", LEAD_UNITS, "市财政局", PARTNER_UNITS, "市税务局",
                        DEADLINE, "年底前"),
                3, values(DOMAIN, "经济体制改革", TITLE, "任务甲续", LEAD_UNITS, "市财政局", PARTNER_UNITS, "市人社局",
                        DEADLINE, "6月底前"),
                4, values(DOMAIN, "经济体制改革", NUMBER, "2", TITLE, "任务乙", LEAD_UNITS, "市财政局", DEADLINE, "年内"),
                5, values(DOMAIN, "经济体制改革", NUMBER, "3", LEAD_UNITS, "市商务局", DEADLINE, "年内"),
                6, values(DOMAIN, "社会体制改革", NUMBER, "4", TITLE, "任务丁", LEAD_UNITS, "市民政局", DEADLINE, "年内"));
        assertEquals(RowRef.of("Sheet1", 2), data.rows().get(1).parent(), "a task without a 序号 is a measure of the one above");
        assertErrors(data);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aMeasuresColumnIsMapped(String format) {
        TestWorkbook wb = book(format).sheet("Sheet1")
                .row("序号", "重点任务", "具体举措", "责任单位", "完成时限", "备注")
                .row("1", "任务一", "举措一；举措二", "市财政局", "年底前", null);
        WorkbookData data = read(wb, format);
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, MEASURES, 3, LEAD_UNITS, 4, DEADLINE, 5, REMARKS), data);
        assertRows(data, 2, values(NUMBER, "1", TITLE, "任务一", MEASURES, "举措一；举措二", LEAD_UNITS, "市财政局",
                DEADLINE, "年底前"));
    }
}
