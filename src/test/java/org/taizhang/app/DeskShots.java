package org.taizhang.app;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.taizhang.core.task.Status;

/**
 * The clerk's desk at the two screen sizes an office has (1024×768 and 1366×768): the ledger
 * filtered and searched (hits marked), its print preview, the import wizard and the 报表 window, each at both sizes,
 * into {@code desk-*-1024.png} and {@code desk-*-1366.png}.
 *
 * <p>Run: {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.taizhang.app.DeskShots -Dexec.args=docs/images}
 */
public final class DeskShots {
    private DeskShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path scratch = WindowTour.scratch("taizhang-desk");
        WindowTour tour = WindowTour.withSample(scratch.resolve("示例.taizhang"), 1366, 768);
        try {
            for (int[] size : new int[][] {{1024, 768}, {1366, 768}}) {
                int w = size[0];
                int h = size[1];
                WindowTour.onFx(() -> {
                    tour.stage.setWidth(w);
                    tour.stage.setHeight(h);
                    tour.vm.table().clearFilters();
                    tour.vm.table().statusFilter().add(Status.IN_PROGRESS);
                    tour.vm.table().searchProperty().set("医保");
                    return null;
                });
                tour.settle();
                Screenshots.select(tour, "26.");
                Thread.sleep(800);
                WindowTour.snapshot(tour.stage, out.resolve("desk-ledger-" + w + ".png"));
                Stage print = Screenshots.ledgerPrint(tour, out.resolve("desk-print-" + w + ".png"), w, h);
                WindowTour.onFx(() -> {
                    print.close();
                    return null;
                });
                WindowTour.onFx(() -> {
                    tour.vm.table().clearFilters();
                    return null;
                });
                tour.settle();
                Screenshots.importWizard(tour, scratch, w, h, out.resolve("desk-import-" + w + ".png"));
                Screenshots.report(tour, w, h, out.resolve("desk-report-" + w + ".png"),
                        out.resolve("desk-report-preview-" + w + ".png"));
            }
        } finally {
            tour.close();
        }
        System.exit(0);
    }
}
