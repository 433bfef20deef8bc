package org.taizhang.cli;

import static org.taizhang.testing.Needs.need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.ChildProgram;
import org.taizhang.store.OpenLedger;

/**
 * A ledger on a disk that fills up: a small tmpfs, mounted in a private mount namespace so that
 * it needs no clean-up and is seen by nobody else (as root, or as a user where the system allows
 * user namespaces; skipped with the reason where neither can mount). The command line runs
 * against it as a clerk would: what does not fit is refused with a clear message, nothing saved
 * is lost, and the ledger can still be read, verified and exported elsewhere.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    private List<String> privateMount() throws Exception {
        Path probe = Files.createDirectory(dir.resolve("probe"));
        List<String> reasons = new ArrayList<>();
        for (List<String> unshare : List.of(List.of("unshare", "--mount", "--propagation", "private"),
                List.of("unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"))) {
            List<String> command = new ArrayList<>(unshare);
            command.addAll(List.of("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.toString()));
            try {
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return unshare;
                }
                reasons.add(String.join(" ", unshare) + ": " + said);
            } catch (IOException e) {
                reasons.add(e.getMessage());
            }
        }
        need(false, "a mount namespace to fill a small disk in: " + reasons);
        return List.of();
    }

    private static String quoted(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").collect(Collectors.joining(" "));
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8).strip();
    }

    @Test
    void whatDoesNotFitIsRefusedAndNothingSavedIsLost() throws Exception {
        List<String> unshare = privateMount();
        Path disk = Files.createDirectory(dir.resolve("满盘"));
        OpenLedger.createSample(dir.resolve("x.taizhang"), Clock.systemUTC()).close();
        ImportBench.write(dir.resolve("大批量.xlsx"), 5_000);

        StringBuilder script = new StringBuilder("set -u\n")
                .append("mount -t tmpfs -o size=2m tmpfs ").append(quoted(List.of(disk.toString()))).append(" || exit 90\n")
                .append("cp x.taizhang 满盘/ && cd 满盘 || exit 91\n")
                .append("run() { name=$1; shift; \"$@\" > \"../$name.out\" 2> \"../$name.err\"; echo $? > \"../$name.code\"; }\n");
        String[][] steps = {
            {"import", "import", "x.taizhang", "../大批量.xlsx", "--operator", "赵静"},
            {"FILL"},
            {"verifyFull", "verify", "x.taizhang"},
            {"edit", "edit", "x.taizhang", "--task", "5", "--progress", "磁盘满了", "--operator", "刘洋"},
            {"export", "export", "x.taizhang", "--out", "台账.xlsx"},
            {"exportElsewhere", "export", "x.taizhang", "--out", "../台账.xlsx"},
            {"FREE"},
            {"verify", "verify", "x.taizhang"},
            {"list", "list", "x.taizhang", "--json"},
        };
        for (String[] step : steps) {
            if (step[0].equals("FILL")) {
                script.append("cat /dev/zero > 占满 2>/dev/null\n");
            } else if (step[0].equals("FREE")) {
                script.append("ls -a > ../files.txt; rm 占满\n");
            } else {
                script.append("run ").append(step[0]).append(' ').append(quoted(ChildProgram.command(List.of(),
                        java.util.Arrays.copyOfRange(step, 1, step.length)))).append('\n');
            }
        }
        List<String> command = new ArrayList<>(unshare);
        command.addAll(List.of("sh", "-c", script.toString()));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), said);

        String full = "taizhang: 磁盘已满，台账“x.taizhang”未能保存本次改动；之前保存的内容完好";
        assertEquals("1", read("import.code"));
        assertEquals(full, read("import.err"));
        assertEquals("0", read("verifyFull.code"), read("verifyFull.err"));
        assertTrue(read("verifyFull.out").startsWith("台账完好：369 条调整记录"), "read on a full disk: " + read("verifyFull.out"));
        assertEquals("1", read("edit.code"));
        assertEquals(full, read("edit.err"));
        assertEquals("1", read("export.code"));
        assertEquals("taizhang: 磁盘已满，未能导出“台账.xlsx”，也没有留下不完整的文件。请腾出空间或导出到别的磁盘", read("export.err"));
        assertFalse(read("files.txt").contains(".part"), read("files.txt"));
        assertFalse(read("files.txt").contains("台账.xlsx"), read("files.txt"));
        assertEquals("0", read("exportElsewhere.code"), read("exportElsewhere.err"));
        assertTrue(Files.size(dir.resolve("台账.xlsx")) > 0);

        assertEquals("0", read("verify.code"), read("verify.err"));
        assertEquals("0", read("list.code"), read("list.err"));
        assertEquals(83, JsonParser.parseString(read("list.out")).getAsJsonArray().size(), "the sample's tasks, all there");
    }
}
