package org.taizhang.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.UnitList;
import org.taizhang.ui.Views;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real task form from fxml/, headless: 取消 and the close box throw typed text away only when
 * the clerk says so; an untouched form closes at once.
 */
@ExtendWith(ApplicationExtension.class)
class TaskEditWindowTest {
    private final List<Window> asked = new ArrayList<>();
    private boolean answer;
    private TaskEditViewModel vm;
    private Stage form;

    @Start
    void start(Stage stage) {
        Task task = Task.builder().id(7L).number("1.").title("推进DRG/DIP支付方式改革")
                .leadUnits(UnitList.parse("市医保局")).deadline("6月底前").status(Status.IN_PROGRESS).build();
        vm = new TaskEditViewModel(task, 2023, LocalDate.of(2023, 3, 1), List.of("医疗卫生体制改革"), List.of("市医保局"),
                id -> "");
        TaskEditController controller = new TaskEditController(vm, over -> {
            asked.add(over);
            return answer;
        });
        stage.setScene(Views.scene(Views.load("TaskEdit.fxml", controller)));
        stage.show();
        form = stage;
    }

    @Test
    void typedTextIsNotThrownAwayWithoutAsking(FxRobot robot) {
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), asked, "nothing typed: nothing to ask");
        assertFalse(form.isShowing());

        robot.interact(() -> {
            form.show();
            robot.lookup("#progress").queryAs(javafx.scene.control.TextInputControl.class).setText("已印发实施方案。");
        });
        answer = false;
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, asked.size(), "typed text: asked once");
        assertTrue(form.isShowing(), "kept when the clerk says no");

        assertTrue(form.getOnCloseRequest() != null, "the form guards its close box");
        robot.interact(() -> form.fireEvent(new javafx.stage.WindowEvent(form,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(2, asked.size(), "the close box asks too");
        assertTrue(form.isShowing());

        answer = true;
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(form.isShowing(), "thrown away when the clerk says so");
        assertTrue(vm.isEdited());
    }

    @Test
    void aBadDeadlineIsSaidUnderTheDeadlineFieldAndGoesWhenFixed(FxRobot robot) {
        javafx.scene.control.TextField deadline = robot.lookup("#deadline").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.Label under = robot.lookup("#deadlineError").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Button save = robot.lookup("#save").queryAs(javafx.scene.control.Button.class);
        assertFalse(under.isVisible(), "a good deadline: no message");
        assertFalse(deadline.getPseudoClassStates().contains(org.taizhang.ui.ErrorUnder.INVALID));

        robot.clickOn(deadline).eraseText(deadline.getText().length()).write("2023-02-30");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2023-02-30", deadline.getText());
        assertTrue(under.isVisible(), "the message shows");
        assertEquals(vm.deadlineErrorProperty().get(), under.getText());
        assertFalse(under.getText().isEmpty());
        javafx.geometry.Bounds field = deadline.localToScene(deadline.getBoundsInLocal());
        javafx.geometry.Bounds message = under.localToScene(under.getBoundsInLocal());
        assertTrue(message.getMinY() >= field.getMaxY() - 0.5, "under the field: " + message + " / " + field);
        assertEquals(field.getMinX(), message.getMinX(), 2.0, "lined up with it (the focus ring lies outside the field)");
        assertTrue(message.getHeight() > 0);
        assertTrue(deadline.getPseudoClassStates().contains(org.taizhang.ui.ErrorUnder.INVALID), "the field wears red");
        assertTrue(save.isDisabled(), "保存 waits");

        robot.clickOn(deadline).eraseText(deadline.getText().length()).write("2023-09-30");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(under.isVisible(), "fixed, the message goes");
        assertFalse(under.isManaged(), "and takes no room");
        assertFalse(deadline.getPseudoClassStates().contains(org.taizhang.ui.ErrorUnder.INVALID));
        assertFalse(save.isDisabled());
    }
}
