package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.I18n;

/** The command line, run in-process on real ledger files: outputs, exit codes, one-line errors. */
class CliTest {
    @TempDir
    Path dir;
    Path file;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");

    CliRun run(String... args) {
        return CliRun.of(clock, args);
    }

    @BeforeEach
    void sample() {
        file = dir.resolve("x.taizhang");
        CliRun demo = run("demo", file.toString());
        assertEquals(0, demo.code(), demo.err());
    }

    @AfterEach
    void chineseAgain() {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static void assertOneLineError(CliRun r, int code, String contains) {
        assertEquals(code, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(contains), r.err());
    }

    private long logSize() {
        return JsonParser.parseString(run("history", file.toString(), "--json").out()).getAsJsonArray().size();
    }

    @Test
    void everyCommandIsFoundByItsNameAndListedInTheUsage() {
        // A command line naming its command sets up that command alone; the usage still lists all.
        CliRun usage = run("--help");
        assertEquals(0, usage.code(), usage.err());
        for (String name : Cli.ALL) {
            assertTrue(usage.out().contains(" " + name + " "), name + " in the usage:\n" + usage.out());
            CliRun help = run(name, "--help");
            assertEquals(0, help.code(), name + ": " + help.err());
            assertTrue(help.out().contains("taizhang " + name), name + ": " + help.out());
        }
        CliRun unknown = run("exprot", file.toString());
        assertEquals(2, unknown.code(), "an unknown command is still wrong usage: " + unknown.err());
    }

    @Test
    void listJsonUsesTheAgreedFieldNames() {
        CliRun r = run("list", file.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonArray tasks = JsonParser.parseString(r.out()).getAsJsonArray();
        assertTrue(tasks.size() >= 60);
        JsonObject first = tasks.get(0).getAsJsonObject();
        Set<String> keys = new TreeSet<>(first.keySet());
        assertTrue(keys.containsAll(Set.of("id", "number", "parentId", "domain", "year", "title", "measures",
                "leadUnits", "partnerUnits", "leader", "contact", "deadline", "deliverable", "progress", "problems",
                "nextSteps", "status", "target", "actual", "unit", "remarks")), keys.toString());
        assertEquals(Set.of("date", "kind", "text"), first.getAsJsonObject("deadline").keySet());
        assertTrue(first.get("leadUnits").isJsonArray());
        assertEquals("1.", first.get("number").getAsString());
    }

    @Test
    void listSearchesAndTravelsInTime() {
        CliRun found = run("list", file.toString(), "--search", "医保", "--json");
        JsonArray hits = JsonParser.parseString(found.out()).getAsJsonArray();
        assertTrue(hits.size() >= 3);
        hits.forEach(t -> assertTrue(t.toString().contains("医保")));
        JsonArray march = JsonParser.parseString(run("list", file.toString(), "--as-of", "2023-03-20", "--json").out())
                .getAsJsonArray();
        JsonArray now = JsonParser.parseString(run("list", file.toString(), "--json").out()).getAsJsonArray();
        assertTrue(march.size() < now.size());
        march.forEach(t -> assertEquals("", t.getAsJsonObject().get("progress").getAsString()));
        CliRun text = run("list", file.toString());
        assertTrue(text.out().startsWith("编号\t序号\t改革任务"), text.out());
    }

    @Test
    void historyAndDiffInTextAndJson() {
        JsonArray log = JsonParser.parseString(run("history", file.toString(), "--json").out()).getAsJsonArray();
        JsonObject first = log.get(0).getAsJsonObject();
        assertEquals("新增", first.get("type").getAsString());
        assertEquals(64, first.get("hash").getAsString().length());
        JsonArray timeline = JsonParser.parseString(run("history", file.toString(), "--task", "1", "--json").out())
                .getAsJsonArray();
        timeline.forEach(a -> a.getAsJsonObject().getAsJsonArray("changes")
                .forEach(c -> assertEquals(1, c.getAsJsonObject().get("taskId").getAsLong())));
        assertTrue(run("history", file.toString()).out().contains("调整时限"));

        JsonObject diff = JsonParser.parseString(run("diff", file.toString(), "--from", "2023-06-01", "--to",
                "2023-07-01", "--json").out()).getAsJsonObject();
        Set<String> kinds = new TreeSet<>();
        diff.getAsJsonArray("entries").forEach(e -> kinds.add(e.getAsJsonObject().get("kind").getAsString()));
        assertTrue(kinds.containsAll(Set.of("added", "cancelled", "merged")), kinds.toString());
        CliRun text = run("diff", file.toString(), "--from", "2023-06-01", "--to", "2023-07-01");
        assertTrue(text.out().contains("取消"), text.out());
    }

    @Test
    void undoNeedsOperatorAndReasonThenTakesBackTheLatest() {
        long before = logSize();
        assertOneLineError(run("undo", file.toString(), "--operator", "陈晓"), 1, "理由");
        assertEquals(2, run("undo", file.toString(), "--reason", "误操作").code(), "no operator");
        assertEquals(before, logSize());
        CliRun r = run("undo", file.toString(), "--operator", "陈晓", "--reason", "误操作");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("已撤销第 " + before + " 次调整"), r.out());
        assertEquals(before + 1, logSize());
        assertEquals(0, run("verify", file.toString()).code());
    }

    private JsonObject deadlineOf(Path ledger, String title) {
        JsonArray hits = JsonParser.parseString(run("list", ledger.toString(), "--search", title, "--json").out())
                .getAsJsonArray();
        return hits.get(0).getAsJsonObject().getAsJsonObject("deadline");
    }

    @Test
    void aNewLedgersYearComesFromTheTitleAndRelativeDeadlinesFromTheYear() throws Exception {
        Path titled = dir.resolve("titled.taizhang");
        CliRun made = run("new", titled.toString(), "--title", "北疆市2023年全面深化改革任务台账");
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("台账年度：2023（取自标题）"), made.out());
        for (String[] c : new String[][] {{"去年年底", "2022-12-31"}, {"次年3月底前", "2024-03-31"}, {"9月15日前", "2023-09-15"}}) {
            CliRun add = run("add", titled.toString(), "--title", "任务" + c[0], "--deadline", c[0], "--operator", "赵静");
            assertEquals(0, add.code(), add.err());
            JsonObject d = deadlineOf(titled, "任务" + c[0]);
            assertEquals(c[1], d.get("date").getAsString(), c[0]);
            assertEquals(c[0], d.get("text").getAsString(), "kept as written");
        }

        Path untitled = dir.resolve("untitled.taizhang");
        CliRun plain = run("new", untitled.toString(), "--title", "改革任务台账");
        assertTrue(plain.out().contains("台账年度：2026（标题中没有年份，取今年"), plain.out());
        Path given = dir.resolve("given.taizhang");
        CliRun both = run("new", given.toString(), "--title", "北疆市2023年全面深化改革任务台账", "--year", "2024");
        assertTrue(both.out().contains("台账年度：2024") && both.out().contains("标题写的是2023年"), both.out());
        try (org.taizhang.store.OpenLedger l = org.taizhang.store.OpenLedger.openForReading(given, clock)) {
            assertEquals(2024, l.service().info().year());
        }
    }

    @Test
    void addEditAndMergeRecordAdjustments() {
        CliRun add = run("add", file.toString(), "--title", "推进数据要素市场化配置改革", "--lead", "*市政务服务局、市发展改革委",
                "--deadline", "年底前", "--domain", "经济体制改革", "--number", "61.", "--operator", "赵静");
        assertEquals(0, add.code(), add.err());
        JsonArray tasks = JsonParser.parseString(run("list", file.toString(), "--search", "数据要素", "--json").out())
                .getAsJsonArray();
        long id = tasks.get(0).getAsJsonObject().get("id").getAsLong();
        CliRun postpone = run("edit", file.toString(), "--task", Long.toString(id), "--deadline", "2024年6月底前",
                "--operator", "陈晓", "--reason", "数据局组建后统筹推进", "--basis", "市委深改委第四次会议");
        assertEquals(0, postpone.code(), postpone.err());
        assertTrue(postpone.out().contains("调整时限"), postpone.out());
        CliRun merge = run("merge", file.toString(), "--task", Long.toString(id), "--into", "13", "--operator", "陈晓",
                "--reason", "并入营商环境任务");
        assertEquals(0, merge.code(), merge.err());
    }

    @Test
    void severalTasksAreEditedAsOneAdjustment() {
        long before = logSize();
        CliRun batch = run("edit", file.toString(), "--task", "5,6", "--status", "滞后", "--operator", "陈晓");
        assertEquals(0, batch.code(), batch.err());
        assertTrue(batch.out().contains("5、6"), batch.out());
        assertEquals(before + 1, logSize());
        JsonArray log = JsonParser.parseString(run("history", file.toString(), "--json").out()).getAsJsonArray();
        assertEquals(2, log.get(log.size() - 1).getAsJsonObject().getAsJsonArray("changes").size());
    }

    @Test
    void badInputGivesOneLineAndWritesNothing() throws Exception {
        long before = logSize();
        assertOneLineError(run("edit", file.toString(), "--task", "5", "--status", "差不多了", "--operator", "x"), 1,
                "差不多了");
        assertOneLineError(run("edit", file.toString(), "--task", "5", "--deadline", "尽快", "--operator", "x"), 1,
                "尽快");
        assertOneLineError(run("edit", file.toString(), "--task", "5", "--deadline", "2024年6月底前", "--operator", "x"),
                1, "理由");
        assertOneLineError(run("add", file.toString(), "--title", "无时限", "--deadline", "看情况", "--operator", "x"), 1,
                "看情况");
        assertEquals(before, logSize());

        Path missing = dir.resolve("missing.taizhang");
        assertOneLineError(run("list", missing.toString()), 1, "找不到台账文件");
        assertFalse(Files.exists(missing), "opening a missing ledger does not create it");
        Path text = Files.writeString(dir.resolve("a.taizhang"), "hello");
        assertOneLineError(run("list", text.toString()), 1, "不是台账文件");
        assertOneLineError(run("demo", file.toString()), 1, "已存在");
        assertOneLineError(run("list", file.toString(), "--as-of", "昨天"), 1, "昨天");
        assertOneLineError(run("list"), 2, "LEDGER");
    }

    @Test
    void aLedgerOfANewerProgramIsRefused() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '9', 'f', 'SQL', 'V9__f.sql', 0, "
                    + "'x', 0, 1)");
        }
        assertOneLineError(run("list", file.toString()), 1, "更新版本");
    }

    @Test
    void verifyFailsWithExitCodeThreeAfterARawEdit() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET reason = '改过的理由' WHERE id = 1");
        }
        CliRun r = run("verify", file.toString());
        assertOneLineError(r, 3, "可能被程序以外的方式改动");
        assertTrue(r.out().contains("第 1 条调整记录"), r.out());
    }

    @Test
    void reportWritesThePdfAndTheWorkbookAndSaysWhatIsMissing() {
        Path pdf = dir.resolve("汇报.pdf");
        Path xlsx = dir.resolve("汇报.xlsx");
        CliRun r = run("report", file.toString(), "--as-of", "2023-12-31", "--pdf", pdf.toString(), "--xlsx",
                xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("页"), r.out());
        assertTrue(Files.isRegularFile(pdf) && Files.isRegularFile(xlsx));
        assertOneLineError(run("report", file.toString()), 1, "--pdf");
        assertOneLineError(run("report", file.toString(), "--pdf", pdf.toString()), 1, "已存在");
        assertOneLineError(run("report", file.toString(), "--from", "2023-12-01", "--to", "2023-11-01", "--xlsx",
                xlsx.toString(), "--force"), 1, "--from");
        assertOneLineError(run("report", file.toString(), "--pdf", dir.resolve("b.pdf").toString(), "--font",
                dir.resolve("none.ttf").toString()), 1, "none.ttf");
    }

    @Test
    void speaksEnglishWhenAsked() {
        CliRun r = run("list", dir.resolve("nope.taizhang").toString(), "--lang", "en");
        assertOneLineError(r, 1, "not found");
    }
}
