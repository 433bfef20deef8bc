package org.taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A window opens where and as big as it was left; a place no screen shows any more is not used. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacesTest {
    private final MemoryPrefs prefs = new MemoryPrefs();

    @AfterEach
    void forget() {
        WindowPlaces.use(null);
    }

    private Stage open(FxRobot robot, String name) {
        Stage[] made = new Stage[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane(), 300, 200));
            WindowPlaces.keep(stage, name, 700, 500);
            stage.show();
            made[0] = stage;
        });
        return made[0];
    }

    @Test
    void aWindowComesBackAsItWasLeft(FxRobot robot) {
        WindowPlaces.use(prefs);
        Stage first = open(robot, "Report.fxml");
        assertEquals(700, first.getWidth(), 1, "its first size, within the screen");
        robot.interact(() -> {
            first.setX(40);
            first.setY(30);
            first.setWidth(640);
            first.setHeight(420);
            first.close();
        });
        assertEquals("40,30,640,420,false", prefs.get("window.Report.fxml").orElseThrow());

        Stage again = open(robot, "Report.fxml");
        assertEquals(40, again.getX(), 1);
        assertEquals(640, again.getWidth(), 1);
        assertEquals(420, again.getHeight(), 1);
        robot.interact(again::close);
    }

    @Test
    void aPlaceOffEveryScreenIsNotUsed(FxRobot robot) {
        WindowPlaces.use(prefs);
        prefs.put("window.Log.fxml", "9000,9000,640,420,false");
        Stage stage = open(robot, "Log.fxml");
        assertTrue(Screen.getPrimary().getVisualBounds().contains(stage.getX() + 10, stage.getY() + 10),
                "back on the screen: " + stage.getX() + "," + stage.getY());
        robot.interact(stage::close);
    }

    @Test
    void aMaximisedWindowComesBackMaximisedAndKeepsItsRestoredSize(FxRobot robot) {
        WindowPlaces.use(prefs);
        prefs.put("window.Report.fxml", "40,30,640,420,true");
        Stage stage = open(robot, "Report.fxml");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isMaximized(), "maximised, as it was left");
        robot.interact(stage::close);
        assertEquals("40,30,640,420,true", prefs.get("window.Report.fxml").orElseThrow(),
                "the size to restore it to is kept, not the screen's");
    }

    @Test
    void aWindowMaximisedByTheClerkIsSavedWithThePlaceItHadBefore(FxRobot robot) {
        WindowPlaces.use(prefs);
        prefs.put("window.main", "40,30,900,600,false");
        Stage stage = open(robot, "main");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> javafx.event.Event.fireEvent(stage.getScene().getRoot(), new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null))); // the clerk's, from now
        robot.interact(() -> {
            stage.setX(50);
            stage.setY(60);
            stage.setWidth(700);
            stage.setHeight(450);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setMaximized(true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(stage::close);
        assertEquals("50,60,700,450,true", prefs.get("window.main").orElseThrow(),
                "its place before it was maximised, moved since it opened; not the screen's, nor the one it opened at");
    }

    @Test
    void aWindowLeftRestoredIsNotMaximised(FxRobot robot) {
        WindowPlaces.use(prefs);
        prefs.put("window.main", "40,30,900,600,false");
        Stage stage = open(robot, "main");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!stage.isMaximized(), "restored, as it was left, though a first start would maximise it");
        assertEquals(900, stage.getWidth(), 1);
        robot.interact(stage::close);
    }

    @Test
    void withoutPrefsNothingIsRemembered(FxRobot robot) {
        Stage stage = open(robot, "Other.fxml");
        assertEquals(300, stage.getScene().getWidth(), 1, "sized by its scene, as before");
        robot.interact(stage::close);
        assertTrue(prefs.get("window.Other.fxml").isEmpty());
    }
}
