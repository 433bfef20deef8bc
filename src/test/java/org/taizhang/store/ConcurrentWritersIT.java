package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.history.TaskChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.VerifyReport;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.testing.PgCluster;

/**
 * Issue 18's must-show: several PCs edit one server ledger at once. Four processes (separate
 * JVMs, {@link ConcurrentEditor}) make 200 edits each on one ledger of the test server, half of
 * them on three tasks they all edit. Every edit is either saved or answered with a conflict (a
 * process that meets anything else fails); none is lost: the chain verifies, the log grew by
 * exactly the edits saved, each saved value is in the log as its PC's, no conflicted value is.
 */
class ConcurrentWritersIT {
    private static final int PCS = 4;
    private static final int EDITS = 200;
    private static final Pattern COUNTS = Pattern.compile("saved=(\\d+) conflicts=(\\d+)");

    private PgCluster server;
    private String name;

    @AfterEach
    void drop() {
        if (name != null) {
            server.drop(name);
        }
    }

    @Test
    void fourProcessesEditingOneServerLedgerAtOnceLoseNothing(@TempDir Path dir) throws Exception {
        server = PgCluster.get();
        name = server.newLedgerName();
        List<Long> shared = new ArrayList<>();
        List<List<Long>> own = new ArrayList<>();
        int logBefore;
        try (PgLedgerStore store = PgLedgerStore.create(server.url(), server.login(), name, "并发测试", 2026,
                Clock.systemUTC())) {
            LedgerService service = new LedgerService(store, Clock.systemUTC());
            for (int i = 1; i <= 3; i++) {
                shared.add(add(service, i + ".", "大家都改的任务" + i));
            }
            for (int pc = 0; pc < PCS; pc++) {
                own.add(List.of(add(service, (10 + 2 * pc) + ".", "PC" + pc + "的任务甲"),
                        add(service, (11 + 2 * pc) + ".", "PC" + pc + "的任务乙")));
            }
            logBefore = service.log().size();
        }

        long start = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (int pc = 0; pc < PCS; pc++) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx192m", "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", System.getProperty("java.class.path"), ConcurrentEditor.class.getName(),
                    server.address(name), Integer.toString(pc), Integer.toString(EDITS), csv(shared), csv(own.get(pc)));
            processes.add(new ProcessBuilder(command).redirectOutput(dir.resolve("pc" + pc + ".out").toFile())
                    .redirectError(dir.resolve("pc" + pc + ".err").toFile()).start());
        }
        for (Process p : processes) {
            p.getOutputStream().close();
        }
        int savedInAll = 0;
        int conflictsInAll = 0;
        Map<String, String> savedValues = new HashMap<>(); // value → its PC
        Set<String> conflicted = new HashSet<>();
        for (int pc = 0; pc < PCS; pc++) {
            Process p = processes.get(pc);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                processes.forEach(Process::destroyForcibly);
                throw new AssertionError("PC" + pc + " did not finish");
            }
            String out = Files.readString(dir.resolve("pc" + pc + ".out"), StandardCharsets.UTF_8);
            String err = Files.readString(dir.resolve("pc" + pc + ".err"), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), "PC" + pc + " met something other than a conflict:\n" + err);
            Matcher m = COUNTS.matcher(out);
            assertTrue(m.find(), out + err);
            int saved = Integer.parseInt(m.group(1));
            int conflicts = Integer.parseInt(m.group(2));
            System.out.println("PC" + pc + ": saved=" + saved + " conflicts=" + conflicts);
            assertEquals(EDITS, saved + conflicts, "every edit saved or answered with a conflict");
            assertTrue(conflicts >= EDITS / 20 - 1, "the edits from a form left open are conflicts: " + conflicts);
            savedInAll += saved;
            conflictsInAll += conflicts;
            for (String line : out.lines().toList()) {
                if (line.startsWith("S ")) {
                    savedValues.put(line.substring(2), "PC" + pc);
                } else if (line.startsWith("C ")) {
                    conflicted.add(line.substring(2));
                }
            }
        }
        System.out.printf("%d processes × %d edits: %d saved, %d conflicts, %.1f s%n", PCS, EDITS, savedInAll,
                conflictsInAll, (System.nanoTime() - start) / 1e9);
        assertEquals(savedInAll, savedValues.size());

        try (PgLedgerStore store = PgLedgerStore.open(server.url(), server.login(), name)) {
            LedgerService service = new LedgerService(store, Clock.systemUTC());
            VerifyReport check = service.verify();
            assertTrue(check.ok(), check.problems().toString());
            List<Adjustment> log = service.log();
            assertEquals(logBefore + savedInAll, log.size(), "one adjustment for each edit saved, no more");
            Map<String, String> inLog = new HashMap<>();
            for (Adjustment a : log.subList(logBefore, log.size())) {
                assertEquals(1, a.changes().size());
                TaskChange c = a.changes().get(0);
                FieldChange f = c.fields().get(0);
                assertEquals(TaskField.PROGRESS, f.field());
                inLog.put(f.after(), a.operator());
            }
            assertEquals(savedValues, inLog, "each saved edit is in the log, as its PC's");
            conflicted.forEach(v -> assertFalse(inLog.containsKey(v), v + " was refused yet written"));
            for (long id : shared) { // the last saved value of each task is what it holds
                String last = "";
                for (Adjustment a : log) {
                    for (TaskChange c : a.changes()) {
                        if (c.taskId() == id && !c.fields().isEmpty() && c.fields().get(0).field() == TaskField.PROGRESS) {
                            last = c.fields().get(0).after();
                        }
                    }
                }
                assertEquals(last, service.task(id).orElseThrow().progress());
            }
        }
    }

    private static long add(LedgerService service, String number, String title) {
        return service.add(Task.builder().number(number).title(title).domain("经济体制改革").deadline("年底前")
                .status(Status.IN_PROGRESS).build(), Note.by("赵静")).changes().get(0).taskId();
    }

    private static String csv(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
