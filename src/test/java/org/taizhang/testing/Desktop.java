package org.taizhang.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A desktop for a test: an Xvfb screen of a given size with a real window manager on it, looked
 * at and driven from outside as a person would, through xdotool, xprop and xwininfo. Every wait
 * polls until what it waits for is there (or its time is up, with a message saying what was seen),
 * never a blind sleep.
 */
public final class Desktop implements AutoCloseable {
    /** The tools a desktop needs, as commands on the PATH. */
    public static final List<String> TOOLS = List.of("Xvfb", "xdotool", "xprop", "xwininfo");

    private final String wm;
    private final int width;
    private final int height;
    private final Process xvfb;
    private final Process manager;
    private final String display;
    private final long started = System.nanoTime();

    /** A window's inside (the scene) on the screen and the frame the manager draws around it. */
    public record Geometry(int x, int y, int width, int height, int left, int right, int top, int bottom) {
        /** Whether the frame, title bar included, lies on a screen of this size (give or take a pixel or two). */
        public boolean onScreen(int screenWidth, int screenHeight) {
            int slack = 2;
            return x - left >= -slack && y - top >= -slack && x + width + right <= screenWidth + slack
                    && y + height + bottom <= screenHeight + slack;
        }

        @Override
        public String toString() {
            return width + "×" + height + " at " + x + "," + y + " (frame " + left + "," + right + "," + top + ","
                    + bottom + ")";
        }
    }

    /** Whether {@code command} is on the PATH. */
    public static boolean has(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Starts Xvfb at {@code width}×{@code height} on a free display, then the window manager {@code wm}. */
    public Desktop(String wm, int width, int height) throws IOException {
        this.wm = wm;
        this.width = width;
        this.height = height;
        // -displayfd: Xvfb picks a free display and writes its number to standard output once it is ready
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", width + "x" + height + "x24", "-nolisten",
                "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String number = readLine(xvfb.getInputStream(), Duration.ofSeconds(20));
        if (number == null || !number.strip().matches("\\d+")) {
            xvfb.destroy();
            throw new IOException("Xvfb did not say which display it took: " + number);
        }
        display = ":" + number.strip();
        ProcessBuilder pb = new ProcessBuilder(wm.equals("metacity") ? List.of("metacity", "--replace") : List.of(wm))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        manager = pb.start();
        // a manager that follows the EWMH names itself on the root window once it has taken the screen
        await(Duration.ofSeconds(20), () -> {
            String check = x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK");
            return check.contains("window id") ? check : null;
        }, () -> wm + " did not take the screen " + display);
    }

    /** A line from {@code in} within {@code timeout}, or null. */
    private static String readLine(InputStream in, Duration timeout) throws IOException {
        StringBuilder line = new StringBuilder();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (in.available() > 0) {
                int c = in.read();
                if (c < 0 || c == '\n') {
                    return line.toString();
                }
                line.append((char) c);
            } else {
                sleep(50);
            }
        }
        return null;
    }

    /** Says on standard output how long this desktop has been up and what it has got to (the IT's own log). */
    public void note(String what) {
        System.out.printf(java.util.Locale.ROOT, "[%s %d×%d +%.1f s] %s%n", wm, width, height,
                (System.nanoTime() - started) / 1e9, what);
    }

    public String display() {
        return display;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    @Override
    public String toString() {
        return wm + " on " + display + " at " + width + "×" + height;
    }

    /** Runs an X tool on this display; its standard output. */
    public String x(String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish on " + this);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The visible windows whose title contains {@code title}, newest last. */
    public List<String> windows(String title) {
        List<String> ids = new ArrayList<>();
        for (String id : x("xdotool", "search", "--onlyvisible", "--name",
                title.replaceAll("([.\\[\\]()*+?{}|^$\\\\])", "\\\\$1"))
                .split("\\s+")) {
            if (!id.isBlank()) {
                ids.add(id.strip());
            }
        }
        return ids;
    }

    /** What a person would see listed: each visible window's title. */
    public String titles() {
        List<String> names = new ArrayList<>();
        for (String id : x("xdotool", "search", "--onlyvisible", "--name", ".").split("\\s+")) {
            if (!id.isBlank()) {
                names.add("「" + x("xdotool", "getwindowname", id.strip()).strip() + "」");
            }
        }
        return String.join(" ", names);
    }

    /** The window titled (in part) {@code title}, once it is shown; fails after {@code timeout}. */
    public String await(String title, Duration timeout) {
        return await(timeout, () -> {
            List<String> ids = windows(title);
            return ids.isEmpty() ? null : ids.get(ids.size() - 1);
        }, () -> "no window 「" + title + "」 on " + this + "; shown: " + titles());
    }

    /**
     * A menu's popup once it is shown: a visible window of the program's class ({@code wmClass}) with
     * no title.
     */
    public String awaitPopup(String wmClass, Duration timeout) {
        return await(timeout, () -> {
            for (String id : x("xdotool", "search", "--onlyvisible", "--class", wmClass).split("\\s+")) {
                if (!id.isBlank() && x("xdotool", "getwindowname", id.strip()).isBlank()) {
                    return id.strip();
                }
            }
            return null;
        }, () -> "no menu opened on " + this + "; shown: " + titles());
    }

    /** Waits until no window titled {@code title} is shown. */
    public void awaitGone(String title, Duration timeout) {
        await(timeout, () -> windows(title).isEmpty() ? "gone" : null,
                () -> "the window 「" + title + "」 is still shown on " + this);
    }

    /** Polls {@code probe} until it gives a value; fails with {@code what} after {@code timeout}. */
    public static <T> T await(Duration timeout, Supplier<T> probe, Supplier<String> what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > end) {
                fail(what.get() + " (waited " + timeout.toSeconds() + " s)");
            }
            sleep(150);
        }
    }

    /** Where window {@code id} is, once it has stopped moving (two looks alike). */
    public Geometry settled(String id) {
        Geometry[] last = {geometry(id)};
        return await(Duration.ofSeconds(10), () -> {
            sleep(250);
            Geometry now = geometry(id);
            boolean same = now.equals(last[0]);
            last[0] = now;
            return same ? now : null;
        }, () -> "window " + id + " keeps moving: " + last[0]);
    }

    public Geometry geometry(String id) {
        String info = x("xwininfo", "-id", id);
        int[] frame = {0, 0, 0, 0};
        Matcher m = Pattern.compile("= (\\d+), (\\d+), (\\d+), (\\d+)").matcher(x("xprop", "-id", id, "_NET_FRAME_EXTENTS"));
        if (m.find()) {
            for (int i = 0; i < 4; i++) {
                frame[i] = Integer.parseInt(m.group(i + 1));
            }
        }
        return new Geometry(number(info, "Absolute upper-left X"), number(info, "Absolute upper-left Y"),
                number(info, "Width"), number(info, "Height"), frame[0], frame[1], frame[2], frame[3]);
    }

    private static int number(String info, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + ":\\s+(-?\\d+)").matcher(info);
        if (!m.find()) {
            fail("xwininfo gave no " + label + ": " + info);
        }
        return Integer.parseInt(m.group(1));
    }

    /** Whether the window manager holds window {@code id} maximised (both ways). */
    public boolean maximised(String id) {
        String state = x("xprop", "-id", id, "_NET_WM_STATE");
        return state.contains("_NET_WM_STATE_MAXIMIZED_VERT") && state.contains("_NET_WM_STATE_MAXIMIZED_HORZ");
    }

    /** Brings window {@code id} forward with the input focus, then types {@code keys} (xdotool's names). */
    public void keys(String id, String... keys) {
        x("xdotool", "windowactivate", "--sync", id);
        List<String> command = new ArrayList<>(List.of("xdotool", "key", "--clearmodifiers"));
        command.addAll(List.of(keys));
        x(command.toArray(String[]::new));
    }

    /** Clicks at ({@code x}, {@code y}) inside window {@code id}, {@code times} times. */
    public void click(String id, int x, int y, int times) {
        x("xdotool", "mousemove", "--window", id, Integer.toString(x), Integer.toString(y), "click", "--repeat",
                Integer.toString(times), "--delay", "120", "1");
    }

    /** A double click on the middle of the title bar the manager drew: what maximises or restores a window. */
    public void doubleClickTitle(String id) {
        Geometry g = geometry(id);
        x("xdotool", "mousemove", Integer.toString(g.x() + g.width() / 2), Integer.toString(g.y() - Math.max(4,
                g.top() / 2)), "click", "--repeat", "2", "--delay", "120", "1");
    }

    /** The screen as it is now, as a PNG, if ImageMagick is there to take it (for a person to look at). */
    public void screenshot(Path png) {
        if (Files.isExecutable(Path.of("/usr/bin/import"))) {
            try {
                Files.createDirectories(png.getParent());
            } catch (IOException e) {
                return;
            }
            x("/usr/bin/import", "-window", "root", png.toString());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        for (Process p : List.of(manager, xvfb)) {
            p.destroy();
            try {
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
