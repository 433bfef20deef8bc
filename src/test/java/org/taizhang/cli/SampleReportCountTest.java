package org.taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.SettableClock;

/**
 * The sample's year-end report, counted again by hand from what any clerk can print: the tasks of
 * {@code list --as-of 2023-12-31 --json} and the log of {@code history --json}. The counting here
 * follows the written definitions (docs/guide.md, 报表的口径) in its own words, not the report's
 * code: a figure that drifts from its definition in either place makes this fail.
 */
class SampleReportCountTest {
    static final LocalDate D = LocalDate.of(2023, 12, 31);
    static final LocalDate FROM = LocalDate.of(2023, 10, 1);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Set<String> CLOSED = Set.of("已完成", "已取消", "已合并");
    static final Set<String> WITHOUT_DATE = Set.of("ongoing", "recurring", "undated", "none", "unread");

    @TempDir
    Path dir;
    JsonObject report;
    List<JsonObject> tasks;
    List<JsonObject> log;

    @BeforeEach
    void countedThreeWays() {
        SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");
        Path file = dir.resolve("s.taizhang");
        assertEquals(0, CliRun.of(clock, "demo", file.toString()).code());
        CliRun r = CliRun.of(clock, "report", file.toString(), "--as-of", D.toString(), "--from", FROM.toString(),
                "--to", D.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        report = JsonParser.parseString(r.out()).getAsJsonObject();
        tasks = objects(CliRun.of(clock, "list", file.toString(), "--as-of", D.toString(), "--json").out());
        log = objects(CliRun.of(clock, "history", file.toString(), "--json").out());
    }

    private static List<JsonObject> objects(String json) {
        return JsonParser.parseString(json).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    private static String status(JsonObject t) {
        return t.get("status").getAsString();
    }

    private static boolean active(JsonObject t) {
        return !status(t).equals("已取消") && !status(t).equals("已合并");
    }

    /** The deadline's date, for a deadline that has one of its own. */
    private static LocalDate dated(JsonObject t) {
        JsonObject d = t.getAsJsonObject("deadline");
        return WITHOUT_DATE.contains(d.get("kind").getAsString()) || d.get("date").isJsonNull() ? null
                : LocalDate.parse(d.get("date").getAsString());
    }

    private static LocalDate day(JsonObject adjustment) {
        return LocalDate.ofInstant(Instant.parse(adjustment.get("time").getAsString()), ZONE);
    }

    /** The day each task was last set 已完成 by the end of D, by reading the log. */
    private Map<Long, LocalDate> completedOn() {
        Map<Long, LocalDate> out = new HashMap<>();
        for (JsonObject a : log) {
            if (day(a).isAfter(D)) {
                continue;
            }
            for (JsonElement c : a.getAsJsonArray("changes")) {
                long id = c.getAsJsonObject().get("taskId").getAsLong();
                for (JsonElement f : c.getAsJsonObject().getAsJsonArray("fields")) {
                    if (f.getAsJsonObject().get("field").getAsString().equals("status")) {
                        if (f.getAsJsonObject().get("after").getAsString().equals("已完成")) {
                            out.put(id, day(a));
                        } else {
                            out.remove(id);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Set<Long> ids(JsonArray array) {
        Set<Long> out = new TreeSet<>();
        array.forEach(e -> out.add(e.getAsLong()));
        return out;
    }

    @Test
    void theFiguresAreTheCountsByTheirDefinitions() {
        List<JsonObject> active = tasks.stream().filter(SampleReportCountTest::active).toList();
        assertEquals(tasks.size(), report.get("total").getAsInt());
        assertEquals(active.size(), report.get("active").getAsInt());
        assertEquals(tasks.stream().filter(t -> status(t).equals("已取消")).count(), report.get("cancelled").getAsLong());
        assertEquals(tasks.stream().filter(t -> status(t).equals("已合并")).count(), report.get("merged").getAsLong());
        long done = active.stream().filter(t -> status(t).equals("已完成")).count();
        assertEquals(done, report.get("completed").getAsLong());
        assertEquals(Math.round(10_000.0 * done / active.size()) / 10_000.0, report.get("completionRate").getAsDouble());

        // 逾期: a dated deadline on or before D and the task not closed at D
        Set<Long> overdue = new TreeSet<>();
        Set<Long> dueSoon = new TreeSet<>();
        int due = 0;
        int onTime = 0;
        Map<Long, LocalDate> completed = completedOn();
        for (JsonObject t : active) {
            LocalDate date = dated(t);
            long id = t.get("id").getAsLong();
            if (date == null) {
                continue;
            }
            if (!date.isAfter(D)) {
                due++;
                LocalDate finished = completed.get(id);
                onTime += status(t).equals("已完成") && finished != null && !finished.isAfter(date) ? 1 : 0;
                if (!CLOSED.contains(status(t))) {
                    overdue.add(id);
                }
            } else if (!date.isAfter(D.plusDays(30)) && !CLOSED.contains(status(t))) {
                dueSoon.add(id);
            }
        }
        assertEquals(overdue, ids(report.getAsJsonArray("overdueTasks")));
        assertEquals(overdue.size(), report.get("overdue").getAsInt());
        assertEquals(dueSoon, ids(report.getAsJsonArray("dueSoonTasks")));
        assertEquals(due, report.get("due").getAsInt());
        assertEquals(onTime, report.get("onTime").getAsInt());
        assertEquals(Math.round(10_000.0 * onTime / due) / 10_000.0, report.get("onTimeRate").getAsDouble());
        assertEquals(active.stream().filter(t -> t.getAsJsonObject("deadline").get("kind").getAsString()
                .equals("recurring")).count(), report.get("recurring").getAsLong());

        // the lights: every active task has one; with the default grace of 0 days red is overdue
        JsonObject lights = report.getAsJsonObject("lights");
        assertEquals(active.size(), lights.get("green").getAsInt() + lights.get("yellow").getAsInt()
                + lights.get("red").getAsInt());
        assertEquals(overdue.size(), lights.get("red").getAsInt());
        // 滞后 is what units reported, counted beside 逾期, never instead of it
        assertEquals(active.stream().filter(t -> status(t).equals("滞后")).count(),
                report.getAsJsonObject("byStatus").get("behind").getAsLong());

        // the figures agree with each other
        assertEquals(30, overdue.size(), "the sample at year end: every unfinished dated task is overdue");
        assertTrue(dueSoon.isEmpty());
        assertEquals(20, onTime);
        assertEquals(67, due);
    }

    @Test
    void theGroupsAddUpAndEachDomainIsCountedAlike() {
        Map<String, int[]> byDomain = new TreeMap<>();
        for (JsonObject t : tasks) {
            if (!active(t)) {
                continue;
            }
            int[] c = byDomain.computeIfAbsent(t.get("domain").getAsString(), k -> new int[3]);
            c[0]++;
            c[1] += status(t).equals("已完成") ? 1 : 0;
            LocalDate date = dated(t);
            c[2] += date != null && !date.isAfter(D) && !CLOSED.contains(status(t)) ? 1 : 0;
        }
        Map<String, int[]> reported = new TreeMap<>();
        for (JsonElement e : report.getAsJsonArray("byDomain")) {
            JsonObject g = e.getAsJsonObject();
            reported.put(g.get("domain").getAsString(),
                    new int[] {g.get("active").getAsInt(), g.get("completed").getAsInt(), g.get("overdue").getAsInt()});
        }
        assertEquals(byDomain.keySet(), reported.keySet());
        byDomain.forEach((d, c) -> assertEquals(List.of(c[0], c[1], c[2]),
                List.of(reported.get(d)[0], reported.get(d)[1], reported.get(d)[2]), d));
        int unitActive = 0;
        int unitOverdue = 0;
        for (JsonElement e : report.getAsJsonArray("byUnit")) {
            unitActive += e.getAsJsonObject().get("active").getAsInt();
            unitOverdue += e.getAsJsonObject().get("overdue").getAsInt();
        }
        assertEquals(report.get("active").getAsInt(), unitActive, "each task counted once, under its first lead unit");
        assertEquals(report.get("overdue").getAsInt(), unitOverdue);
    }

    @Test
    void theAdjustmentsOfThePeriodAreTheLogsOwn() {
        Map<String, Integer> counted = new TreeMap<>();
        int later = 0;
        for (JsonObject a : log) {
            LocalDate day = day(a);
            if (day.isAfter(D)) {
                later++;
            } else if (!day.isBefore(FROM)) {
                String type = a.get("type").getAsString();
                AdjustmentType t = java.util.Arrays.stream(AdjustmentType.values()).filter(x -> x.label().equals(type))
                        .findFirst().orElseThrow();
                if (!t.changesNoTask()) { // a request's or notice's steps are counted apart, not as adjustments
                    counted.merge(t.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> reported = new TreeMap<>();
        report.getAsJsonObject("adjustments").entrySet().forEach(e -> reported.put(e.getKey(), e.getValue().getAsInt()));
        assertEquals(counted, reported);
        assertEquals(later, report.get("laterAdjustments").getAsInt());
        assertTrue(report.get("checkCode").getAsString().startsWith((log.size() - later) + "-"),
                "the check code of the state shown");
    }
}
