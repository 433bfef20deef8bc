package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.store.OpenLedger;

/** 调整申请 from the command line: request, opinion, decide, and the list with the agreed field names. */
class RequestCliTest {
    @TempDir
    Path dir;
    Path file;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");

    private CliRun run(String... args) {
        return CliRun.of(clock, args);
    }

    @BeforeEach
    void sample() {
        file = dir.resolve("x.taizhang");
        assertEquals(0, run("demo", file.toString()).code());
    }

    private JsonArray requests(String... more) {
        String[] args = new String[2 + more.length];
        args[0] = "requests";
        args[1] = file.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        CliRun r = run(args);
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonArray();
    }

    private String openTask() {
        try (OpenLedger l = OpenLedger.openForReading(file, Clock.systemUTC())) {
            return Long.toString(l.service().tasks().stream().filter(t -> !t.status().isClosed()).findFirst()
                    .orElseThrow().id());
        }
    }

    @Test
    void asOfADayTheRequestsAreAsTheyStoodThen() {
        JsonArray then = requests("--as-of", "2023-06-13", "--json");
        assertEquals(5, then.size(), "five asked by then");
        for (var e : then) {
            assertEquals("LISTED", e.getAsJsonObject().get("state").getAsString(), "the second meeting had not decided yet");
        }
        assertEquals(9, requests("--json").size());
    }

    @Test
    void aRequestIsRecordedReviewedAndDecided() {
        String task = openTask();
        CliRun asked = run("request", file.toString(), "--task", task, "--type", "调整时限", "--to", "deadline=2024年6月底前",
                "--unit", "市医保局", "--reason", "国家方案延后", "--operator", "赵静");
        assertEquals(0, asked.code(), asked.err());
        JsonArray all = requests("--json");
        JsonObject r = all.get(all.size() - 1).getAsJsonObject(); // after the sample's own requests
        String id = r.get("id").getAsString();
        assertEquals("DEADLINE", r.get("type").getAsString());
        assertEquals("2024年6月底前", r.getAsJsonObject("proposed").get("deadline").getAsString());
        assertEquals("RECEIVED", r.get("state").getAsString());
        for (String field : new String[] {"id", "taskId", "unit", "type", "proposed", "reason", "source", "state",
                "opinion", "listId", "decision", "adjustmentId"}) {
            assertTrue(r.has(field), field);
        }

        CliRun early = run("decide", file.toString(), id, "--approve", "--basis", "市委深改委第五次会议", "--date",
                "2026-11-27", "--operator", "赵静");
        assertEquals(1, early.code());
        assertTrue(early.err().contains("尚未提出意见"), early.err());

        assertEquals(0, run("opinion", file.toString(), id, "--agree", "--note", "拟同意", "--operator", "赵静").code());
        CliRun decided = run("decide", file.toString(), id, "--approve", "--basis", "市委深改委第五次会议", "--date",
                "2026-11-27", "--operator", "赵静");
        assertEquals(0, decided.code(), decided.err());

        JsonArray decidedNow = requests("--state", "DECIDED", "--json");
        JsonObject after = decidedNow.get(decidedNow.size() - 1).getAsJsonObject();
        assertEquals(id, after.get("id").getAsString());
        assertEquals("APPROVED", after.getAsJsonObject("decision").get("result").getAsString());
        assertTrue(after.get("adjustmentId").getAsLong() > 0);
        assertTrue(requests("--state", "RECEIVED", "--json").asList().stream()
                .noneMatch(e -> e.getAsJsonObject().get("id").getAsString().equals(id)));
        CliRun verify = run("verify", file.toString());
        assertEquals(0, verify.code(), verify.out() + verify.err());
    }

    @Test
    void aBadValueSaysHowToWriteIt() {
        CliRun r = run("request", file.toString(), "--task", openTask(), "--type", "调整时限", "--to", "九月底",
                "--unit", "市医保局", "--reason", "延期", "--operator", "赵静");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("字段=值"), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
