package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.taizhang.exchange.Corpus.assertErrors;
import static org.taizhang.exchange.Corpus.assertMapping;
import static org.taizhang.exchange.Corpus.assertRows;
import static org.taizhang.exchange.Corpus.mapping;
import static org.taizhang.exchange.Corpus.values;
import static org.taizhang.exchange.RawXlsx.is;
import static org.taizhang.exchange.RawXlsx.row;
import static org.taizhang.exchange.RawXlsx.sheetXml;
import static org.taizhang.exchange.importing.Column.DEADLINE;
import static org.taizhang.exchange.importing.Column.LEAD_UNITS;
import static org.taizhang.exchange.importing.Column.NUMBER;
import static org.taizhang.exchange.importing.Column.STATUS;
import static org.taizhang.exchange.importing.Column.TITLE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.exchange.importing.WorkbookData;

/**
 * .xlsx files as WPS, LibreOffice and scripts write them, made by hand: rows and cells without
 * references, inline strings, formula strings, Strict OOXML, oddly named parts, extra parts and
 * WPS's own properties, namespace prefixes, no styles.
 */
class WorkbookReaderXlsxQuirksTest {
    private static final String HEADER = row(1, is("A1", "序号") + is("B1", "改革任务") + is("C1", "牵头单位")
            + is("D1", "完成时限") + is("E1", "状态"));

    @TempDir
    Path dir;

    private static void assertTheTwoTasks(WorkbookData data) {
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS, 3, DEADLINE, 4, STATUS), data);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "2023年12月31日", STATUS, "推进中"),
                3, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "市税务局", DEADLINE, "年内", STATUS, "已完成"));
        assertErrors(data);
    }

    /** The usual two tasks, rows and cells with references. */
    private static String[] twoTasks() {
        return new String[] {HEADER,
            row(2, "<c r=\"A2\"><v>1</v></c>" + is("B2", "任务一") + is("C2", "市财政局")
                    + "<c r=\"D2\" s=\"1\"><v>45291</v></c>" + is("E2", "推进中")),
            row(3, "<c r=\"A3\"><v>2</v></c>" + is("B3", "任务二") + is("C3", "市税务局") + is("D3", "年内")
                    + is("E3", "已完成"))};
    }

    @Test
    void rowsAndCellsWithoutReferencesAreCountedInOrder() {
        String sheet = sheetXml(
                "<row>" + is("序号") + is("改革任务") + is("牵头单位") + is("完成时限") + is("状态") + "</row>",
                "<row><c><v>1</v></c>" + is("任务一") + is("市财政局") + "<c s=\"1\"><v>45291</v></c>" + is("推进中") + "</row>",
                "<row><c><v>2</v></c>" + is("任务二") + "<c t=\"s\"/>" + is("年内") + is("已完成") + "</row>",
                "<row/>",
                "<row><c/><c/>" + is("任务三") + "</row>");
        // The third row's C is an empty cell: 任务二 has no lead unit; the last row's text sits in column C,
        // with neither 序号 nor task: it belongs to the task above, as its lead unit.
        WorkbookData data = Corpus.read(RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("wps.xlsx")));
        assertMapping(mapping(0, NUMBER, 1, TITLE, 2, LEAD_UNITS, 3, DEADLINE, 4, STATUS), data);
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "2023年12月31日", STATUS, "推进中"),
                3, values(NUMBER, "2", TITLE, "任务二", LEAD_UNITS, "任务三", DEADLINE, "年内", STATUS, "已完成"));
        assertEquals(List.of(5), data.rows().get(1).joined());
        assertErrors(data);
    }

    @Test
    void rowsWithAndWithoutReferencesMixed() {
        String sheet = sheetXml(HEADER,
                "<row><c r=\"A2\"><v>1</v></c>" + is("任务一") + is("市财政局") + "<c s=\"1\"><v>45291</v></c>"
                        + is("推进中") + "</row>",
                row(3, "<c><v>2</v></c>" + is("任务二") + is("市税务局") + is("D3", "年内") + is("已完成")));
        assertTheTwoTasks(Corpus.read(RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("mixed.xlsx"))));
    }

    @Test
    void formulaStringsBooleansAndDatesAsLibreOfficeWritesThem() {
        String sheet = sheetXml(HEADER,
                row(2, "<c r=\"A2\" s=\"0\" t=\"n\"><v>1</v></c><c r=\"B2\" t=\"str\"><f>\"任务\"&amp;\"一\"</f><v>任务一</v></c>"
                        + is("C2", "市财政局") + "<c r=\"D2\" s=\"2\" t=\"n\"><v>45291</v></c>"
                        + "<c r=\"E2\" t=\"str\"><f>IF(1,\"推进中\",\"\")</f><v>推进中</v></c>"),
                row(3, "<c r=\"A3\" t=\"n\"><v>2</v></c>" + is("B3", "任务二") + is("C3", "市税务局")
                        + "<c r=\"D3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 年内 </t></is></c>"
                        + "<c r=\"E3\" t=\"str\"><f>E2</f><v>已完成</v></c>"));
        assertTheTwoTasks(Corpus.read(RawXlsx.workbook().date1904().sheet("Sheet1", "xl/worksheets/sheet1.xml",
                sheet.replace("<v>45291</v>", "<v>" + (45291 - 1462) + "</v>")).save(dir.resolve("calc.xlsx"))));
    }

    @Test
    void strictOoxmlReadsLikeTransitional() {
        String sheet = RawXlsx.sheetXmlIn(RawXlsx.STRICT_MAIN, twoTasks());
        WorkbookData data = Corpus.read(RawXlsx.workbook().strict().sheet("台账", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("strict.xlsx")));
        assertEquals("台账", data.sheet().name());
        assertTheTwoTasks(data);
    }

    @Test
    void strictOoxmlWithSharedStrings() {
        String sheet = RawXlsx.sheetXmlIn(RawXlsx.STRICT_MAIN, row(1, "<c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
                + "<c r=\"E1\" t=\"s\"><v>4</v></c>"), twoTasks()[1], twoTasks()[2]);
        WorkbookData data = Corpus.read(RawXlsx.workbook().strict()
                .sharedStrings("<t>序号</t>", "<t>改革任务</t>", "<t>牵头单位</t>", "<t>完成时限</t>", "<t>状态</t>")
                .sheet("台账", "xl/worksheets/sheet1.xml", sheet).save(dir.resolve("strict-sst.xlsx")));
        assertTheTwoTasks(data);
    }

    @Test
    void sheetPartsNeedNotBeCalledSheet1() {
        WorkbookData data = Corpus.read(RawXlsx.workbook()
                .sheet("说明", "xl/worksheets/readme.xml", sheetXml(row(1, is("A1", "填表说明"))))
                .sheet("台账", "xl/ws/Data_2023.xml", sheetXml(twoTasks()))
                .save(dir.resolve("named.xlsx")));
        assertEquals("台账", data.sheet().name());
        assertTheTwoTasks(data);
    }

    @Test
    void extraPartsAndWpsCustomPropertiesAreIgnored() {
        String custom = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
                + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"KSOProductBuildVer\">"
                + "<vt:lpwstr>2052-12.1.0.16250</vt:lpwstr></property>"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"3\" name=\"ICV\">"
                + "<vt:lpwstr>A1B2C3D4E5F6</vt:lpwstr></property></Properties>";
        String app = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>WPS 表格</Application><DocSecurity>0</DocSecurity></Properties>";
        // WPS writes its sheet with every trimming: sheetPr, dimension, views, cols, merges, margins, extLst.
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + RawXlsx.MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                + "xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
                + "xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\" "
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:etc=\"http://www.wps.cn/officeDocument/2017/etCustomData\">"
                + "<sheetPr><tabColor rgb=\"FFFF0000\"/><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                + "<dimension ref=\"A1:E3\"/><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultColWidth=\"9\" defaultRowHeight=\"13.5\" outlineLevelCol=\"4\"/>"
                + "<cols><col min=\"1\" max=\"1\" width=\"6\" customWidth=\"1\"/><col min=\"2\" max=\"5\" width=\"30\"/></cols>"
                + "<sheetData>" + String.join("", twoTasks()).replace("<row r=\"2\">",
                        "<row r=\"2\" spans=\"1:5\" ht=\"40\" customHeight=\"1\">") + "</sheetData>"
                + "<mergeCells count=\"0\"/><phoneticPr fontId=\"1\" type=\"noConversion\"/>"
                + "<dataValidations count=\"1\"><dataValidation type=\"list\" sqref=\"E2:E100\"><formula1>\"未启动,推进中,已完成\""
                + "</formula1></dataValidation></dataValidations>"
                + "<pageMargins left=\"0.75\" right=\"0.75\" top=\"1\" bottom=\"1\" header=\"0.5\" footer=\"0.5\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\"/><headerFooter/>"
                + "<extLst><ext uri=\"{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}\"><x14:dataValidations count=\"0\"/></ext>"
                + "</extLst></worksheet>";
        WorkbookData data = Corpus.read(RawXlsx.workbook()
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .part("docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml", custom)
                .rootRelation("http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                        "docProps/custom.xml")
                .part("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", app)
                .rootRelation("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
                        "docProps/app.xml")
                .part("customXml/item1.xml", null, "<b:Sources xmlns:b=\"http://schemas.openxmlformats.org/officeDocument/"
                        + "2006/bibliography\"/>")
                .part("xl/metadata.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
                        "<metadata xmlns=\"" + RawXlsx.MAIN + "\"/>")
                .part("xl/wps/etCustomData.xml", "application/vnd.wps-officedocument.customData+xml",
                        "<etc:customData xmlns:etc=\"http://www.wps.cn/officeDocument/2017/etCustomData\"/>")
                .save(dir.resolve("wps-props.xlsx")));
        assertTheTwoTasks(data);
    }

    @Test
    void prefixedElementsAsOpenXmlSdkWritesThem() {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet xmlns:x=\"" + RawXlsx.MAIN + "\">"
                + "<x:sheetData>" + String.join("", twoTasks()).replaceAll("<(/?)(row|c|is|t|v)\\b", "<$1x:$2")
                + "</x:sheetData></x:worksheet>";
        assertTheTwoTasks(Corpus.read(RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("sdk.xlsx"))));
    }

    @Test
    void aWorkbookWithoutAStylesPartShowsNumbersPlainly() {
        String sheet = sheetXml(HEADER,
                row(2, "<c r=\"A2\"><v>1</v></c>" + is("B2", "任务一") + is("C2", "市财政局") + "<c r=\"D2\"><v>45291</v></c>"
                        + is("E2", "推进中")),
                row(3, "<c r=\"A3\"><v>1.2000000000000002</v></c>" + is("B3", "任务二") + is("C3", "市税务局")
                        + is("D3", "年内") + is("E3", "已完成")));
        WorkbookData data = Corpus.read(RawXlsx.workbook().styles(null).sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("bare.xlsx")));
        assertRows(data,
                2, values(NUMBER, "1", TITLE, "任务一", LEAD_UNITS, "市财政局", DEADLINE, "2023年12月31日", STATUS, "推进中"),
                3, values(NUMBER, "1.2", TITLE, "任务二", LEAD_UNITS, "市税务局", DEADLINE, "年内", STATUS, "已完成"));
        assertErrors(data);
    }

    @Test
    void hiddenColumnsAsLibreOfficeWritesThemUpToTheLastColumn() {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + RawXlsx.MAIN + "\">"
                + "<cols><col min=\"1\" max=\"5\" width=\"12\"/><col min=\"6\" max=\"16384\" hidden=\"true\" width=\"0\"/></cols>"
                + "<sheetData>" + String.join("", twoTasks()).replace("</row>", is("进展（辅助）") + "</row>") + "</sheetData></worksheet>";
        WorkbookData data = Corpus.read(RawXlsx.workbook().sheet("Sheet1", "xl/worksheets/sheet1.xml", sheet)
                .save(dir.resolve("calc-hidden.xlsx")));
        assertTheTwoTasks(data);
    }

    @Test
    void aMacroWorkbookIsAWorkbook() {
        WorkbookData data = Corpus.read(RawXlsx.workbook()
                .workbookContentType("application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .sheet("Sheet1", "xl/worksheets/sheet1.xml", sheetXml(twoTasks())).save(dir.resolve("macro.xlsm")));
        assertTheTwoTasks(data);
    }
}
