package org.taizhang.ui;

import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Builds every window of the program from a view in fxml/ and its controllers: owned by the window
 * that opens it, with the program's style sheet and icons. Three kinds: a window beside its owner
 * (log, comparison, report), a modal window the clerk works in (import, reference lists), and a
 * form that is answered before the caller goes on (task form, reason, settings).
 */
public final class WindowFactory {
    private WindowFactory() {
    }

    /** A window beside {@code owner}, shown; the owner stays usable. */
    public static Stage beside(Window owner, String title, String view, Object... controllers) {
        Parent root = Views.load(view, controllers);
        Stage stage = build(owner, title, root, false);
        WindowPlaces.keep(stage, view, Math.max(root.prefWidth(-1), 900), Math.max(root.prefHeight(-1), 600));
        stage.show();
        return stage;
    }

    /** A window that keeps {@code owner} waiting while it is open, shown; the caller goes on at once. */
    public static Stage modal(Window owner, String title, String view, Object... controllers) {
        Parent root = Views.load(view, controllers);
        Stage stage = build(owner, title, root, true);
        WindowPlaces.keep(stage, view, Math.max(root.prefWidth(-1), 900), Math.max(root.prefHeight(-1), 600));
        stage.show();
        return stage;
    }

    /** A form: modal, and the caller goes on once it is closed. */
    public static void form(Window owner, String title, String view, Object... controllers) {
        Parent root = Views.load(view, controllers);
        Stage stage = build(owner, title, root, true);
        stage.sizeToScene();
        stage.setOnShown(e -> javafx.application.Platform.runLater(() -> fitContent(stage, root)));
        stage.showAndWait();
    }

    /**
     * At least as big as its content wants (within the screen): some window managers (Openbox)
     * first map a new dialog at a size of their own, 200 × 200.
     */
    private static void fitContent(Stage stage, Parent root) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // the frame around the scene; when the manager shrank the window the difference says nothing
        double frameW = Math.max(0, Math.min(40, stage.getWidth() - stage.getScene().getWidth()));
        double frameH = Math.max(0, Math.min(60, stage.getHeight() - stage.getScene().getHeight()));
        double w = Math.min(root.prefWidth(-1) + frameW, screen.getWidth());
        double h = Math.min(root.prefHeight(root.prefWidth(-1)) + frameH, screen.getHeight());
        boolean grown = false;
        if (stage.getWidth() < w - 1) {
            stage.setWidth(w);
            grown = true;
        }
        if (stage.getHeight() < h - 1) {
            stage.setHeight(h);
            grown = true;
        }
        if (grown) {
            stage.centerOnScreen(); // grown from the corner it was mapped at: its title bar back in sight
        }
        stage.setMinWidth(Math.min(w, 320));
        stage.setMinHeight(Math.min(h, 200));
    }

    private static Stage build(Window owner, String title, Parent root, boolean modal) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        if (modal) {
            Modal.over(stage); // not JavaFX's modality: see Modal
        }
        stage.setTitle(title);
        stage.setScene(Views.scene(root));
        stage.getIcons().setAll(owner instanceof Stage s && !s.getIcons().isEmpty() ? s.getIcons() : Views.appIcons());
        return stage;
    }
}
