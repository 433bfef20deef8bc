package org.taizhang.app;

import java.nio.file.Path;
import java.time.Clock;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.PgCluster;

/**
 * A server ledger in the window at 1024×768 and 1366×768, just after another PC saved a task: the
 * title names the ledger and its server, the status bar who changed what. Into
 * {@code server-ledger-1024.png} and {@code server-ledger-1366.png}; needs Debian's PostgreSQL (a
 * throw-away cluster, as the tests start).
 *
 * <p>Run: {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.taizhang.app.ServerShots -Dexec.args=docs/images}
 */
public final class ServerShots {
    private ServerShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path scratch = WindowTour.scratch("taizhang-server-shots");
        PgCluster server = PgCluster.get();
        LedgerAddress address = LedgerAddress.parse(server.address("bj2023"));
        OpenLedger.createSample(address, Clock.systemUTC()).close();
        WindowTour tour = WindowTour.start(scratch.resolve("示例.taizhang"), 1366, 768);
        try {
            WindowTour.onFx(() -> {
                tour.vm.open(address);
                return null;
            });
            tour.settle();
            String[] progress = {"医保基金智能监管系统已在全市上线，覆盖定点医疗机构312家", "智能监管规则库已扩充至180条"};
            int[][] sizes = {{1024, 768}, {1366, 768}};
            for (int i = 0; i < sizes.length; i++) {
                int w = sizes[i][0];
                int h = sizes[i][1];
                WindowTour.onFx(() -> {
                    tour.stage.setWidth(w);
                    tour.stage.setHeight(h);
                    return null;
                });
                Screenshots.select(tour, "4.");
                try (OpenLedger other = OpenLedger.open(address, Clock.systemUTC())) { // the PC next door
                    Task t = other.service().tasks().stream().filter(x -> x.number().text().equals("4."))
                            .findFirst().orElseThrow();
                    other.service().edit(t.toBuilder().progress(progress[i]).build(), Note.by("赵静"));
                }
                String now = progress[i];
                for (int wait = 0; wait < 100 && !WindowTour.onFx(() -> tour.vm.table().visibleRows().stream()
                        .anyMatch(r -> now.equals(r.task().progress()))); wait++) {
                    Thread.sleep(100); // the watch hears of it, the table is read again
                }
                tour.settle();
                Thread.sleep(800);
                WindowTour.snapshot(tour.stage, out.resolve("server-ledger-" + w + ".png"));
            }
        } finally {
            tour.close();
        }
        System.exit(0);
    }
}
