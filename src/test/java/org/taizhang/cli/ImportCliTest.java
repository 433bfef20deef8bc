package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.exchange.TestWorkbook;

/** taizhang import: dry runs, JSON per workbook, folders, and what happens to a file that cannot be read. */
class ImportCliTest {
    @TempDir
    Path dir;
    Path ledger;
    SettableClock clock = SettableClock.at("2024-01-10T02:00:00Z");

    CliRun run(String... args) {
        return CliRun.of(clock, args);
    }

    @BeforeEach
    void sample() throws Exception {
        ledger = dir.resolve("x.taizhang");
        assertEquals(0, run("demo", ledger.toString()).code());
        Files.createDirectories(dir.resolve("returns"));
        TestWorkbook.xlsx().sheet("市医保局")
                .row("2023年第四季度改革任务推进情况表").merge("A1:E1")
                .row("填报单位：市医保局")
                .row("序号", "改革任务", "牵头单位", "进展情况", "状态")
                .row("(4)", "推进医保基金智能监管", "市医保局", "智能监管系统上线试运行", "推进中")
                .row("(9)", "无名任务", "市医保局", "进展", "差不多了")
                .save(dir.resolve("returns").resolve("市医保局.xlsx"));
        Files.writeString(dir.resolve("returns").resolve("网页.xls"), "<html><table><tr><td>x</td></tr></table></html>");
    }

    @Test
    void aDryRunPrintsThePlanAsJsonAndWritesNothing() {
        long before = JsonParser.parseString(run("history", ledger.toString(), "--json").out()).getAsJsonArray().size();
        CliRun r = run("import", ledger.toString(), dir.resolve("returns").resolve("市医保局.xlsx").toString(), "--dry-run",
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonArray all = JsonParser.parseString(r.out()).getAsJsonArray();
        JsonObject o = all.get(0).getAsJsonObject();
        assertTrue(o.keySet().containsAll(Set.of("file", "unit", "sheets", "rows", "new", "changed", "unchanged", "missing",
                "conflicts", "errors", "skipped", "adjustment")), o.keySet().toString());
        assertEquals("市医保局", o.get("unit").getAsString());
        JsonObject sheet = o.getAsJsonArray("sheets").get(0).getAsJsonObject();
        assertEquals("市医保局", sheet.get("name").getAsString());
        assertEquals(3, sheet.get("headerRow").getAsInt());
        assertEquals("leadUnits", sheet.getAsJsonObject("mapping").get("牵头单位").getAsString());
        JsonObject rows = o.getAsJsonObject("rows");
        assertEquals(5, rows.get("total").getAsInt(), "every non-empty row is counted");
        assertEquals(2, rows.get("tasks").getAsInt() + rows.get("measures").getAsInt());
        assertEquals(3, rows.get("skipped").getAsInt(), "the title, the unit line and the header");
        assertEquals(List.of("title", "title", "header"), o.getAsJsonArray("skipped").asList().stream()
                .map(e -> e.getAsJsonObject().get("reason").getAsString()).toList());
        assertEquals(2, o.get("new").getAsInt(), "the row with a bad status is still read");
        JsonObject error = o.getAsJsonArray("errors").get(0).getAsJsonObject();
        assertEquals(5, error.get("row").getAsInt());
        assertEquals("E", error.get("column").getAsString());
        assertEquals("差不多了", error.get("value").getAsString());
        assertEquals("cell", error.get("lost").getAsString());
        long after = JsonParser.parseString(run("history", ledger.toString(), "--json").out()).getAsJsonArray().size();
        assertEquals(before, after);
        assertEquals(List.of(), backups(), "a dry run writes nothing, not even a backup");
    }

    private List<String> backups() {
        Path folder = dir.resolve("x（备份）");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFolderImportsEachWorkbookAndSaysWhichCouldNotBeRead() {
        CliRun r = run("import", ledger.toString(), dir.resolve("returns").toString(), "--operator", "赵静");
        assertEquals(1, r.code(), "one workbook could not be read");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.out().contains("市医保局.xlsx"), r.out());
        assertTrue(r.out().contains("已导入为第"), r.out());
        assertTrue(r.out().contains("网页.xls") && r.out().contains("网页"), r.out());
        CliRun again = run("import", ledger.toString(), dir.resolve("returns").resolve("市医保局.xlsx").toString(),
                "--operator", "赵静");
        assertEquals(0, again.code());
        assertTrue(again.out().contains("没有需要写入的改动"), again.out());
        assertEquals(2, backups().size(), "one before each batch: the first import changed the ledger");
        assertEquals(0, run("import", ledger.toString(), dir.resolve("returns").resolve("市医保局.xlsx").toString(),
                "--operator", "赵静").code());
        assertEquals(2, backups().size(), "none again for a ledger unchanged since the last backup");
        assertTrue(backups().get(0).matches("x \\d{4}-\\d{2}-\\d{2} \\d{2}\\.\\d{2}\\.\\d{2} 导入前\\.taizhang"), backups().toString());
        assertEquals(0, run("verify", ledger.toString()).code());
    }

    @Test
    void everySubcommandsHelpPrintsItsUsage() {
        for (String command : List.of("new", "demo", "list", "history", "diff", "add", "edit", "merge", "undo", "import",
                "export", "report", "verify", "bench")) {
            CliRun r = run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().contains("Usage: taizhang " + command), command + ": " + r.out());
            assertEquals("", r.err(), command);
        }
    }

    @Test
    void applyingNeedsAnOperator() {
        CliRun r = run("import", ledger.toString(), dir.resolve("returns").resolve("市医保局.xlsx").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("经办人"), r.err());
    }
}
