package org.taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new window that the window system makes smaller than the program made it (Openbox's first
 * 200 × 200 under JavaFX 21) is put back; once the clerk has clicked in it, its size is theirs.
 */
@ExtendWith(ApplicationExtension.class)
class SizeHoldTest {

    private Stage shown(FxRobot robot, Rectangle2D place, Pane root) {
        Stage[] made = new Stage[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(root));
            SizeHold.put(stage, place);
            SizeHold.place(stage, place);
            stage.show();
            made[0] = stage;
        });
        return made[0];
    }

    @Test
    void aWindowShrunkBeforeItIsTouchedIsPutBackAndAfterwardsLeftAlone(FxRobot robot) {
        Rectangle2D place = new Rectangle2D(40, 30, 640, 420);
        StackPane root = new StackPane();
        Stage stage = shown(robot, place, root);
        robot.interact(() -> {
            stage.setWidth(200); // as the manager's first answer would
            stage.setHeight(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(640, stage.getWidth(), 1, "put back");
        assertEquals(420, stage.getHeight(), 1);

        robot.interact(() -> Event.fireEvent(root, new MouseEvent(MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null)));
        robot.interact(() -> stage.setWidth(500));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(500, stage.getWidth(), 1, "touched, the clerk's own size stays");
        robot.interact(stage::close);
    }

    @Test
    void aFormShrunkWhileSettlingGrowsBackToItsContent(FxRobot robot) {
        Pane root = new Pane();
        root.setPrefSize(600, 400);
        Stage[] made = new Stage[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(root));
            stage.sizeToScene();
            SizeHold.content(stage, root, 320, 200);
            stage.show();
            made[0] = stage;
        });
        Stage stage = made[0];
        robot.interact(() -> {
            stage.setWidth(200);
            stage.setHeight(200);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(600, stage.getScene().getWidth(), 1, "as wide as its content wants");
        assertEquals(400, stage.getScene().getHeight(), 1);
        assertEquals(0, stage.getMinWidth(), 1, "no minimum while it settles: set then, it pins the window");

        robot.interact(() -> Event.fireEvent(root, new MouseEvent(MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5,
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null)));
        assertEquals(320, stage.getMinWidth(), 1, "settled, the clerk may make it no smaller than its minimum");
        robot.interact(stage::close);
    }
}
