package org.taizhang.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.taizhang.ui.command.StandardAction;

/**
 * Shoots the windows that mark differences (the task's timeline, the log, the comparison) at a
 * screen size, as JavaFX snapshots and, under X, as the whole screen ({@code import -window root})
 * so the window manager's frame and placement are seen too.
 * Run: {@code Xvfb :93 -screen 0 1024x768x24 & DISPLAY=:93 openbox & DISPLAY=:93 ./mvnw -q -o
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.taizhang.app.DiffShots -Dexec.args="OUT 1024 768"}
 */
public final class DiffShots {
    private DiffShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        String size = width + "x" + height;
        WindowTour tour = WindowTour.start(WindowTour.scratch("taizhang-diff").resolve("示例.taizhang"),
                width, height);
        try {
            Thread.sleep(800);
            WindowTour.onFx(() -> {
                tour.vm.openSample();
                tour.stage.setX(0);
                tour.stage.setY(0);
                tour.stage.setWidth(width); // a window manager may have mapped it small
                tour.stage.setHeight(height);
                return null;
            });
            tour.settle();
            Screenshots.select(tour, "16.");
            WindowTour.later(() -> tour.vm.command(StandardAction.EDIT_TASK).execute());
            Stage form = WindowTour.windowWith("#deadline");
            WindowTour.onFx(() -> {
                Screenshots.type(form, "#deadline", "2024年6月底前");
                Screenshots.type(form, "#progress", "1.自治区排污权交易平台12月中旬开放测试，我市2家企业完成交易试单。"
                        + "2.排污权核定办法已报市政府审定。");
                ((Button) form.getScene().lookup("#save")).fire();
                return null;
            });
            Stage why = WindowTour.windowWith("#reason");
            WindowTour.onFx(() -> {
                Screenshots.type(why, "#reason", "自治区排污权交易平台延期上线");
                ((Button) why.getScene().lookup("#ok")).fire();
                return null;
            });
            tour.settle();
            shoot(tour.stage, out, "timeline-" + size);

            WindowTour.onFx(() -> {
                tour.vm.command(StandardAction.LOG).execute();
                return null;
            });
            Stage log = WindowTour.windowWith("#changeTable");
            Thread.sleep(1500);
            Screenshots.selectNewest(log);
            Thread.sleep(1000);
            shoot(log, out, "log-" + size);
            WindowTour.onFx(() -> {
                log.close();
                tour.vm.command(StandardAction.COMPARE).execute();
                return null;
            });
            Stage compare = WindowTour.windowWith("#summaryLabel");
            Thread.sleep(2500);
            shoot(compare, out, "compare-" + size);
        } finally {
            WindowTour.onFx(() -> {
                tour.background.close();
                javafx.application.Platform.exit();
                return null;
            });
            System.exit(0);
        }
    }

    private static void shoot(Stage window, Path out, String name) throws Exception {
        WindowTour.snapshot(window, out.resolve(name + ".png"));
        if (System.getenv("DISPLAY") != null) {
            Thread.sleep(500);
            new ProcessBuilder("/usr/bin/import", "-window", "root", out.resolve(name + "-screen.png").toString())
                    .inheritIO().start().waitFor();
        }
    }
}
