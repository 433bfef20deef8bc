package org.taizhang.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.taizhang.ui.MemoryPrefs;

/**
 * The two-answer question a conflict asks (冲突): both answers are buttons in their own words,
 * the question its heading, the details under it; only the second answer says no.
 */
@ExtendWith(ApplicationExtension.class)
class ChooseDialogTest {
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    private CompletableFuture<Boolean> ask() {
        FxDialogService dialogs = new FxDialogService(() -> main, new MemoryPrefs());
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.choose("“16. 推进排污权有偿使用和交易”已被 刘洋 修改",
                "对方改了：\n　存在问题：（空） → 企业参与意愿不强", "以对方的为基础重新套用我的修改", "放弃我的修改")));
        return answer;
    }

    private DialogPane pane(FxRobot robot) {
        for (int i = 0; i < 200; i++) {
            DialogPane found = org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> Window.getWindows().stream()
                    .filter(w -> w != main && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElse(null));
            if (found != null) {
                return found;
            }
            robot.sleep(25);
        }
        throw new AssertionError("no question shown");
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(pane::lookupButton).map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void reapplyingIsYesAndSaysWhatChanged(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();
        DialogPane pane = pane(robot);
        assertEquals("“16. 推进排污权有偿使用和交易”已被 刘洋 修改", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("企业参与意愿不强"), pane.getContentText());
        assertEquals(List.of("以对方的为基础重新套用我的修改", "放弃我的修改"),
                pane.getButtonTypes().stream().map(b -> b.getText()).toList());
        Button reapply = button(pane, "以对方的为基础重新套用我的修改");
        assertTrue(reapply.isDefaultButton(), "the safe answer is the one Enter gives");
        robot.interact(reapply::fire);
        assertEquals(true, answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void discardingIsNo(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = ask();
        Button discard = button(pane(robot), "放弃我的修改");
        assertNotNull(discard);
        robot.interact(discard::fire);
        assertEquals(false, answer.get(10, TimeUnit.SECONDS));
    }
}
