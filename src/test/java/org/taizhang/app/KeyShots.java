package org.taizhang.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.taizhang.ui.command.StandardAction;
import org.taizhang.ui.main.TaskRow;

/**
 * Shots of the task form with a message under a field and of the help's 快捷键 page, taken from the
 * screen (with its window manager) at the screen's size, and as the scenes draw themselves for the
 * README. Run under Xvfb with a window manager:
 * {@code DISPLAY=:99 ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.taizhang.app.KeyShots -Dexec.args="target/shots 1366 768 docs/images"}
 */
public final class KeyShots {
    private KeyShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        Path docs = args.length > 3 ? Path.of(args[3]) : null;
        String size = width + "x" + height;
        Path scratch = WindowTour.scratch("taizhang-keyshots");
        WindowTour tour = WindowTour.start(scratch.resolve("示例.taizhang"), width, height);
        try {
            Thread.sleep(800);
            WindowTour.onFx(() -> {
                tour.stage.setX(0);
                tour.stage.setY(0);
                tour.vm.openSample();
                return null;
            });
            tour.settle();
            WindowTour.onFx(() -> {
                TaskRow row = tour.vm.table().visibleRows().stream()
                        .filter(r -> !r.isHeading() && r.task().number().text().equals("16.")).findFirst().orElseThrow();
                tour.vm.selectedProperty().set(row);
                return null;
            });
            tour.settle();
            WindowTour.later(() -> tour.vm.command(StandardAction.EDIT_TASK).execute());
            Stage form = WindowTour.windowWith("#deadline");
            WindowTour.onFx(() -> {
                TextInputControl deadline = (TextInputControl) form.getScene().lookup("#deadline");
                deadline.setText("6月31日前");
                deadline.requestFocus();
                deadline.end();
                return null;
            });
            Thread.sleep(1200);
            screen(out.resolve("edit-error-" + size + ".png"));
            if (docs != null) {
                WindowTour.snapshot(form, docs.resolve("edit-invalid.png"));
            }
            WindowTour.onFx(() -> {
                form.close();
                return null;
            });
            tour.settle();

            WindowTour.onFx(() -> {
                tour.vm.command(StandardAction.GUIDE).execute();
                return null;
            });
            Stage help = WindowTour.windowWith("#sections");
            WindowTour.onFx(() -> {
                @SuppressWarnings("unchecked")
                ListView<Object> sections = (ListView<Object>) help.getScene().lookup("#sections");
                sections.getSelectionModel().selectLast();
                sections.scrollTo(sections.getItems().size() - 1);
                return null;
            });
            Thread.sleep(1200);
            screen(out.resolve("help-shortcuts-" + size + ".png"));
            if (docs != null) {
                WindowTour.snapshot(help, docs.resolve("shortcuts.png"));
            }
            WindowTour.onFx(() -> {
                help.close();
                tour.vm.command(StandardAction.COMPARE).execute();
                return null;
            });
            Stage compare = WindowTour.windowWith("#fromPicker");
            WindowTour.onFx(() -> {
                ((javafx.scene.control.DatePicker) compare.getScene().lookup("#fromPicker"))
                        .setValue(java.time.LocalDate.of(2023, 9, 1));
                ((javafx.scene.control.DatePicker) compare.getScene().lookup("#toPicker"))
                        .setValue(java.time.LocalDate.of(2023, 6, 30));
                return null;
            });
            Thread.sleep(1200);
            screen(out.resolve("compare-error-" + size + ".png"));
        } finally {
            tour.close();
        }
        System.exit(0);
    }

    /** The whole screen as X shows it, window manager and all. */
    private static void screen(Path png) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/import", "-window", "root", png.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + png);
        }
    }
}
