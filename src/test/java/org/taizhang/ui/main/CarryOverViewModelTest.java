package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.command.StandardAction;

/** 文件 → 新建下一年度台账 and 对账销号 from the window, without a toolkit, on the sample ledger. */
class CarryOverViewModelTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2023-12-25T08:00:00Z");
    ScriptedDialogs dialogs = new ScriptedDialogs();
    MainViewModel vm;

    @BeforeEach
    void create() {
        vm = new MainViewModel(new ImmediateBackground(), clock, ZoneId.of("Asia/Shanghai"),
                dir.resolve("sample").resolve("示例.taizhang"), new MemoryPrefs(), dialogs);
    }

    @AfterEach
    void shutdown() {
        vm.shutdown();
    }

    private void run(StandardAction action) {
        assertTrue(vm.command(action).isExecutable(), action + " should be enabled");
        vm.command(action).execute();
    }

    private Task openTask() {
        return vm.service().tasks().stream().filter(t -> t.parentId() == null && !t.status().isClosed()).findFirst()
                .orElseThrow();
    }

    @Test
    void nextYearsLedgerIsStartedFromTheOneOnScreenAndOpened() {
        assertFalse(vm.command(StandardAction.NEW_NEXT_YEAR).isExecutable(), "no ledger to carry from");
        vm.openSample();
        Task task = openTask();
        Requests requests = new Requests(vm.service());
        long id = requests.receive(task.id(), "市发展改革委", RequestType.CARRY_OVER, Map.of(TaskField.DEADLINE, "6月底前"),
                Note.by("赵静", "年内无法完成", "")).id();
        requests.opinion(List.of(id), true, Note.by("赵静"));
        requests.decide(List.of(id), Request.Result.APPROVED, Map.of(), LocalDate.of(2023, 12, 20),
                Note.by("赵静", "", "市委深改委第八次会议"));
        vm.refresh();

        Path next = dir.resolve("2024.taizhang");
        dialogs.files.add(next);
        run(StandardAction.NEW_NEXT_YEAR);
        assertEquals(List.of("北疆市2024年全面深化改革任务台账.taizhang"), dialogs.asked, "named after next year");
        assertEquals(2024, vm.service().info().year(), dialogs.told.toString());
        assertTrue(vm.windowTitleProperty().get().startsWith("北疆市2024年全面深化改革任务台账"),
                vm.windowTitleProperty().get());
        List<Task> carried = vm.service().tasks();
        assertTrue(carried.stream().anyMatch(t -> t.title().equals(task.title())));
        assertTrue(carried.stream().allMatch(t -> t.status() != Status.CARRIED_OVER));
        assertEquals(carried.size(), vm.table().size());
        assertTrue(vm.service().log().stream().allMatch(a -> a.type() == AdjustmentType.CARRY_IN));
        assertTrue(dialogs.told.get(dialogs.told.size() - 1).startsWith("已新建下一年度台账"), dialogs.told.toString());
        assertTrue(dialogs.told.get(dialogs.told.size() - 1).contains("既未销号"), dialogs.told.toString());
    }

    @Test
    void aLedgerThatCarriedNothingSaysSoAndStaysOnScreen() {
        vm.openSample();
        Path next = dir.resolve("2024.taizhang");
        dialogs.files.add(next);
        run(StandardAction.NEW_NEXT_YEAR);
        assertEquals(2023, vm.service().info().year());
        assertTrue(dialogs.told.get(dialogs.told.size() - 1).contains("没有经审议同意的结转任务"), dialogs.told.toString());
        assertFalse(Files.exists(next));
    }

    @Test
    void closingOutAsksTheResultAndRecordsIt() {
        vm.openSample();
        Task task = openTask();
        vm.selectedProperty().set(vm.table().visibleRow(task.id()).orElseThrow());
        dialogs.texts.push("已印发实施方案并全面推开");
        run(StandardAction.CLOSE_OUT);
        Task done = vm.service().task(task.id()).orElseThrow();
        assertEquals(Status.DONE, done.status());
        assertEquals("已印发实施方案并全面推开", done.progress());
        List<org.taizhang.core.history.Adjustment> log = vm.service().log();
        assertEquals(AdjustmentType.CLOSE_OUT, log.get(log.size() - 1).type());
        vm.selectedProperty().set(vm.table().visibleRow(task.id()).orElseThrow());
        assertTrue(vm.command(StandardAction.CLOSE_OUT).isExecutable(), "a done task may record its result again");
    }
}
