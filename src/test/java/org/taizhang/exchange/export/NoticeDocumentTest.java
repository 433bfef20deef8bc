package org.taizhang.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.testing.Needs.need;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.notice.Notice;
import org.taizhang.core.notice.NoticeLevel;
import org.taizhang.core.notice.Notices;
import org.taizhang.testing.TestLedger;

/** The 督办单 as Word writes it, read back with POI, and as LibreOffice lays it out. */
class NoticeDocumentTest {
    @RegisterExtension
    TestLedger ledger = TestLedger.sample().at("2026-01-05T02:00:00Z");
    LedgerService service;
    Notice red;

    @BeforeEach
    void open() {
        service = ledger.service();
        // the sample's notice to 市司法局: two tasks, answered late
        red = new Notices(service).all().stream().filter(n -> n.unit().equals("市司法局")).findFirst().orElseThrow();
    }

    private static String text(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
        return b.toString();
    }

    @Test
    void theDocumentSaysWhoIsChasedForWhatByWhenInTheOfficesForm() throws Exception {
        NoticeContent c = NoticeContent.of(service, red);
        assertEquals("红色督办单-市司法局-改革督〔2023〕6号", c.fileName());
        Path file = ledger.dir().resolve(c.fileName() + ".docx");
        NoticeDocument.write(file, false, c);
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph band = ps.get(0);
            assertEquals("红色督办单", band.getText());
            assertEquals("C00000", java.util.HexFormat.of().withUpperCase().formatHex((byte[]) band.getCTP().getPPr().getShd().getFill()));
            assertEquals("FFFFFF", band.getRuns().get(0).getColor());
            assertEquals("中共北疆市委全面深化改革委员会办公室", ps.get(1).getText());
            assertEquals("改革督〔2023〕6号", ps.get(2).getText());
            assertEquals("市司法局：", ps.get(3).getText());
            String all = text(doc);
            assertTrue(all.contains("截至2023年6月30日，你单位牵头的以下2项改革任务已超过完成时限仍未完成"), all);
            assertTrue(all.contains("于2023年7月12日前书面报送中共北疆市委全面深化改革委员会办公室"), all);
            assertTrue(all.contains("联系人：赵静　0477-8581234"), all);
            assertTrue(all.contains("2023年7月5日"), "issued: " + all);
            assertTrue(!all.contains("预览"), all);

            XWPFTable table = doc.getTables().get(0);
            assertEquals(List.of("序号", "改革任务", "完成时限", "逾期/剩余", "最近进展（报送日期）"),
                    table.getRow(0).getTableCells().stream().map(x -> x.getText()).toList());
            assertEquals(3, table.getNumberOfRows());
            assertTrue(table.getRow(1).getCell(3).getText().startsWith("逾期") || table.getRow(1).getCell(3).getText()
                    .equals("到期未完成"), table.getRow(1).getCell(3).getText());

            for (XWPFParagraph p : ps) {
                for (XWPFRun r : p.getRuns()) {
                    if (!r.text().isEmpty()) {
                        String east = r.getCTR().getRPr().getRFontsArray(0).getEastAsia();
                        assertTrue(List.of("方正小标宋简体", "仿宋_GB2312", "楷体_GB2312").contains(east), r.text() + ": " + east);
                    }
                }
            }
            assertEquals("方正小标宋简体", band.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("仿宋_GB2312", ps.get(3).getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("宋体", table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getCTR().getRPr()
                    .getRFontsArray(0).getEastAsia());

            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(List.of(11906L, 16838L), List.of(((BigInteger) size.getW()).longValue(),
                    ((BigInteger) size.getH()).longValue()));
            CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(List.of(2098L, 1474L, 1984L, 1588L), List.of(((BigInteger) mar.getTop()).longValue(),
                    ((BigInteger) mar.getRight()).longValue(), ((BigInteger) mar.getBottom()).longValue(),
                    ((BigInteger) mar.getLeft()).longValue()));
            assertTrue(doc.getFooterArray(0).getText().contains("校验码 "), doc.getFooterArray(0).getText());
        }
    }

    @Test
    void aPreviewSaysSoAndAMeasureIsNamedUnderItsTask() {
        List<Notices.Draft> plan = new Notices(service).plan(LocalDate.of(2023, 9, 30), EnumSet.of(NoticeLevel.RED),
                "市政务服务局");
        NoticeContent c = NoticeContent.preview(service, plan.get(0), LocalDate.of(2023, 9, 30), "改革督〔2026〕1号");
        assertTrue(c.preview());
        assertTrue(c.fileName().endsWith("-预览"), c.fileName());
        assertTrue(c.rows().get(0).number().matches("\\d+\\.\\(\\d+\\)"), "a measure under its task: " + c.rows());
        assertEquals("到期未完成", c.rows().get(0).days()); // 9月底前, judged at the end of 9-30
        assertTrue(c.rows().get(0).progress().contains("2023年7月13日报送"), c.rows().get(0).progress());
    }

    /**
     * LibreOffice turns a red 督办单 into a one-page PDF naming its number and tasks; the PDF and its
     * page as a PNG stay in target/notices for a person to look at.
     */
    @Test
    void libreOfficeMakesAPdfOfIt() throws Exception {
        need(OfficePdf.soffice() != null, "LibreOffice (soffice)");
        Path out = Files.createDirectories(Path.of("target", "notices").toAbsolutePath());
        NoticeContent c = NoticeContent.of(service, red);
        Path docx = out.resolve("notice-red.docx");
        NoticeDocument.write(docx, true, c);
        Files.deleteIfExists(out.resolve("notice-red.pdf"));
        List<Path> profilesBefore = org.taizhang.store.ScratchFolder.named(OfficePdf.PROFILE);
        List<Path> pdf = OfficePdf.convert(List.of(docx));
        assertEquals(profilesBefore, org.taizhang.store.ScratchFolder.named(OfficePdf.PROFILE), "LibreOffice's settings for the run are not left in the temporary files");
        need(Files.exists(pdf.get(0)), "LibreOffice Writer");
        Process text = new ProcessBuilder("pdftotext", "-layout", pdf.get(0).toString(), "-").start();
        String pages = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.waitFor(60, TimeUnit.SECONDS));
        String flat = pages.replaceAll("\\s", "");
        assertTrue(flat.contains("红色督办单") && flat.contains("改革督〔2023〕6号") && flat.contains("市司法局"), flat);
        assertEquals(1, pages.split("\f", -1).length - 1, "one page");
        new ProcessBuilder("pdftoppm", "-png", "-r", "80", pdf.get(0).toString(), out.resolve("notice-red").toString())
                .redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
    }
}
