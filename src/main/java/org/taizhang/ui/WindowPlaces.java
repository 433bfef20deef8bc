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
        if (maximise) {
            // once it is shown: maximised before, GTK under Openbox mapped it blank until resized
            stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN,
                    e -> javafx.application.Platform.runLater(() -> stage.setMaximized(true)));
        }
        stage.setOnHiding(e -> save(stage, key));
    }

    private static void save(Stage stage, String key) {
        if (stage.isMaximized()) { // keep the size it had before, for when it is restored
            String[] was = prefs.get(key).orElse("").split(",");
            String size = was.length == 5 ? String.join(",", was[0], was[1], was[2], was[3]) : String.join(",",
                    n(stage.getX()), n(stage.getY()), n(stage.getWidth()), n(stage.getHeight()));
            prefs.put(key, size + ",true");
        } else {
            prefs.put(key, String.join(",", n(stage.getX()), n(stage.getY()), n(stage.getWidth()), n(stage.getHeight()),
                    "false"));
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
