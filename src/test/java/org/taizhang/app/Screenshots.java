package org.taizhang.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.taizhang.ui.main.TaskRow;

/**
 * Takes the README's screenshots from the real program on the sample ledger: the ledger window,
 * the welcome view, the task form, the adjustment dialog, the history panel, a search in the
 * ledger as of a past date, the log, the comparison and the reference lists. Run: {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -q test-compile
 * exec:java -Dexec.mainClass=org.taizhang.app.Screenshots -Dexec.args=docs/images}
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path scratch = Files.createTempDirectory("taizhang-shots");
        WindowTour tour = WindowTour.start(scratch.resolve("示例.taizhang"), 1366, 768);
        try {
            Thread.sleep(800);
            WindowTour.snapshot(tour.stage, out.resolve("welcome.png"));
            WindowTour.onFx(() -> {
                tour.vm.openSample();
                return null;
            });
            tour.settle();
            select(tour, "16.");
            WindowTour.snapshot(tour.stage, out.resolve("ledger.png"));

            WindowTour.later(tour.vm::editSelected);
            Stage form = WindowTour.windowWith("#deadline");
            WindowTour.onFx(() -> {
                type(form, "#deadline", "2024年6月底前");
                type(form, "#progress", "1.自治区排污权交易平台12月中旬开放测试，我市2家企业完成交易试单。"
                        + "2.排污权核定办法已报市政府审定。");
                return null;
            });
            WindowTour.snapshot(form, out.resolve("edit.png"));
            WindowTour.onFx(() -> {
                ((Button) form.getScene().lookup("#save")).fire();
                return null;
            });
            Stage why = WindowTour.windowWith("#reason");
            WindowTour.onFx(() -> {
                type(why, "#reason", "自治区排污权交易平台延期上线，市场交易需待平台正式运行后开展");
                type(why, "#basis", "北改办发〔2023〕15号");
                return null;
            });
            WindowTour.snapshot(why, out.resolve("adjustment.png"));
            WindowTour.onFx(() -> {
                ((Button) why.getScene().lookup("#ok")).fire();
                return null;
            });
            tour.settle();
            WindowTour.snapshot(tour.stage, out.resolve("history.png"));

            WindowTour.onFx(() -> {
                tour.vm.table().searchProperty().set("医保");
                tour.vm.travelTo(java.time.LocalDate.of(2023, 6, 30));
                return null;
            });
            tour.settle();
            WindowTour.snapshot(tour.stage, out.resolve("travel.png"));
            WindowTour.onFx(() -> {
                tour.vm.table().clearFilters();
                tour.vm.travelTo(null);
                return null;
            });
            tour.settle();

            WindowTour.onFx(() -> {
                new SideWindows(tour.vm, null).log(tour.stage);
                return null;
            });
            Stage log = WindowTour.windowWith("#changeTable");
            Thread.sleep(1500);
            WindowTour.snapshot(log, out.resolve("log.png"));

            WindowTour.onFx(() -> {
                new SideWindows(tour.vm, null).compare(tour.stage);
                return null;
            });
            Stage compare = WindowTour.windowWith("#summaryLabel");
            Thread.sleep(1500);
            WindowTour.snapshot(compare, out.resolve("compare.png"));

            WindowTour.later(() -> new SideWindows(tour.vm, null).reference(tour.stage));
            Stage reference = WindowTour.windowWith("#unitTable");
            Thread.sleep(1500);
            WindowTour.snapshot(reference, out.resolve("reference.png"));
            WindowTour.onFx(() -> {
                reference.close();
                return null;
            });
        } finally {
            tour.close();
        }
        System.exit(0);
    }

    private static void select(WindowTour tour, String number) throws Exception {
        WindowTour.onFx(() -> {
            TaskRow row = tour.vm.table().visibleRows().stream()
                    .filter(r -> r.task().number().text().equals(number)).findFirst().orElseThrow();
            tour.vm.selectedProperty().set(row);
            return null;
        });
        tour.settle();
    }

    private static void type(Stage window, String id, String text) {
        TextInputControl field = (TextInputControl) window.getScene().lookup(id);
        field.setText(text);
    }
}
