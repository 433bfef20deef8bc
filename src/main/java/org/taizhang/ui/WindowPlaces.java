package org.taizhang.ui;

import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where each window was and how big, kept for this user ("window.Report.fxml" = x,y,w,h,maximised)
 * and given back when the window opens again, if it still fits a screen. A window opened for the
 * first time fills a laptop's screen (maximised below 1500 pixels wide) and is centred at a
 * comfortable size on a larger one; nothing is ever placed off-screen.
 */
public final class WindowPlaces {
    private static UserPrefs prefs;

    private WindowPlaces() {
    }

    /** Remembers windows in {@code where} from now on (the program does this once; tests do not). */
    public static void use(UserPrefs where) {
        prefs = where;
    }

    /**
     * Places {@code stage} as it was last time (or at its first size) and keeps its place when it
     * moves, resizes or closes.
     */
    public static void keep(Stage stage, String name, double width, double height) {
        if (prefs == null) {
            return;
        }
        String key = "window." + name;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        String[] saved = prefs.get(key).orElse("").split(",");
        Rectangle2D place;
        boolean maximise;
        if (saved.length == 5 && fits(saved)) {
            place = new Rectangle2D(Double.parseDouble(saved[0]), Double.parseDouble(saved[1]),
                    Double.parseDouble(saved[2]), Double.parseDouble(saved[3]));
            maximise = Boolean.parseBoolean(saved[4]);
        } else {
            double w = Math.min(width, screen.getWidth());
            double h = Math.min(height, screen.getHeight());
            place = new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                    screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
            maximise = screen.getWidth() < 1500 && width >= screen.getWidth() * 0.8;
        }
        SizeHold.put(stage, place);
        SizeHold.place(stage, place);
        Restored restored = new Restored(stage, place, maximise);
        if (maximise) {
            // once it is shown: maximised before, GTK under Openbox mapped it blank until resized
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                    e -> javafx.application.Platform.runLater(() -> stage.setMaximized(true)));
        }
        stage.setOnHiding(e -> save(stage, key, restored.place));
    }

    private static void save(Stage stage, String key, Rectangle2D restored) {
        Rectangle2D place = stage.isMaximized() ? restored // the size to restore it to, not the screen's
                : new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        prefs.put(key, String.join(",", n(place.getMinX()), n(place.getMinY()), n(place.getWidth()),
                n(place.getHeight()), Boolean.toString(stage.isMaximized())));
    }

    /**
     * Where a window is when it is not maximised, followed while it shows: what it is saved with when
     * it closes maximised, and where it goes the first time a window that opened maximised is
     * restored (the window manager knows no size of its own for it: Openbox gave the minimum size in
     * the screen's corner, Metacity kept the whole screen). Sizes that pass while it settles or
     * maximises (Openbox's first 200 × 200, the whole screen) are not taken for it.
     */
    private static final class Restored {
        Rectangle2D place;
        /** Whether a change of place is the clerk's: not while the window opens maximised, until first restored. */
        private boolean following;
        private boolean ours;

        Restored(Stage stage, Rectangle2D place, boolean opensMaximised) {
            this.place = place;
            this.ours = opensMaximised;
            this.following = !opensMaximised;
            // taken a pulse later, if it is still not maximised then: a manager may resize a window to
            // the whole screen just before it says it maximised it
            javafx.beans.InvalidationListener moved = o -> javafx.application.Platform.runLater(() -> {
                Rectangle2D now = bounds(stage);
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                boolean whole = now.getWidth() >= screen.getWidth() - 4 && now.getHeight() >= screen.getHeight() * 0.9;
                if (following && stage.isShowing() && !stage.isMaximized() && !whole && now.getWidth() >= 200
                        && now.getHeight() >= 150) {
                    this.place = now;
                }
            });
            stage.xProperty().addListener(moved);
            stage.yProperty().addListener(moved);
            stage.widthProperty().addListener(moved);
            stage.heightProperty().addListener(moved);
            stage.maximizedProperty().addListener((o, was, is) -> {
                if (is && ours) {
                    ours = false; // the program's own, as it opens: the place it was given stands
                } else if (!is && !following) {
                    javafx.application.Platform.runLater(() -> {
                        if (!stage.isMaximized()) {
                            SizeHold.put(stage, this.place);
                        }
                        following = true;
                    });
                }
            });
        }

        private static Rectangle2D bounds(Stage stage) {
            return new Rectangle2D(stage.getX(), stage.getY(), Math.max(0, stage.getWidth()),
                    Math.max(0, stage.getHeight()));
        }
    }

    /** A saved place that still lies mostly on one of the screens now attached. */
    private static boolean fits(String[] saved) {
        try {
            double x = Double.parseDouble(saved[0]);
            double y = Double.parseDouble(saved[1]);
            double w = Double.parseDouble(saved[2]);
            double h = Double.parseDouble(saved[3]);
            return w >= 200 && h >= 150 && Screen.getScreens().stream().map(Screen::getVisualBounds)
                    .anyMatch(b -> b.contains(x + w / 2, y + 10) && w <= b.getWidth() + 16 && h <= b.getHeight() + 16);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
