package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;

/** Year end from the command line: request and decide a 结转, close out, and start next year's ledger. */
class CarryOverCliTest {
    @TempDir
    Path dir;
    Path old;
    Path next;
    SettableClock clock = SettableClock.at("2023-12-25T08:00:00Z");

    private CliRun run(String... args) {
        return CliRun.of(clock, args);
    }

    private CliRun ok(String... args) {
        CliRun r = run(args);
        assertEquals(0, r.code(), r.out() + r.err());
        return r;
    }

    @AfterEach
    void chineseAgain() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void sample() {
        old = dir.resolve("北疆市2023.taizhang");
        next = dir.resolve("北疆市2024.taizhang");
        ok("demo", old.toString());
    }

    private List<Task> openTasks() {
        try (OpenLedger l = OpenLedger.openForReading(old, Clock.systemUTC())) {
            return l.service().tasks().stream().filter(t -> t.parentId() == null && !t.status().isClosed()).toList();
        }
    }

    /** Asks for a 结转 of a task, gives the opinion and returns the request's id. */
    private String askCarryOver(long task, String... to) {
        List<String> args = new java.util.ArrayList<>(List.of("request", old.toString(), "--task", Long.toString(task),
                "--type", "结转", "--unit", "市医保局", "--reason", "年内无法完成", "--operator", "赵静"));
        for (String v : to) {
            args.add("--to");
            args.add(v);
        }
        ok(args.toArray(String[]::new));
        JsonArray all = JsonParser.parseString(ok("requests", old.toString(), "--json").out()).getAsJsonArray();
        String id = all.get(all.size() - 1).getAsJsonObject().get("id").getAsString();
        ok("opinion", old.toString(), id, "--agree", "--operator", "赵静");
        return id;
    }

    @Test
    void nextYearsLedgerHoldsTheCarriedTasksWithTheirOrigin() {
        List<Task> open = openTasks();
        Task carried = open.get(0);
        Task refused = open.get(1);
        Task closed = open.get(2);
        String a = askCarryOver(carried.id(), "deadline=6月底前", "number=8.");
        String b = askCarryOver(refused.id());
        ok("decide", old.toString(), a, "--approve", "--basis", "市委深改委第八次会议", "--date", "2023-12-20",
                "--operator", "赵静");
        ok("decide", old.toString(), b, "--reject", "--basis", "市委深改委第八次会议", "--date", "2023-12-20",
                "--operator", "赵静");
        CliRun closeOut = ok("close-out", old.toString(), "--task", Long.toString(closed.id()), "--result",
                "已印发实施方案", "--operator", "赵静");
        assertTrue(closeOut.out().contains("已销号"), closeOut.out());

        CliRun made = ok("new", next.toString(), "--carry-over", old.toString(), "--operator", "赵静");
        assertTrue(made.out().contains("2024"), made.out());
        assertTrue(made.out().contains("← 原任务 #" + carried.id()), made.out());
        assertTrue(made.out().contains("既未销号"), "the old ledger's open tasks are pointed out: " + made.out());

        JsonArray tasks = JsonParser.parseString(ok("list", next.toString(), "--json").out()).getAsJsonArray();
        assertEquals(1, tasks.size(), "exactly the carried task");
        JsonObject task = tasks.get(0).getAsJsonObject();
        assertEquals(carried.title(), task.get("title").getAsString());
        assertEquals("8.", task.get("number").getAsString());
        assertEquals("2024-06-30", task.getAsJsonObject("deadline").get("date").getAsString());
        assertEquals(2024, task.get("year").getAsInt());

        JsonArray history = JsonParser.parseString(ok("history", next.toString(), "--task",
                task.get("id").getAsString(), "--json").out()).getAsJsonArray();
        JsonObject in = history.get(0).getAsJsonObject();
        assertEquals("上年结转", in.get("type").getAsString());
        JsonObject origin = in.getAsJsonObject("detail");
        assertEquals(Long.toString(carried.id()), origin.get("from.task").getAsString());
        assertEquals("2023", origin.get("from.year").getAsString());
        assertEquals(a, origin.get("from.request").getAsString());
        try (OpenLedger l = OpenLedger.openForReading(old, Clock.systemUTC())) {
            assertEquals(l.service().info().uuid(), origin.get("from.ledger").getAsString());
            assertEquals(l.service().head().hash(), origin.get("from.head").getAsString());
        }
        String text = ok("history", next.toString()).out();
        assertTrue(text.contains("任务 #" + carried.id()), text);

        JsonArray oldHistory = JsonParser.parseString(ok("history", old.toString(), "--task",
                Long.toString(carried.id()), "--json").out()).getAsJsonArray();
        Set<String> types = oldHistory.asList().stream().map(JsonElement::getAsJsonObject)
                .map(o -> o.get("type").getAsString()).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("调整申请", "改革办意见", "结转", "审议决定")), types.toString());
        JsonArray oldTasks = JsonParser.parseString(ok("list", old.toString(), "--json").out()).getAsJsonArray();
        assertTrue(oldTasks.asList().stream().map(JsonElement::getAsJsonObject)
                .anyMatch(o -> o.get("id").getAsLong() == carried.id() && o.get("status").getAsString().equals("已结转")));

        assertEquals(0, run("verify", old.toString()).code());
        assertEquals(0, run("verify", next.toString()).code());

        CliRun again = run("new", next.toString(), "--carry-over", old.toString(), "--operator", "赵静");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("已存在"), again.err());
    }

    @Test
    void anAlteredCarryOverIsFoundOnBothSides() throws Exception {
        Task carried = openTasks().get(0);
        String a = askCarryOver(carried.id());
        ok("decide", old.toString(), a, "--approve", "--basis", "市委深改委第八次会议", "--date", "2023-12-20",
                "--operator", "赵静");
        ok("new", next.toString(), "--carry-over", old.toString(), "--operator", "赵静");
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + next);
                java.sql.Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET detail = replace(detail, '\"from.year\":\"2023\"', "
                    + "'\"from.year\":\"2022\"')");
        }
        CliRun checked = run("verify", next.toString());
        assertEquals(3, checked.code(), "the origin is sealed: " + checked.out());

        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
                java.sql.Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET basis = '另一次会议' WHERE type = 'CARRY_OVER'");
        }
        Path again = dir.resolve("again.taizhang");
        CliRun refused = run("new", again.toString(), "--carry-over", old.toString(), "--operator", "赵静");
        assertEquals(3, refused.code(), refused.err());
        assertTrue(refused.err().contains("不能从中结转"), refused.err());
        assertFalse(Files.exists(again));
    }

    @Test
    void aLedgerWithNothingCarriedOverIsRefusedAndNoFileIsLeft() {
        CliRun r = run("new", next.toString(), "--carry-over", old.toString(), "--operator", "赵静");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("没有经审议同意的结转任务"), r.err());
        assertFalse(Files.exists(next));
        CliRun noOperator = run("new", next.toString(), "--carry-over", old.toString());
        assertEquals(1, noOperator.code());
        assertTrue(noOperator.err().contains("--operator"), noOperator.err());
        CliRun english = run("--lang", "en", "new", next.toString(), "--carry-over", old.toString(), "--operator", "赵静");
        assertTrue(english.err().contains("no task whose carry-over"), english.err());
    }
}
