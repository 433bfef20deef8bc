package org.taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A modal window keeps the windows under it from taking input without JavaFX's modality (which on
 * Linux fixes the owner's size, and Openbox then un-maximises it): clicks, keys and a close are
 * swallowed while it shows, and everything works again once it is closed.
 */
@ExtendWith(ApplicationExtension.class)
class ModalTest {
    private Stage main;
    private Button button;
    private final AtomicInteger clicks = new AtomicInteger();
    private final AtomicInteger keys = new AtomicInteger();

    @Start
    void start(Stage stage) {
        main = stage;
        button = new Button("按钮");
        button.setOnMouseClicked(e -> clicks.incrementAndGet());
        button.setOnKeyPressed(e -> keys.incrementAndGet());
        stage.setScene(new Scene(new StackPane(button), 300, 200));
        stage.show();
    }

    /** A click and a key as the window system would deliver them to the main window's button. */
    private void touchMain(FxRobot robot) {
        robot.interact(() -> {
            Event.fireEvent(button, new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, false, null));
            Event.fireEvent(button, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.A, false, false, false, false));
        });
    }

    private Stage modalOver(FxRobot robot, Stage owner) {
        Stage[] made = new Stage[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.initOwner(owner);
            Modal.over(stage);
            stage.setScene(new Scene(new StackPane(), 200, 100));
            stage.show();
            made[0] = stage;
        });
        return made[0];
    }

    @Test
    void theOwnerWaitsWhileTheModalWindowShows(FxRobot robot) {
        touchMain(robot);
        assertEquals(1, clicks.get(), "the main window takes clicks before");
        Stage modal = modalOver(robot, main);
        assertEquals(Modality.NONE, modal.getModality(), "not JavaFX's modality: the owner keeps its size hints");
        assertTrue(Modal.isBlocked(main));

        touchMain(robot);
        robot.interact(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(1, clicks.get(), "no click reaches the main window while the modal window shows");
        assertEquals(1, keys.get(), "no key either");
        assertTrue(main.isShowing(), "nor can it be closed");

        robot.interact(modal::close);
        assertFalse(Modal.isBlocked(main));
        touchMain(robot);
        assertEquals(2, clicks.get(), "closed, the main window takes clicks again");
        assertEquals(2, keys.get());
    }

    @Test
    void aQuestionOverAModalWindowBlocksBothUntilItIsAnswered(FxRobot robot) {
        Stage form = modalOver(robot, main);
        Alert[] asked = new Alert[1];
        robot.interact(() -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "放弃修改？");
            alert.initOwner(form);
            Modal.over(alert);
            alert.show();
            asked[0] = alert;
        });
        assertTrue(Modal.isBlocked(form), "the form waits for the question");
        assertTrue(Modal.isBlocked(main), "and so does the window under it");

        robot.interact(asked[0]::close);
        assertFalse(Modal.isBlocked(form), "answered, the form takes input again");
        assertTrue(Modal.isBlocked(main), "the main window still waits for the form");

        robot.interact(form::close);
        assertFalse(Modal.isBlocked(main));
        touchMain(robot);
        assertEquals(1, clicks.get());
    }
}
