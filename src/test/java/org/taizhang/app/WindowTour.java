package org.taizhang.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.taizhang.ui.FxBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.Views;
import org.taizhang.ui.dialog.FxDialogService;
import org.taizhang.ui.main.MainViewModel;

/**
 * Drives the real program's windows from outside the FX thread, for the developer tools that need
 * a display: the README's screenshots ({@link Screenshots}) and the UI benchmark ({@link UiBench}).
 * Run them under Xvfb, e.g. {@code xvfb-run -a ./mvnw -q test-compile exec:java -Dexec.mainClass=…}.
 */
class WindowTour {
    final MainViewModel vm;
    final Stage stage;
    final FxBackground background;

    private WindowTour(MainViewModel vm, Stage stage, FxBackground background) {
        this.vm = vm;
        this.stage = stage;
        this.background = background;
    }

    /** Starts the toolkit and opens the main window, as TaizhangApp does, with fresh preferences. */
    static WindowTour start(Path sample, double width, double height) throws Exception {
        return start(sample, width, height, true);
    }

    /**
     * As {@link #start(Path, double, double)}; {@code empty}: started with no ledger to open, so the
     * window practises an opening (MainViewModel.practiseOpening); else the caller opens one at once,
     * as the program does with the last ledger (and then does not practise).
     */
    static WindowTour start(Path sample, double width, double height, boolean empty) throws Exception {
        java.util.Locale.setDefault(org.taizhang.core.I18n.locale());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        MemoryPrefs prefs = new MemoryPrefs();
        prefs.setOperator("赵静");
        FxBackground background = new FxBackground();
        AtomicReference<Stage> stage = new AtomicReference<>();
        MainViewModel vm = new MainViewModel(background, Clock.systemDefaultZone(), ZoneId.of("Asia/Shanghai"), sample,
                prefs, new FxDialogService(stage::get, prefs));
        onFx(() -> {
            Stage s = new Stage();
            stage.set(s);
            vm.setWindows(new Windows(vm, prefs, new FxDialogService(stage::get, prefs), s));
            s.setScene(Views.scene(TaizhangApp.mainWindow(vm, prefs)));
            s.titleProperty().bind(vm.windowTitleProperty());
            s.setWidth(width);
            s.setHeight(height);
            s.show();
            if (empty) {
                vm.start(java.util.Optional.empty()); // as TaizhangApp: no ledger named, none opened before
            }
            return null;
        });
        return new WindowTour(vm, stage.get(), background);
    }

    /** {@link #start}, then the sample ledger made at {@code sample} and shown, the window settled. */
    static WindowTour withSample(Path sample, double width, double height) throws Exception {
        WindowTour tour = start(sample, width, height);
        Thread.sleep(800);
        onFx(() -> {
            tour.vm.openSample();
            return null;
        });
        tour.settle();
        return tour;
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Starts {@code work} on the FX thread without waiting (it may open a dialog and wait in it). */
    static void later(Runnable work) {
        Platform.runLater(work);
    }

    /** Waits until background work is done and the screen has caught up. */
    void settle() throws Exception {
        for (int i = 0; i < 600; i++) {
            Thread.sleep(50);
            if (!onFx(() -> vm.busyProperty().get())) {
                Thread.sleep(250);
                if (!onFx(() -> vm.busyProperty().get())) {
                    return;
                }
            }
        }
        throw new IllegalStateException("still busy");
    }

    /** The newest window whose scene holds a node with that id (a dialog opened by the tour). */
    static Stage windowWith(String id) throws Exception {
        for (int i = 0; i < 200; i++) {
            Stage found = onFx(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Stage && w.getScene() != null && w.getScene().lookup(id) != null)
                    .map(w -> (Stage) w).reduce((a, b) -> b).orElse(null));
            if (found != null) {
                Thread.sleep(300);
                return found;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no window shows " + id);
    }

    /**
     * A scratch folder for a tool that takes pictures: the ledgers it makes there are deleted with
     * the folder when the tool's JVM ends (the tools end with {@code System.exit}).
     */
    static Path scratch(String prefix) {
        org.taizhang.store.ScratchFolder folder = org.taizhang.store.ScratchFolder.make(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(folder::close));
        return folder.path();
    }

    /** Saves what a window's scene shows as a PNG. */
    static void snapshot(Stage window, Path png) throws Exception {
        WritableImage image = onFx(() -> {
            Scene scene = window.getScene();
            return scene.snapshot(null);
        });
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(out, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() throws Exception {
        onFx(() -> {
            vm.shutdown();
            return null;
        });
        background.close();
        Platform.exit();
    }
}
