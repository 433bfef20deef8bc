package org.taizhang.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.store.OpenLedger;

/** The packaged program, started as a clerk or a script would: java -jar target/taizhang.jar … */
class JarIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run taizhang(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.logFile=System.err",
                "-jar", System.getProperty("taizhang.jar", "target/taizhang.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theSampleRoundTripsThroughEveryCommand() throws Exception {
        Run demo = taizhang("demo", "x.taizhang");
        assertEquals(0, demo.code(), demo.err());
        Run list = taizhang("list", "x.taizhang", "--json");
        assertEquals(0, list.code(), list.err());
        assertTrue(JsonParser.parseString(list.out()).getAsJsonArray().size() >= 60);
        assertEquals(0, taizhang("history", "x.taizhang", "--task", "5").code());
        assertEquals(0, taizhang("diff", "x.taizhang", "--from", "2023-04-01", "--to", "2023-10-01").code());
        Run undo = taizhang("undo", "x.taizhang", "--operator", "陈晓", "--reason", "演示撤销");
        assertEquals(0, undo.code(), undo.err());
        Run verify = taizhang("verify", "x.taizhang");
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().contains("台账完好"), verify.out());
        assertEquals("", taizhang("list", "x.taizhang").err(), "nothing on stderr when all is well");
    }

    @Test
    void aSecondProgramCannotWriteWhileTheFirstHoldsTheLedger() throws Exception {
        assertEquals(0, taizhang("demo", "held.taizhang").code());
        try (OpenLedger held = OpenLedger.open(dir.resolve("held.taizhang"), Clock.systemUTC())) {
            Run undo = taizhang("undo", "held.taizhang", "--operator", "陈晓", "--reason", "试图同时写");
            assertEquals(1, undo.code());
            assertTrue(undo.err().contains("正由另一个台账程序编辑"), undo.err());
            assertEquals(1, undo.err().strip().lines().count());
            Run read = taizhang("list", "held.taizhang", "--search", "医保");
            assertEquals(0, read.code(), "reading beside a writer works: " + read.err());
        }
        assertEquals(0, taizhang("verify", "held.taizhang").code());
    }

    @Test
    void badFilesGetOneLineAndExitCodeOne() throws Exception {
        Files.writeString(dir.resolve("fake.taizhang"), "<html>not a ledger</html>");
        Run r = taizhang("list", "fake.taizhang");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("不是台账文件"));
    }

    /** 关于 names every library the program carries, at the version it carries: the list cannot go stale. */
    @Test
    void theAboutBoxListsExactlyTheBundledLibraries() throws IOException {
        Path lib = Path.of(System.getProperty("taizhang.jar", "target/taizhang.jar")).toAbsolutePath().resolveSibling("lib");
        java.util.Set<String> bundled = new java.util.TreeSet<>();
        try (var jars = Files.list(lib)) {
            // "poi-ooxml-5.5.1.jar" → "poi-ooxml 5.5.1"; JavaFX's platform jars ("-linux") are the same library
            jars.map(p -> p.getFileName().toString().replaceFirst("(-(linux|win|mac)(-aarch64)?)?\\.jar$", ""))
                    .map(n -> n.replaceFirst("-(\\d[^-]*)$", " $1")).forEach(bundled::add);
        }
        java.util.Set<String> listed = new java.util.TreeSet<>();
        org.taizhang.ui.help.AboutViewModel.libraries().forEach(l -> listed.add(l.artifact() + " " + l.version()));
        assertEquals(bundled, listed);
    }
}
