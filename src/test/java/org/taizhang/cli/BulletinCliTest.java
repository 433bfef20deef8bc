package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;

/**
 * {@code taizhang report FILE --docx OUT.docx}: the 通报 for the report's date and period, its
 * figures those of {@code --json} for the same options, the office and addressees as given, dated
 * the day it is written.
 */
class BulletinCliTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");

    @Test
    void theBulletinCarriesTheReportsFiguresForTheSameOptions() throws Exception {
        Path file = dir.resolve("s.taizhang");
        assertEquals(0, CliRun.of(clock, "demo", file.toString()).code());
        Path docx = dir.resolve("通报.docx");
        List<String> options = List.of("report", file.toString(), "--as-of", "2023-12-31", "--from", "2023-10-01");
        CliRun r = CliRun.of(clock, args(options, "--docx", docx.toString(), "--office", "北疆市委全面深化改革委员会办公室",
                "--recipients", "市委深改委各专项小组，市直各有关单位："));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("已生成通报 " + docx), r.out());
        JsonObject json = JsonParser.parseString(CliRun.of(clock, args(options, "--json")).out()).getAsJsonObject();
        assertTrue(r.out().contains(json.get("checkCode").getAsString()), "the check code of the same state");

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertEquals("市委深改委各专项小组，市直各有关单位：", text.get(2));
            String overall = text.stream().filter(t -> t.startsWith("截至2023年12月31日，")).findFirst().orElseThrow();
            assertTrue(overall.contains("在办" + json.get("active").getAsInt() + "项"), overall);
            assertTrue(overall.contains("已完成" + json.get("completed").getAsInt() + "项"), overall);
            assertTrue(overall.contains("逾期未完成" + json.get("overdue").getAsInt() + "项"), overall);
            String overdue = text.stream().filter(t -> t.startsWith("（一）部分任务逾期未完成。")).findFirst().orElseThrow();
            assertTrue(overdue.contains("逾期未完成任务" + json.get("overdue").getAsInt() + "项"), overdue);
            assertTrue(text.stream().anyMatch(t -> t.contains("统计期间（2023年10月1日至2023年12月31日）")),
                    "the period asked for");
            XWPFParagraph office = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("北疆市委全面深化改革委员会办公室")).findFirst().orElseThrow();
            assertFalse(office.getRuns().get(0).isHighlighted(), "an office given is not left to fill");
            assertTrue(text.contains("2026年11月27日"), "dated the day it is written");
        }

        CliRun again = CliRun.of(clock, args(options, "--docx", docx.toString()));
        assertEquals(1, again.code());
        assertTrue(again.err().contains("已存在"), again.err());
        assertEquals(0, CliRun.of(clock, args(options, "--docx", docx.toString(), "--force")).code());
        assertTrue(CliRun.of(clock, "report", file.toString()).err().contains("--docx"), "named among the outputs");
    }

    private static String[] args(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    @Test
    void theFiltersOfTheReportChooseTheTasksOfTheBulletin() throws Exception {
        Path file = dir.resolve("s.taizhang");
        assertEquals(0, CliRun.of(clock, "demo", file.toString()).code());
        List<String> options = List.of("report", file.toString(), "--as-of", "2023-12-31", "--domain", "经济体制改革");
        JsonObject json = JsonParser.parseString(CliRun.of(clock, args(options, "--json")).out()).getAsJsonObject();
        assertEquals(1, json.getAsJsonArray("byDomain").size(), "one 领域 counted");
        Path docx = dir.resolve("经济.docx");
        assertEquals(0, CliRun.of(clock, args(options, "--docx", docx.toString())).code());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertTrue(text.stream().anyMatch(t -> t.startsWith("（一）经济体制改革。在办任务"
                    + json.getAsJsonArray("byDomain").get(0).getAsJsonObject().get("active").getAsInt() + "项")), text.toString());
            assertFalse(text.stream().anyMatch(t -> t.startsWith("（二）") && t.contains("在办任务")), "no other 领域");
            assertTrue(text.stream().anyMatch(t -> t.contains("范围：改革领域：经济体制改革")), "the scope under the attachment's title");
        }
    }
}
