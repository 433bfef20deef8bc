package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.request.Requests;
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
    void aMeetingsListIsDecidedAtOnceWithItsExceptions() {
        List<String> tasks;
        try (OpenLedger l = OpenLedger.openForReading(file, Clock.systemUTC())) {
            tasks = l.service().tasks().stream().filter(t -> !t.status().isClosed() && t.parentId() == null).limit(3)
                    .map(t -> Long.toString(t.id())).toList();
        }
        List<String> ids = new java.util.ArrayList<>();
        for (String task : tasks) {
            assertEquals(0, run("request", file.toString(), "--task", task, "--type", "调整时限", "--to",
                    "deadline=2024年6月底前", "--unit", "市医保局", "--reason", "方案延后", "--operator", "赵静").code());
            JsonArray all = requests("--json");
            ids.add(all.get(all.size() - 1).getAsJsonObject().get("id").getAsString());
        }
        List<String> opinion = new java.util.ArrayList<>(List.of("opinion", file.toString()));
        opinion.addAll(ids);
        opinion.addAll(List.of("--agree", "--note", "拟同意", "--operator", "赵静"));
        assertEquals(0, run(opinion.toArray(String[]::new)).code());
        List<String> decide = new java.util.ArrayList<>(List.of("decide", file.toString()));
        decide.addAll(ids);
        decide.addAll(List.of("--approve", "--refuse", ids.get(1), "--partly", ids.get(2) + ":deadline=2024年3月底前",
                "--basis", "市委深改委2024年第一次会议", "--date", "2024-01-20", "--operator", "赵静"));
        CliRun decided = run(decide.toArray(String[]::new));
        assertEquals(0, decided.code(), decided.err());
        assertTrue(decided.out().contains("同意 1 项，不同意 1 项，部分同意 1 项"), decided.out());
        java.util.Map<String, JsonObject> byId = new java.util.HashMap<>();
        requests("--json").forEach(e -> byId.put(e.getAsJsonObject().get("id").getAsString(), e.getAsJsonObject()));
        assertEquals("APPROVED", byId.get(ids.get(0)).getAsJsonObject("decision").get("result").getAsString());
        assertEquals("REFUSED", byId.get(ids.get(1)).getAsJsonObject("decision").get("result").getAsString());
        assertEquals("PARTLY", byId.get(ids.get(2)).getAsJsonObject("decision").get("result").getAsString());
        try (OpenLedger l = OpenLedger.openForReading(file, Clock.systemUTC())) {
            assertEquals("2024年3月底前", l.service().task(Long.parseLong(tasks.get(2))).orElseThrow().deadline().text());
        }

        CliRun stranger = run("decide", file.toString(), ids.get(0), "--approve", "--refuse", "99999", "--basis", "会",
                "--date", "2024-01-20", "--operator", "赵静");
        assertEquals(1, stranger.code(), "an exception must be among the ids");
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

    @Test
    void theCommitteesListIsExportedAsADocumentOrAWorkbook() throws Exception {
        Path docx = dir.resolve("清单.docx");
        CliRun none = run("export", file.toString(), "--requests", docx.toString());
        assertEquals(1, none.code(), "the sample's lists are decided");
        assertTrue(none.err().contains("没有待审议的动态调整清单") && none.err().contains("--list"), none.err());
        assertFalse(Files.exists(docx));

        CliRun fourth = run("export", file.toString(), "--requests", docx.toString(), "--list", "第四次会议");
        assertEquals(0, fourth.code(), fourth.err());
        assertEquals("已导出动态调整清单 " + docx + "：市委深改委第四次会议（2023年11月28日），2 项申请", fourth.out().strip());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String table = doc.getTables().get(0).getText();
            assertTrue(table.contains("拟不同意") && table.contains("持续推进"), table);
        }

        // a request listed for the next meeting: the default list
        String task = openTask();
        assertEquals(0, run("request", file.toString(), "--task", task, "--type", "取消", "--unit", "市医保局",
                "--reason", "上级政策调整", "--operator", "赵静").code());
        JsonArray all = requests("--json");
        long id = all.get(all.size() - 1).getAsJsonObject().get("id").getAsLong();
        assertEquals(0, run("opinion", file.toString(), Long.toString(id), "--agree", "--operator", "赵静").code());
        try (OpenLedger l = OpenLedger.open(file, clock)) {
            new Requests(l.service()).list(List.of(id), "市委深改委2024年第一次会议", Note.by("赵静"));
        }
        Path xlsx = dir.resolve("清单.xlsx");
        CliRun next = run("export", file.toString(), "--requests", xlsx.toString());
        assertEquals(0, next.code(), next.err());
        assertTrue(next.out().contains("市委深改委2024年第一次会议，1 项申请"), next.out());
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("取消该项任务", wb.getSheetAt(0).getRow(4).getCell(5).getStringCellValue());
        }
        assertEquals(1, run("export", file.toString(), "--requests", xlsx.toString()).code(), "not replaced unasked");
        assertEquals(0, run("export", file.toString(), "--requests", xlsx.toString(), "--force").code());

        CliRun pdf = run("export", file.toString(), "--requests", dir.resolve("清单.pdf").toString());
        assertEquals(1, pdf.code());
        assertTrue(pdf.err().contains(".docx"), pdf.err());
    }
}
