package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;

/**
 * {@code taizhang print FILE --pdf OUT.pdf}: the ledger table as the window prints it, with the
 * columns and the filter given on the command line, read back from the PDF.
 */
class PrintCliTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2024-01-10T02:00:00Z");

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void printsTheColumnsAndTasksAskedForAndSaysWhatItWrote() throws Exception {
        Path file = dir.resolve("s.taizhang");
        assertEquals(0, CliRun.of(clock, "demo", file.toString()).code());
        Path pdf = dir.resolve("滞后.pdf");
        CliRun r = CliRun.of(clock, "print", file.toString(), "--pdf", pdf.toString(), "--status", "滞后",
                "--columns", "number,title,leadUnits,status", "--domain", "经济体制改革");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("已生成台账打印稿 " + pdf + "（2 项，1 页，校验码 "), r.out());
        String text = text(pdf);
        assertTrue(text.contains("北疆市2023年全面深化改革任务台账"), text);
        assertTrue(text.contains("筛选：改革领域：经济体制改革；状态：滞后"), text);
        assertTrue(text.contains("共 2 项") && text.contains("第 1 页 共 1 页"), text);
        assertTrue(text.contains("牵头单位") && !text.contains("进展情况"), "only the columns asked for");
        assertTrue(text.contains("推进工业用地“标准地”出让改革"), "a 滞后 task of the domain");
        assertFalse(text.contains("深化农业水价综合改革"), "a 滞后 task of another domain is not printed");

        Path past = dir.resolve("年中.pdf");
        CliRun june = CliRun.of(clock, "print", file.toString(), "--pdf", past.toString(), "--as-of", "2023-06-30");
        assertEquals(0, june.code(), june.err());
        assertTrue(text(past).contains("北疆市2023年全面深化改革任务台账（截至2023年6月30日）"), "the ledger as it stood");
    }

    @Test
    void saysWhatIsWrongInOneLine() throws Exception {
        Path file = dir.resolve("s.taizhang");
        assertEquals(0, CliRun.of(clock, "demo", file.toString()).code());
        Path pdf = dir.resolve("a.pdf");
        CliRun column = CliRun.of(clock, "print", file.toString(), "--pdf", pdf.toString(), "--columns", "number,colour");
        assertEquals(1, column.code());
        assertTrue(column.err().contains("colour") && column.err().contains("progress"), column.err());
        CliRun light = CliRun.of(clock, "print", file.toString(), "--pdf", pdf.toString(), "--light", "紫灯");
        assertEquals(1, light.code());
        assertTrue(light.err().contains("紫灯"), light.err());
        assertFalse(Files.exists(pdf), "nothing written on a mistake");
        assertEquals(0, CliRun.of(clock, "print", file.toString(), "--pdf", pdf.toString(), "--light", "红灯").code());
        CliRun again = CliRun.of(clock, "print", file.toString(), "--pdf", pdf.toString());
        assertEquals(1, again.code(), "an existing file is kept without --force");
        assertEquals(0, CliRun.of(clock, "print", file.toString(), "--pdf", pdf.toString(), "--force").code());
        assertEquals(2, CliRun.of(clock, "print", file.toString()).code(), "--pdf is required");
    }
}
