package org.taizhang.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.taizhang.store.OpenLedger;

/**
 * Takes docs/images/suspect.png: the sample ledger with one adjustment record rewritten by plain
 * SQL, opened in the window, which shows it read-only under the red banner.
 * Run: {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.taizhang.app.SuspectScreenshot -Dexec.args=docs/images}
 */
public final class SuspectScreenshot {
    private SuspectScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path scratch = WindowTour.scratch("taizhang-suspect");
        Path file = scratch.resolve("2023年改革任务台账.taizhang");
        OpenLedger.createSample(file, Clock.systemDefaultZone()).close();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("DROP TRIGGER adjustment_no_update");
            s.execute("UPDATE adjustment SET reason = '事后改写的理由' WHERE id = 200");
        }
        WindowTour tour = WindowTour.start(scratch.resolve("示例.taizhang"), 1366, 768);
        try {
            Thread.sleep(800);
            WindowTour.later(() -> tour.vm.open(file));
            Stage told = WindowTour.windowWith(".dialog-pane");
            WindowTour.onFx(() -> {
                DialogPane pane = (DialogPane) told.getScene().lookup(".dialog-pane");
                ((Button) pane.lookupButton(pane.getButtonTypes().stream().findFirst().orElse(ButtonType.OK))).fire();
                return null;
            });
            tour.settle();
            WindowTour.snapshot(tour.stage, out.resolve("suspect.png"));
        } finally {
            tour.close();
        }
        System.exit(0);
    }
}
