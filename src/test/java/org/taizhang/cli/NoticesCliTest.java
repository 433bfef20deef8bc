package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.ledger.SettableClock;

/** 督办单 from the command line: a preview records nothing, --issue records and numbers, --list and --answered. */
class NoticesCliTest {
    @TempDir
    Path dir;
    Path file;
    SettableClock clock = SettableClock.at("2024-01-08T02:00:00Z"); // a Monday

    private CliRun run(String... args) {
        return CliRun.of(clock, args);
    }

    @BeforeEach
    void sample() {
        file = dir.resolve("x.taizhang");
        assertEquals(0, run("demo", file.toString()).code());
    }

    private JsonArray list() {
        CliRun r = run("notices", file.toString(), "--list", "--json");
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonArray();
    }

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPreviewWritesTheDocumentsAndRecordsNothing() throws Exception {
        int before = list().size();
        CliRun r = run("notices", file.toString(), "--as-of", "2023-09-30", "--out", dir.resolve("p").toString(),
                "--level", "red");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("预览："), r.out());
        assertEquals(before, list().size());
        List<String> names = files(dir.resolve("p"));
        assertEquals(6, names.size(), names.toString());
        assertTrue(names.stream().allMatch(n -> n.startsWith("红色督办单-") && n.endsWith("-预览.docx")), names.toString());
        assertTrue(names.contains("红色督办单-市政务服务局-改革督〔2024〕6号-预览.docx"), names.toString());
    }

    @Test
    void issuingRecordsNumbersListsAndIsAnswered() throws Exception {
        CliRun r = run("notices", file.toString(), "--as-of", "2023-12-31", "--out", dir.resolve("i").toString(),
                "--level", "red", "--unit", "市政务服务局", "--issue", "--operator", "赵静");
        assertEquals(0, r.code(), r.err());
        assertTrue(files(dir.resolve("i")).contains("红色督办单-市政务服务局-改革督〔2024〕1号.docx"),
                files(dir.resolve("i")).toString());
        JsonArray all = list();
        JsonObject last = all.get(all.size() - 1).getAsJsonObject();
        assertEquals(List.of("number", "unit", "level", "tasks", "issued", "replyBy", "answered", "state"),
                List.copyOf(last.keySet()));
        assertEquals("改革督〔2024〕1号", last.get("number").getAsString());
        assertEquals("red", last.get("level").getAsString());
        assertEquals("2024-01-08", last.get("issued").getAsString());
        assertEquals("2024-01-15", last.get("replyBy").getAsString());
        assertTrue(last.get("answered").isJsonNull());
        assertEquals("open", last.get("state").getAsString());

        CliRun answered = run("notices", file.toString(), "--answered", "改革督〔2024〕1号", "--date", "2024-01-08",
                "--note", "已报送整改措施", "--operator", "赵静");
        assertEquals(0, answered.code(), answered.err());
        last = list().get(all.size() - 1).getAsJsonObject();
        assertEquals("2024-01-08", last.get("answered").getAsString());
        assertEquals("answered", last.get("state").getAsString());
        // the sample's 2023 notice nobody answered is overdue
        assertTrue(list().asList().stream().anyMatch(n -> n.getAsJsonObject().get("state").getAsString().equals("overdue")));
        CliRun again = run("notices", file.toString(), "--answered", "改革督〔2024〕1号", "--operator", "赵静");
        org.junit.jupiter.api.Assertions.assertNotEquals(0, again.code());
        assertTrue(again.err().contains("已于"), again.err());
        assertEquals(0, run("verify", file.toString()).code());
    }
}
