package org.taizhang.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.testing.Needs.need;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.report.Bulletin;
import org.taizhang.report.Summary;
import org.taizhang.report.SummaryBuilder;
import org.taizhang.report.SummaryTables;
import org.taizhang.store.OpenLedger;

/**
 * The sample's year-end 通报 written as a Word document and read back with POI (the page, the grid,
 * the fonts and sizes of each kind of paragraph, the page numbers, the figures), and laid out by
 * LibreOffice into a PDF whose pages stay in target/bulletin as PNG for a person to look at.
 */
class BulletinDocumentTest {
    static final LocalDate YEAR_END = LocalDate.of(2023, 12, 31);
    @TempDir
    static Path dir;
    static Summary summary;
    static Bulletin bulletin;
    static Path file;

    @BeforeAll
    static void write() {
        try (OpenLedger ledger = OpenLedger.createSample(dir.resolve("s.taizhang"),
                SettableClock.at("2024-01-10T02:00:00Z"))) {
            summary = SummaryBuilder.build(ledger.service(), SummaryBuilder.Request.quarterTo(YEAR_END),
                    ZoneId.of("Asia/Shanghai"), LocalDate.of(2024, 1, 10));
        }
        bulletin = Bulletin.of(summary, new Bulletin.Options("各县区委深改委，市委深改委各专项小组，市直各有关单位：", ""),
                LocalDate.of(2024, 1, 10));
        file = dir.resolve("通报.docx");
        BulletinDocument.write(bulletin, file, false);
    }

    private static XWPFDocument read() throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String eastAsia(XWPFRun r) {
        return r.getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + start));
    }

    private static long twips(Object value) {
        return ((BigInteger) value).longValue();
    }

    @Test
    void thePageIsA4WithTheMarginsAndTheGridOfGbt9704() throws Exception {
        try (XWPFDocument doc = read()) {
            var sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertEquals(List.of(11906L, 16838L), List.of(twips(size.getW()), twips(size.getH())), "A4 portrait");
            CTPageMar mar = sect.getPgMar();
            // 37 mm top, 35 bottom, 28 left, 26 right (1 mm = 56.7 twips)
            assertEquals(List.of(2098L, 1984L, 1588L, 1474L), List.of(twips(mar.getTop()), twips(mar.getBottom()),
                    twips(mar.getLeft()), twips(mar.getRight())));
            CTDocGrid grid = sect.getDocGrid();
            assertEquals(STDocGrid.LINES_AND_CHARS, grid.getType());
            long pitch = twips(grid.getLinePitch());
            assertEquals(22, (16838 - 2098 - 1984) / pitch, "22 lines a page");
            assertEquals(579, pitch, "28.95 pt a line");
            // a character of the grid: the default size (三号, 16 pt) plus charSpace/4096 points; 28 fill the line
            double charPt = 16 + twips(grid.getCharSpace()) / 4096.0;
            assertEquals(28, (int) Math.floor((11906 - 1588 - 1474) / 20.0 / charPt + 0.01), "28 characters a line: " + charPt);
            assertEquals(32, doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble() * 2, 0.01, "三号 by default");
        }
    }

    @Test
    void eachKindOfParagraphHasItsOfficialFontAndSize() throws Exception {
        try (XWPFDocument doc = read()) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertEquals("关于2023年全面深化改革任务\n推进情况的通报", title.getText(), "broken at a unit of meaning");
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            for (XWPFRun r : title.getRuns()) {
                assertEquals("方正小标宋简体", eastAsia(r), "小标宋, its fallback in the font table");
                assertEquals(22.0, r.getFontSizeAsDouble(), "二号");
            }
            assertEquals("各县区委深改委，市委深改委各专项小组，市直各有关单位：", doc.getParagraphs().get(2).getText(),
                    "主送 a line under the title's empty line");

            XWPFParagraph heading = paragraph(doc, "一、总体情况");
            assertEquals("黑体", eastAsia(heading.getRuns().get(0)));
            assertEquals(16.0, heading.getRuns().get(0).getFontSizeAsDouble());
            assertTrue(heading.getCTP().getPPr().isSetKeepNext(), "a heading stays with its text");
            for (String h : List.of("二、各领域推进情况", "三、存在的问题", "四、下一步工作")) {
                assertEquals("黑体", eastAsia(paragraph(doc, h).getRuns().get(0)), h);
            }

            XWPFParagraph overall = paragraph(doc, "截至2023年12月31日，");
            XWPFRun body = overall.getRuns().get(0);
            assertEquals("仿宋_GB2312", eastAsia(body));
            assertEquals("Times New Roman", body.getFontFamily(XWPFRun.FontCharRange.ascii), "figures in Times New Roman");
            assertEquals(16.0, body.getFontSizeAsDouble(), "三号");
            assertEquals(ParagraphAlignment.BOTH, overall.getAlignment(), "两端对齐");
            assertEquals(LineSpacingRule.EXACT, overall.getSpacingLineRule());
            assertEquals(28.95, overall.getSpacingBetween(), 0.01, "one line of the grid");
            assertEquals(200, overall.getCTP().getPPr().getInd().getFirstLineChars().intValue(), "首行缩进二字");
            // off the character grid (LibreOffice would give a 三号 character two of its cells), its
            // runs drawn together by a quarter point so that 28 fit 156 mm in every program
            assertEquals("off", overall.getCTP().getPPr().getSnapToGrid().getVal().toString());
            assertEquals(-5, body.getCharacterSpacing(), "twentieths of a point");
            assertTrue(28 * (16 - 0.25) <= (11906 - 1588 - 1474) / 20.0 && 29 * (16 - 0.25) > (11906 - 1588 - 1474) / 20.0);

            XWPFParagraph economy = paragraph(doc, "（一）经济体制改革。");
            assertEquals("楷体_GB2312", eastAsia(economy.getRuns().get(0)), "（一） in 楷体, run into its paragraph");
            assertEquals("仿宋_GB2312", eastAsia(economy.getRuns().get(1)));

            XWPFParagraph fill = paragraph(doc, "（请填写");
            assertEquals("yellow", fill.getRuns().get(0).getTextHighlightColor().toString(), "marked for the clerk");

            XWPFParagraph office = paragraph(doc, "（发文机关署名）");
            assertEquals(ParagraphAlignment.RIGHT, office.getAlignment());
            assertEquals("yellow", office.getRuns().get(0).getTextHighlightColor().toString());
            XWPFParagraph date = paragraph(doc, "2024年1月10日");
            assertEquals(400, date.getCTP().getPPr().getInd().getRightChars().intValue(), "成文日期右空四字");

            XWPFParagraph label = doc.getParagraphs().stream().filter(p -> p.getText().equals("附件")).findFirst().orElseThrow();
            assertTrue(label.isPageBreak(), "the attachment on a page of its own");
            assertEquals("黑体", eastAsia(label.getRuns().get(0)));
            assertEquals("附件：各领域、各牵头单位推进情况统计表", paragraph(doc, "附件：").getText());

            String fonts = new String(doc.getPackage().getPart(PackagingURIHelper.createPartName("/word/fontTable.xml"))
                    .getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(fonts.contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>"), fonts);
            assertTrue(fonts.contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"), fonts);
            assertTrue(fonts.contains("w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>"), fonts);
        }
    }

    @Test
    void thePageNumbersAreAFieldBetweenEmDashesOnTheOutside() throws Exception {
        try (XWPFDocument doc = read()) {
            assertTrue(doc.getSettings().getEvenAndOddHeadings(), "odd and even pages apart");
            var policy = doc.getHeaderFooterPolicy();
            for (XWPFFooter footer : List.of(policy.getDefaultFooter(), policy.getEvenPageFooter())) {
                assertEquals("— 1 —", footer.getText().strip());
                String xml = footer._getHdrFtr().xmlText();
                assertTrue(xml.contains(" PAGE "), "a PAGE field: " + xml);
                XWPFRun r = footer.getParagraphs().get(0).getRuns().get(0);
                assertEquals("宋体", eastAsia(r));
                assertEquals(14.0, r.getFontSizeAsDouble(), "四号");
            }
            assertEquals(ParagraphAlignment.RIGHT, policy.getDefaultFooter().getParagraphs().get(0).getAlignment(),
                    "odd pages on the right");
            assertEquals(ParagraphAlignment.LEFT, policy.getEvenPageFooter().getParagraphs().get(0).getAlignment(),
                    "even pages on the left");
        }
    }

    @Test
    void theFiguresAreTheSummarys() throws Exception {
        try (XWPFDocument doc = read()) {
            String overall = paragraph(doc, "截至2023年12月31日，").getText();
            assertEquals("截至2023年12月31日，" + SummaryTables.overallText(summary).replace(" ", ""), overall,
                    "the report's opening paragraph, word for word");
            assertTrue(overall.contains("在办" + summary.active() + "项"), overall);
            assertTrue(overall.contains("完成率" + SummaryTables.percent(summary.completion())), overall);

            Summary.Group economy = summary.byDomain().get(0);
            String domain = paragraph(doc, "（一）" + economy.name()).getText();
            assertTrue(domain.contains("在办任务" + economy.active() + "项，已完成" + economy.done() + "项，完成率"
                    + SummaryTables.percent(economy.completion())), domain);
            assertTrue(domain.contains("逾期未完成" + economy.overdue() + "项"), domain);
            assertEquals(summary.byDomain().size(), doc.getParagraphs().stream()
                    .filter(p -> p.getText().matches("（[一二三四五六七八九十]+）.*在办任务.*")).count(), "a paragraph a 领域");

            String overdue = paragraph(doc, "（一）部分任务逾期未完成。").getText();
            assertTrue(overdue.contains("逾期未完成任务" + summary.overdue().size() + "项"), overdue);
            Summary.Late first = summary.overdue().get(0);
            String task = paragraph(doc, "1." + first.task().title()).getText();
            assertTrue(task.contains(first.days() == 0 ? "到期未完成" : "逾期" + first.days() + "天"), task);
            assertEquals(summary.overdue().size(), doc.getParagraphs().stream()
                    .filter(p -> p.getText().matches("\\d+\\..*(逾期\\d+天|到期未完成)）。")).count(),
                    "every overdue task by name");
            String behind = paragraph(doc, "（二）部分任务推进滞后。").getText();
            assertTrue(behind.contains("滞后的任务" + summary.count(Status.BEHIND) + "项"), behind);
            assertEquals(summary.count(Status.BEHIND), Bulletin.of(summary, Bulletin.Options.NONE, YEAR_END)
                    .parts().get(2).paragraphs().stream().filter(p -> p.text().matches("\\d+\\..*完成时限：[^，]*）。")).count(),
                    "every task reported 滞后 by name");
            String silent = paragraph(doc, "（三）部分单位").getText();
            assertTrue(summary.silentUnits().isEmpty() ? silent.contains("均报送")
                    : silent.contains(summary.silentUnits().get(0).unit()), silent);

            XWPFTable domains = doc.getTables().get(0);
            assertEquals(summary.byDomain().size() + 1, domains.getNumberOfRows());
            assertEquals(economy.name(), domains.getRow(1).getCell(0).getText());
            assertEquals(Integer.toString(economy.active()), domains.getRow(1).getCell(1).getText());
            assertEquals(SummaryTables.percent(economy.completion()), domains.getRow(1).getCell(7).getText());
            XWPFTable units = doc.getTables().get(1);
            assertEquals(summary.byUnit().size() + 1, units.getNumberOfRows());
            assertEquals(summary.byUnit().get(0).name(), units.getRow(1).getCell(1).getText());
            assertTrue(units.getRow(0).isRepeatHeader());
            assertTrue(paragraph(doc, "数据来源：").getText().contains(summary.code().text()), "the check code of the figures");
        }
    }

    /**
     * A fontconfig file that lets the Song and Kai faces Debian has (AR PL UMing, UKai) stand in for
     * 小标宋, 宋体, 楷体 and 仿宋, as the office's faces would, and WenQuanYi for 黑体.
     */
    static Path officeFaces(Path folder) throws java.io.IOException {
        StringBuilder conf = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig><include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>");
        for (String[] alias : new String[][] {{"方正小标宋简体", "AR PL UMing CN"}, {"宋体", "AR PL UMing CN"},
                {"楷体_GB2312", "AR PL UKai CN"}, {"仿宋_GB2312", "AR PL UKai CN"}, {"黑体", "WenQuanYi Micro Hei"}}) {
            conf.append("<alias binding=\"same\"><family>").append(alias[0]).append("</family><prefer><family>")
                    .append(alias[1]).append("</family></prefer></alias>");
        }
        return Files.writeString(folder.resolve("fonts.conf"), conf.append("</fontconfig>\n"));
    }

    /**
     * LibreOffice opens the document and lays it out: the title, every section, the attachment's
     * tables, "— N —" on every page. The PDF and its pages as PNG stay in target/bulletin.
     */
    @Test
    void libreOfficeLaysItOutPageByPage() throws Exception {
        need(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice (soffice)");
        Path out = Files.createDirectories(Path.of("target", "bulletin").toAbsolutePath());
        Path docx = out.resolve("bulletin.docx");
        Files.copy(file, docx, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(out.resolve("bulletin.pdf"));
        ProcessBuilder convert = new ProcessBuilder("/usr/bin/soffice", "--headless",
                "-env:UserInstallation=file://" + dir.resolve("lo"), "--convert-to", "pdf", "--outdir",
                out.toString(), docx.toString()).redirectErrorStream(true);
        convert.environment().put("FONTCONFIG_FILE", officeFaces(dir).toString());
        Process p = convert.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), log);
        Path pdf = out.resolve("bulletin.pdf");
        need(Files.exists(pdf), "LibreOffice Writer (libreoffice-writer-nogui): " + log);
        Process text = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
        String pages = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.waitFor(60, TimeUnit.SECONDS));
        String flat = pages.replaceAll("\\s", "");
        int count = pages.split("\f", -1).length - 1;
        assertTrue(count >= 3, "pages: " + count);
        for (String words : List.of("推进情况的通报", "一、总体情况", "二、各领域推进情况", "三、存在的问题", "四、下一步工作",
                "（请填写下一步工作安排。）", "各领域、各牵头单位推进情况统计表", summary.code().text())) {
            assertTrue(flat.contains(words), "on paper: " + words);
        }
        for (int n = 1; n <= count; n++) {
            assertTrue(flat.contains("—" + n + "—"), "page " + n + " numbered: " + flat);
        }
        for (Path old : Files.newDirectoryStream(out, "page-*.png")) {
            Files.delete(old);
        }
        new ProcessBuilder("pdftoppm", "-png", "-r", "80", pdf.toString(), out.resolve("page").toString())
                .redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
    }
}
