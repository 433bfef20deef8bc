package org.taizhang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The program in a process of its own, started as a clerk or a script starts it: the packaged jar
 * when the build names it (integration tests), else the test classpath with the real entry point.
 * Output goes to files, so a child killed halfway leaves nothing blocked.
 */
public final class ChildProgram {
    private ChildProgram() {
    }

    public record Run(int code, String out, String err) {
    }

    /** {@code java … taizhang ARGS}, with any extra JVM options (e.g. a heap size) before the program. */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dorg.slf4j.simpleLogger.logFile=System.err"));
        command.addAll(jvmOptions);
        String jar = System.getProperty("taizhang.jar");
        if (jar != null && Files.isRegularFile(Path.of(jar))) {
            command.addAll(List.of("-jar", jar));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.taizhang.app.Launcher"));
        }
        command.addAll(List.of(args));
        return command;
    }

    /**
     * Starts the program in {@code dir}; its output goes to {@code dir/NAME.out} and {@code .err},
     * its temporary files to {@code dir/tmp}: what a killed one leaves there goes with the test's folder.
     */
    public static Process start(Path dir, String name, String... args) throws IOException {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        return start(new ProcessBuilder(command(List.of("-Djava.io.tmpdir=" + tmp), args)), dir, name);
    }

    public static Process start(ProcessBuilder builder, Path dir, String name) throws IOException {
        Process p = builder.directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
        p.getOutputStream().close();
        return p;
    }

    /** Runs the program to its end (a minute at most) and gives its exit code and output. */
    public static Run run(Path dir, String... args) throws IOException, InterruptedException {
        return finish(start(dir, "run", args), dir, "run");
    }

    public static Run finish(Process p, Path dir, String name) throws IOException, InterruptedException {
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the program did not end: " + name);
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    /**
     * Whether process {@code pid} holds an operating-system lock on {@code file}, from Linux's
     * /proc/locks: lets a test wait until a program has a ledger open without touching the lock.
     * Null where the system does not tell.
     */
    public static Boolean holdsLock(long pid, Path file) throws IOException {
        Path locks = Path.of("/proc/locks");
        if (!Files.isReadable(locks) || !Files.exists(file)) {
            return null;
        }
        long inode = ((Number) Files.getAttribute(file, "unix:ino")).longValue();
        for (String line : Files.readAllLines(locks)) {
            String[] f = line.trim().split("\\s+");
            // "1: POSIX  ADVISORY  WRITE 4242 fd:01:1234567 0 EOF"
            for (int i = 0; i + 1 < f.length; i++) {
                if (f[i].equals(Long.toString(pid)) && f[i + 1].endsWith(":" + inode)) {
                    return true;
                }
            }
        }
        return false;
    }
}
