package org.taizhang.app;

import java.nio.file.Path;

/**
 * The printed ledger's preview alone (the README's docs/images/ledger-print.png), on a screen of
 * the size given, the preview left open for a while so that the whole screen can be shot too:
 * {@code xvfb-run -a -s "-screen 0 1024x768x24" ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.taizhang.app.LedgerPrintShot -Dexec.args="shot.png 1024 768 20"} (the
 * last number: seconds to keep it open).
 */
public final class LedgerPrintShot {
    private LedgerPrintShot() {
    }

    public static void main(String[] args) throws Exception {
        Path png = Path.of(args.length > 0 ? args[0] : "docs/images/ledger-print.png");
        double width = args.length > 1 ? Double.parseDouble(args[1]) : 1366;
        double height = args.length > 2 ? Double.parseDouble(args[2]) : 768;
        long wait = args.length > 3 ? Long.parseLong(args[3]) : 0;
        Path scratch = WindowTour.scratch("taizhang-shot");
        WindowTour tour = WindowTour.withSample(scratch.resolve("示例.taizhang"), width, height);
        try {
            Screenshots.ledgerPrint(tour, png);
            Thread.sleep(wait * 1000);
        } finally {
            tour.close();
        }
        System.exit(0);
    }
}
