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

    /**
     * A form: modal, and the caller goes on once it is closed. It opens as big as its content wants
     * (within the screen), and stays so while the window manager settles it (see {@link SizeHold}).
     */
    public static void form(Window owner, String title, String view, Object... controllers) {
        Parent root = Views.load(view, controllers);
        Stage stage = build(owner, title, root, true);
        stage.sizeToScene();
        root.applyCss();
        SizeHold.content(stage, root, Math.min(root.prefWidth(-1), 320), Math.min(root.prefHeight(-1), 200));
        stage.showAndWait();
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
