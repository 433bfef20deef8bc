package org.taizhang.app;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.task.Task;
import org.taizhang.ui.command.StandardAction;

/**
 * Shows a conflict (冲突) on the real window: the task form open on 16., another PC saving the
 * task meanwhile (played by a save through the service), the clerk's save, the question that
 * follows, and the form shown again after 以对方的为基础重新套用我的修改. Writes conflict.png and
 * conflict-again.png into the folder given.
 * Run: {@code xvfb-run -a -s "-screen 0 1366x768x24" ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.taizhang.app.ConflictShots -Dexec.args="OUT 1366 768"}
 */
public final class ConflictShots {
    private ConflictShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/shots");
        double width = args.length > 1 ? Double.parseDouble(args[1]) : 1366;
        double height = args.length > 2 ? Double.parseDouble(args[2]) : 768;
        Path scratch = WindowTour.scratch("taizhang-conflict");
        WindowTour tour = WindowTour.withSample(scratch.resolve("示例.taizhang"), width, height);
        try {
            Screenshots.select(tour, "16.");
            WindowTour.later(() -> tour.vm.command(StandardAction.EDIT_TASK).execute());
            Stage form = WindowTour.windowWith("#progress");
            WindowTour.onFx(() -> {
                Screenshots.type(form, "#progress", "1.交易平台12月中旬开放测试。2.核定办法已报市政府审定。");
                Screenshots.type(form, "#actual", "2家");
                Task there = tour.vm.service().task(tour.vm.selectedProperty().get().id()).orElseThrow();
                tour.vm.service().edit(there.toBuilder().progress("平台已完成验收，待自治区通知上线。")
                        .problems("企业参与意愿不强").build(), Note.by("刘洋"));
                ((Button) form.getScene().lookup("#save")).fire();
                return null;
            });
            Stage question = WindowTour.windowWith(".dialog-pane");
            Thread.sleep(500);
            WindowTour.snapshot(question, out.resolve("conflict.png"));
            WindowTour.onFx(() -> {
                DialogPane pane = (DialogPane) question.getScene().lookup(".dialog-pane");
                pane.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                        .findFirst().map(pane::lookupButton).map(Button.class::cast).orElseThrow().fire();
                return null;
            });
            Stage again = WindowTour.windowWith("#progress");
            Thread.sleep(500);
            WindowTour.snapshot(again, out.resolve("conflict-again.png"));
        } finally {
            System.exit(0);
        }
    }
}
