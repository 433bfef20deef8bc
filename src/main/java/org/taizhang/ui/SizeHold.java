package org.taizhang.ui;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Keeps a new window at the size the program gave it until the clerk first touches it. JavaFX 21
 * on Linux takes the size a window manager answers a newly mapped window with as the window's size
 * (JDK-8316423, mended in JavaFX 22): Openbox answers 200 × 200 first, and a window whose minimum
 * size or size is set at that moment stays that small (the task form opened as a 200 × 200 box, the
 * main window at its minimum size). Whatever the manager, a window that comes out smaller than it
 * was made is put back, a few times at most, before the clerk has clicked or typed in it.
 */
public final class SizeHold {
    private static final int MOST = 5;

    private SizeHold() {
    }

    /** {@code stage} (its frame) stays at {@code place} while it is settling, unless it is maximised. */
    public static void place(Stage stage, Rectangle2D place) {
        hold(stage, () -> !stage.isMaximized() && (stage.getWidth() < place.getWidth() - 1
                || stage.getHeight() < place.getHeight() - 1), () -> put(stage, place), () -> { });
    }

    /** Puts {@code stage} at {@code place}. */
    public static void put(Stage stage, Rectangle2D place) {
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        stage.setWidth(place.getWidth());
        stage.setHeight(place.getHeight());
    }

    /**
     * {@code stage}'s scene stays at least as big as {@code root} wants to be (within the screen) while
     * it is settling; grown, it is centred, its title bar in sight. Once settled, the clerk may make it
     * no smaller than {@code minWidth} × {@code minHeight}: a minimum size set while the manager
     * settles a window pins it at the manager's first size.
     */
    public static void content(Stage stage, Parent root, double minWidth, double minHeight) {
        hold(stage, () -> grow(stage, root, false), () -> grow(stage, root, true), () -> {
            stage.setMinWidth(minWidth);
            stage.setMinHeight(minHeight);
        });
    }

    private static boolean grow(Stage stage, Parent root, boolean now) {
        if (stage.getScene() == null || stage.isMaximized()) {
            return false;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // the frame around the scene; while the manager holds the window small the difference says nothing
        double frameW = Math.max(0, Math.min(40, stage.getWidth() - stage.getScene().getWidth()));
        double frameH = Math.max(0, Math.min(60, stage.getHeight() - stage.getScene().getHeight()));
        double w = Math.min(root.prefWidth(-1) + frameW, screen.getWidth());
        double h = Math.min(root.prefHeight(root.prefWidth(-1)) + frameH, screen.getHeight());
        boolean small = stage.getWidth() < w - 1 || stage.getHeight() < h - 1;
        if (small && now) {
            stage.setWidth(Math.max(stage.getWidth(), w));
            stage.setHeight(Math.max(stage.getHeight(), h));
            stage.centerOnScreen();
        }
        return small;
    }

    /**
     * Each time the stage's size changes while it settles and {@code small} says it came out too
     * small, {@code putBack} (on a later pulse, if it is still too small). Settling ends at the first
     * click or key in the window (then {@code settled}), when it is hidden, or after a few put-backs.
     */
    private static void hold(Stage stage, BooleanSupplier small, Runnable putBack, Runnable settled) {
        int[] left = {MOST};
        ChangeListener<Number> check = (o, was, now) -> {
            if (left[0] > 0 && stage.isShowing() && small.getAsBoolean()) {
                Platform.runLater(() -> {
                    if (left[0] > 0 && stage.isShowing() && small.getAsBoolean()) {
                        left[0]--;
                        putBack.run();
                    }
                });
            }
        };
        stage.widthProperty().addListener(check);
        stage.heightProperty().addListener(check);
        EventHandler<WindowEvent> shown = e -> check.changed(null, null, null);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown);
        EventHandler<InputEvent> touched = new EventHandler<>() {
            @Override
            public void handle(InputEvent e) {
                if (e != null && left[0] >= 0) {
                    settled.run();
                }
                left[0] = -1;
                stage.widthProperty().removeListener(check);
                stage.heightProperty().removeListener(check);
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, shown);
                stage.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
                stage.removeEventFilter(KeyEvent.KEY_PRESSED, this);
            }
        };
        stage.addEventFilter(MouseEvent.MOUSE_PRESSED, touched);
        stage.addEventFilter(KeyEvent.KEY_PRESSED, touched);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> touched.handle(null));
    }
}
