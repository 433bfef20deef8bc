package org.taizhang.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.I18n;
import org.taizhang.testing.Desktop;
import org.taizhang.testing.Desktop.Geometry;
import org.taizhang.testing.Needs;

/**
 * The packaged program on a real X desktop, under two window managers (Openbox, and Metacity of
 * GNOME's lineage), as a clerk meets it: the main window fills the screen at first start, stays
 * maximised while forms and windows open over it and close, each of those opens whole at its own
 * size on a 1024 × 768 screen, and the main window comes back where, as big and as maximised as
 * it was left. UOS and 麒麟 run window managers of their own (KWin-based), so nothing here relies
 * on one manager's habits. How to run it alone: docs/TESTING.md.
 */
class WindowManagersIT {
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration OPEN = Duration.ofSeconds(30);
    private static final String LEDGER = "wmtest.taizhang";
    private static final Path SHOTS = Path.of("target", "window-managers");

    @TempDir
    static Path shared;
    static Path sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void sampleLedger() throws Exception {
        sample = shared.resolve("sample.taizhang");
        Process p = java(shared, List.of("demo", sample.toString()), null).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the demo command did not finish");
        assertEquals(0, p.exitValue(), "the demo command failed");
        Files.deleteIfExists(shared.resolve("sample.taizhang.lock"));
    }

    /** The program as a clerk starts it, in a fresh home of its own (its preferences live there). */
    private static ProcessBuilder java(Path home, List<String> args, Desktop desktop) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Duser.language=zh", "-Duser.country=CN", "-Dfile.encoding=UTF-8",
                "-jar", Path.of(System.getProperty("taizhang.jar", "target/taizhang.jar")).toAbsolutePath().toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(home.resolve("program.out").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("XDG_") || k.equals("DISPLAY") || k.equals("WAYLAND_DISPLAY"));
        env.put("HOME", home.toString());
        if (desktop != null) {
            env.put("DISPLAY", desktop.display());
        }
        return pb;
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"openbox, 1024, 768", "metacity, 1366, 768"})
    void windowsOpenWholeAndTheMainWindowKeepsItsState(String wm, int width, int height) throws Exception {
        for (String tool : Desktop.TOOLS) {
            Needs.need(Desktop.has(tool), tool + " (apt-get install xvfb xdotool x11-utils)");
        }
        Needs.need(Desktop.has(wm), "the window manager " + wm + " (apt-get install " + wm + ")");
        Path home = Files.createDirectories(dir.resolve("home"));
        Path ledger = Files.copy(sample, dir.resolve(LEDGER));
        String shot = wm + "-" + width + "x" + height;
        try (Desktop desktop = new Desktop(wm, width, height)) {
            // 1. first start: the main window fills the screen, and keeps doing so under every window opened over it
            Program first = Program.start(desktop, home, ledger);
            String main = first.main;
            desktop.note("main window shown");
            Geometry whole = desktop.settled(main);
            assertTrue(awaitMaximised(desktop, main), "at first start the main window is maximised: " + whole);
            assertTrue(whole.width() >= width - 8 && whole.height() >= height - 90,
                    "at first start the main window fills the " + width + "×" + height + " screen: " + whole);

            String form = taskForm(desktop, main);
            proper(desktop, form, "the task form", 640, 480, main, shot + "-1-task-form");
            desktop.keys(form, "Escape");
            desktop.awaitGone(I18n.text("edit.heading"), OPEN);
            stillMaximised(desktop, main, "after the task form closed");
            desktop.note("task form");

            desktop.keys(main, "ctrl+comma"); // 设置 → 经办人与序时阈值…
            String settings = desktop.await(I18n.text("menu.preferences"), OPEN);
            proper(desktop, settings, "设置", 460, 420, main, shot + "-2-settings");
            desktop.keys(settings, "Escape");
            desktop.awaitGone(I18n.text("menu.preferences"), OPEN);
            stillMaximised(desktop, main, "after 设置 closed");
            desktop.note("设置");

            desktop.keys(main, "ctrl+i");
            String importer = desktop.await(I18n.text("importer.title"), OPEN);
            proper(desktop, importer, "导入", 900, 500, main, shot + "-3-import");
            desktop.keys(importer, "alt+F4");
            desktop.awaitGone(I18n.text("importer.title"), OPEN);
            stillMaximised(desktop, main, "after 导入 closed");
            desktop.note("导入");

            desktop.keys(main, "ctrl+h"); // 查看 → 调整记录
            String log = desktop.await(I18n.text("log.title"), OPEN);
            proper(desktop, log, "调整记录", 800, 500, main, shot + "-4-log");
            desktop.keys(log, "alt+F4");
            desktop.awaitGone(I18n.text("log.title"), OPEN);
            stillMaximised(desktop, main, "after 调整记录 closed");
            desktop.note("调整记录");

            // restored to a size and place of the clerk's own, then closed
            desktop.doubleClickTitle(main);
            Desktop.await(OPEN, () -> desktop.maximised(main) ? null : "restored",
                    () -> "a double click on its title bar did not restore the main window");
            desktop.x("xdotool", "windowsize", main, "820", "580");
            desktop.x("xdotool", "windowmove", main, "60", "50");
            Geometry left = Desktop.await(OPEN, () -> {
                Geometry g = desktop.settled(main);
                return g.width() == 820 && g.height() == 580 ? g : null;
            }, () -> "the main window did not take 820×580: " + desktop.geometry(main));
            desktop.screenshot(SHOTS.resolve(shot + "-5-left.png"));
            first.close();
            desktop.note("closed restored");

            // 2. started again: where and as big as it was left, not maximised; then maximised and closed
            Program second = Program.start(desktop, home, ledger);
            desktop.note("started again");
            // the ledger reopens beside the window's first layout: give it the time a clerk would to settle
            Geometry back = Desktop.await(OPEN, () -> {
                Geometry g = desktop.settled(second.main);
                return Math.abs(g.width() - left.width()) <= 2 && Math.abs(g.height() - left.height()) <= 2 ? g : null;
            }, () -> "started again, the main window did not come back at 820×580: " + desktop.geometry(second.main));
            desktop.screenshot(SHOTS.resolve(shot + "-6-back.png"));
            assertFalse(desktop.maximised(second.main), "left restored, it comes back restored: " + back);
            assertEquals(left.width(), back.width(), 2, "the width it was left at: " + back + ", was " + left);
            assertEquals(left.height(), back.height(), 2, "the height it was left at: " + back + ", was " + left);
            assertEquals(left.x(), back.x(), 2, "the place it was left at: " + back + ", was " + left);
            assertEquals(left.y(), back.y(), 2, "the place it was left at: " + back + ", was " + left);
            desktop.doubleClickTitle(second.main);
            assertTrue(awaitMaximised(desktop, second.main), "a double click on its title bar maximises it");
            second.close();
            desktop.note("closed maximised");

            // 3. and again: maximised as it was left
            Program third = Program.start(desktop, home, ledger);
            assertTrue(awaitMaximised(desktop, third.main), "left maximised, it comes back maximised: "
                    + desktop.geometry(third.main));
            stillMaximised(desktop, third.main, "a moment later");
            desktop.screenshot(SHOTS.resolve(shot + "-7-maximised-again.png"));
            third.close();
            desktop.note("started and closed again");
        }
    }

    /**
     * Selects a task and opens it with Ctrl+E. Once: a second Ctrl+E typed while a slow machine is
     * still building the first form would open another after it.
     */
    private static String taskForm(Desktop desktop, String main) {
        desktop.click(main, 300, 180, 1); // a task's row, under the first 改革领域's heading
        desktop.keys(main, "ctrl+e");
        return desktop.await(I18n.text("edit.heading"), OPEN);
    }

    /**
     * The window opened whole: at least as big as its content asks (not a manager's 200 × 200), its
     * title bar and edges on the screen; and the main window under it still maximised.
     */
    private static void proper(Desktop desktop, String id, String what, int minWidth, int minHeight, String main,
            String shot) {
        Geometry g = desktop.settled(id);
        desktop.screenshot(SHOTS.resolve(shot + ".png"));
        int w = Math.min(minWidth, desktop.width() - g.left() - g.right());
        int h = Math.min(minHeight, desktop.height() - g.top() - g.bottom() - 40);
        assertTrue(g.width() >= w && g.height() >= h, what + " opens at its own size, at least " + w + "×" + h + ": " + g);
        assertTrue(g.onScreen(desktop.width(), desktop.height()),
                what + " lies whole on the " + desktop.width() + "×" + desktop.height() + " screen: " + g);
        stillMaximised(desktop, main, "while " + what + " is open");
    }

    private static void stillMaximised(Desktop desktop, String main, String when) {
        assertTrue(desktop.maximised(main), "the main window stays maximised " + when + ": " + desktop.geometry(main));
    }

    /** Maximising is the manager's to do, a moment after the window shows. */
    private static boolean awaitMaximised(Desktop desktop, String id) {
        try {
            Desktop.await(Duration.ofSeconds(10), () -> desktop.maximised(id) ? "yes" : null, () -> "not maximised");
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** The running program and its main window. */
    private record Program(Desktop desktop, Process process, String main, Path home) {
        static Program start(Desktop desktop, Path home, Path ledger) throws IOException {
            Process p = java(home, List.of(ledger.toString()), desktop).start();
            try {
                String main = desktop.await(LEDGER, START);
                return new Program(desktop, p, main, home);
            } catch (AssertionError e) {
                p.destroyForcibly();
                fail(e.getMessage() + "; the program said: " + said(home), e);
                return null;
            }
        }

        /** Closes the main window as a clerk does (Alt+F4); the program ends and writes its preferences. */
        void close() throws Exception {
            desktop.keys(main, "alt+F4");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the program did not end when its main window was closed; it said: " + said(home));
            }
            assertEquals(0, process.exitValue(), "the program ended badly: " + said(home));
        }

        private static String said(Path home) {
            try {
                return Files.readString(home.resolve("program.out"));
            } catch (IOException e) {
                return "(nothing)";
            }
        }
    }
}
