package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.command.StandardAction;

/**
 * Saving the task form after another PC saved the same task (冲突): the clerk is told who changed
 * what and when, and either applies the own changes again on the task as it is now, in the form
 * shown again, or lets them go. Another PC is played by a save made while the form is open.
 */
class TaskConflictViewModelTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel vm;
    Task seen;

    @BeforeEach
    void openSample() {
        vm = new MainViewModel(new ImmediateBackground(), clock, ZoneId.of("Asia/Shanghai"),
                dir.resolve("sample").resolve("示例.taizhang"), new MemoryPrefs(), dialogs);
        vm.openSample();
        assertTrue(vm.ledgerOpenProperty().get(), dialogs.told.toString());
        TaskRow row = vm.table().visibleRows().stream()
                .filter(r -> r.task().number().text().equals("16.") && r.task().title().contains("排污权"))
                .findFirst().orElseThrow();
        vm.selectedProperty().set(row);
        seen = row.task();
        // the clerk types into the form; meanwhile another PC saves the task's progress and problems
        dialogs.edits.add(form -> {
            Task there = vm.service().task(seen.id()).orElseThrow();
            vm.service().edit(there.toBuilder().progress("平台已上线（刘洋录入）").problems("数据未归集").build(),
                    Note.by("刘洋"));
            form.actualProperty().set("38笔");
            form.progressProperty().set("我写的进展");
            return Optional.of(form.result());
        });
    }

    @AfterEach
    void shutdown() {
        vm.shutdown();
    }

    private List<Adjustment> log() {
        return vm.service().log();
    }

    @Test
    void theClerkIsToldWhoChangedWhatAndMayApplyTheOwnChangesAgain() {
        int before = log().size();
        dialogs.choices2.add(true); // 以对方的为基础重新套用我的修改
        Task[] shownAgain = new Task[1];
        dialogs.edits.add(form -> {
            assertEquals("38笔", form.actualProperty().get(), "the clerk's values are back in the form");
            assertEquals("我写的进展", form.progressProperty().get());
            assertEquals("数据未归集", form.problemsProperty().get(), "on top of the other PC's");
            assertTrue(form.isEdited(), "closing it would ask before dropping them");
            shownAgain[0] = form.result();
            return Optional.of(form.result());
        });
        vm.command(StandardAction.EDIT_TASK).execute();

        String question = dialogs.asked.get(dialogs.asked.size() - 1);
        assertTrue(question.contains("刘洋") && question.contains("2026-11-27"), question);
        assertTrue(question.contains("存在问题") && question.contains("数据未归集"), "which fields they changed: " + question);
        assertTrue(question.contains("（您也改了此项）"), "进展 was changed on both sides: " + question);
        assertTrue(question.contains("完成值") && question.contains("38笔"), "and what the clerk changed: " + question);
        assertEquals(2, dialogs.forms.size(), "the form was shown again");
        assertTrue(dialogs.told.isEmpty(), dialogs.told.toString());

        assertEquals(before + 2, log().size(), "the other PC's save and the clerk's, nothing lost");
        Task now = vm.service().task(seen.id()).orElseThrow();
        assertEquals("38笔", now.actual());
        assertEquals("我写的进展", now.progress());
        assertEquals("数据未归集", now.problems());
        assertEquals("刘洋", log().get(before).operator());
        assertEquals("平台已上线（刘洋录入）", log().get(before + 1).changes().get(0).fields().stream()
                .filter(f -> f.field() == org.taizhang.core.task.TaskField.PROGRESS).findFirst().orElseThrow().before());
        assertTrue(vm.service().verify().ok());
    }

    @Test
    void theClerkMayLetTheOwnChangesGo() {
        int before = log().size();
        dialogs.choices2.add(false); // 放弃我的修改
        vm.command(StandardAction.EDIT_TASK).execute();
        assertEquals(1, dialogs.forms.size(), "the form is not shown again");
        assertEquals(before + 1, log().size(), "only the other PC's save");
        Task now = vm.service().task(seen.id()).orElseThrow();
        assertEquals("平台已上线（刘洋录入）", now.progress());
        assertFalse(now.actual().equals("38笔"));
        assertTrue(dialogs.told.isEmpty(), "a conflict is a question, not a failure: " + dialogs.told);
        assertEquals("平台已上线（刘洋录入）", vm.selectedProperty().get().task().progress(),
                "the window shows the task as the other PC left it");
    }
}
