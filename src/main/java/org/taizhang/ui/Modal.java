package org.taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.control.Dialog;
import javafx.scene.input.InputEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The program's modal windows: while one is showing, the window that opened it (and that window's
 * owner, and so on up) takes no input: no click, key, scroll or close; a click on it brings the modal
 * window forward instead. This is done here rather than with JavaFX's {@link Modality}: on Linux
 * JavaFX blocks an owner by fixing its size in the window system (minimum = maximum), and a window
 * manager may take a window whose size is fixed out of its maximised state (Openbox does: the main
 * window shrank each time a form opened). An owner blocked here stays exactly as it was
 * (docs/decisions/0016-modal-windows-block-their-owner-themselves.md).
 */
public final class Modal {
    private static final String BLOCKERS = Modal.class.getName() + ".blockers";

    private Modal() {
    }

    /**
     * Makes {@code stage} (already owned, not yet shown) modal to its owners: they are blocked from
     * when it starts showing until it is hidden.
     */
    public static void over(Stage stage) {
        stage.initModality(Modality.NONE);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> block(stage));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> unblock(stage));
    }

    /**
     * The same for one of JavaFX's dialogs (an alert, a question), once its owner is set. A dialog
     * without an owner keeps JavaFX's modality: it blocks every window, there being none of its own.
     */
    public static void over(Dialog<?> dialog) {
        if (dialog.getOwner() == null) {
            return;
        }
        dialog.initModality(Modality.NONE);
        Window window = dialog.getDialogPane().getScene().getWindow();
        window.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> block(window));
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> unblock(window));
    }

    /** Whether a modal window of the program keeps {@code window} from taking input now. */
    public static boolean isBlocked(Window window) {
        return window.getProperties().get(BLOCKERS) instanceof Blockers b && !b.modals.isEmpty();
    }

    private static void block(Window modal) {
        for (Window w = ownerOf(modal); w != null; w = ownerOf(w)) {
            Blockers blockers = (Blockers) w.getProperties().computeIfAbsent(BLOCKERS, k -> new Blockers());
            if (blockers.modals.isEmpty()) {
                blockers.attach(w);
            }
            blockers.modals.add(modal);
        }
    }

    private static void unblock(Window modal) {
        for (Window w = ownerOf(modal); w != null; w = ownerOf(w)) {
            if (w.getProperties().get(BLOCKERS) instanceof Blockers blockers && blockers.modals.remove(modal)
                    && blockers.modals.isEmpty()) {
                blockers.detach(w);
            }
        }
    }

    private static Window ownerOf(Window w) {
        return w instanceof Stage s ? s.getOwner() : null;
    }

    /** The modal windows blocking one window, newest last, and what blocks it while there are any. */
    private static final class Blockers {
        final List<Window> modals = new ArrayList<>();
        private final EventHandler<InputEvent> swallow = this::toModal;
        private final EventHandler<WindowEvent> refuseClose = this::toModal;
        private final ChangeListener<Boolean> focused = (o, was, is) -> {
            if (is) {
                Platform.runLater(this::raise);
            }
        };

        void attach(Window w) {
            w.addEventFilter(InputEvent.ANY, swallow);
            w.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, refuseClose);
            w.focusedProperty().addListener(focused);
        }

        void detach(Window w) {
            w.removeEventFilter(InputEvent.ANY, swallow);
            w.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, refuseClose);
            w.focusedProperty().removeListener(focused);
        }

        private void toModal(Event e) {
            e.consume();
            if (e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED
                    || e.getEventType() == WindowEvent.WINDOW_CLOSE_REQUEST) {
                raise();
            }
        }

        private void raise() {
            if (!modals.isEmpty() && modals.get(modals.size() - 1) instanceof Stage top && top.isShowing()) {
                top.toFront();
                top.requestFocus();
            }
        }
    }
}
