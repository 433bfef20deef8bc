package org.taizhang.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.store.OpenLedger;

/**
 * The window's benchmark: opens a ledger of N tasks (the sample's tasks repeated, so the text is
 * real) in the real window and types a search into the real search box one character at a time,
 * timing each keystroke until the table has been filtered, rebuilt and laid out (the end of the
 * next pulse). Run: {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.taizhang.app.UiBench -Dexec.args=10000}
 */
public final class UiBench {
    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("taizhang-uibench");
        Path file = dir.resolve("bench.taizhang");
        makeLedger(dir, file, size);

        WindowTour tour = WindowTour.start(dir.resolve("unused.taizhang"), 1366, 768);
        try {
            long start = System.nanoTime();
            WindowTour.onFx(() -> {
                tour.vm.open(file);
                return null;
            });
            tour.settle();
            long opened = System.nanoTime() - start;
            int rows = WindowTour.onFx(() -> tour.vm.table().visibleRows().size());
            System.out.printf("tasks %,d: open to table shown %,d ms (%,d rows)%n", size, opened / 1_000_000, rows);

            TextField search = WindowTour.onFx(() -> (TextField) tour.stage.getScene().lookup("#search"));
            List<Long> times = new ArrayList<>();
            for (String query : List.of("医保支付", "推进", "市发展改革委")) {
                StringBuilder typed = new StringBuilder();
                for (char c : query.toCharArray()) {
                    typed.append(c);
                    long ms = keystroke(tour.stage.getScene(), () -> search.appendText(String.valueOf(c)));
                    int shown = WindowTour.onFx(() -> tour.vm.table().visibleRows().size());
                    System.out.printf("  type \"%s\": %,d ms, %,d rows shown%n", typed, ms, shown);
                    times.add(ms);
                }
                while (!typed.isEmpty()) {
                    typed.setLength(typed.length() - 1);
                    long ms = keystroke(tour.stage.getScene(),
                            () -> search.deleteText(search.getLength() - 1, search.getLength()));
                    System.out.printf("  erase to \"%s\": %,d ms%n", typed, ms);
                    times.add(ms);
                }
            }
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("keystroke to updated table: median %,d ms, max %,d ms over %d keystrokes%n",
                    sorted[sorted.length / 2], sorted[sorted.length - 1], sorted.length);
            System.out.println(Arrays.toString(sorted));
        } finally {
            tour.close();
        }
        System.exit(0);
    }

    /** Runs a keystroke on the FX thread and times it to the end of the pulse that lays out its result. */
    private static long keystroke(Scene scene, Runnable key) throws Exception {
        CountDownLatch laidOut = new CountDownLatch(1);
        AtomicLong took = new AtomicLong();
        WindowTour.onFx(() -> {
            long t0 = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                took.set(System.nanoTime() - t0);
                scene.removePostLayoutPulseListener(listener[0]);
                laidOut.countDown();
            };
            scene.addPostLayoutPulseListener(listener[0]);
            key.run();
            return null;
        });
        if (!laidOut.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse after a keystroke");
        }
        Thread.sleep(60); // let the screen show it before the next key, as a typist would
        return took.get() / 1_000_000;
    }

    /** A ledger of {@code size} tasks: the sample's tasks over and over, numbered on. */
    private static void makeLedger(Path dir, Path file, int size) {
        List<Task> sample;
        try (OpenLedger s = OpenLedger.createSample(dir.resolve("sample.taizhang"), Clock.systemUTC())) {
            sample = s.service().tasks().stream().filter(t -> t.parentId() == null).toList();
        }
        List<Task> drafts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Task t = sample.get(i % sample.size());
            drafts.add(t.toBuilder().id(0).parentId(null).mergedInto(null).number((i + 1) + ".")
                    .status(t.status() == org.taizhang.core.task.Status.MERGED
                            ? org.taizhang.core.task.Status.IN_PROGRESS : t.status()).build());
        }
        try (OpenLedger l = OpenLedger.create(file, "性能测试台账", 2023, Clock.systemUTC())) {
            l.service().commit(AdjustmentType.IMPORT, Note.by("bench"), drafts);
        }
    }
}
