package org.taizhang.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.ui.newledger.NewLedgerViewModel;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Light;
import org.taizhang.core.task.SplitParts;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.store.OpenLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.ScriptedDialogs;
import org.taizhang.ui.command.StandardAction;

/** The main window's logic, without a toolkit, on the sample ledger in a temp folder. */
class MainViewModelTest {
    @TempDir
    Path dir;
    SettableClock clock = SettableClock.at("2026-11-27T08:00:00Z");
    MemoryPrefs prefs = new MemoryPrefs();
    ScriptedDialogs dialogs = new ScriptedDialogs();
    ImmediateBackground background = new ImmediateBackground();
    MainViewModel vm;

    @BeforeEach
    void create() {
        vm = new MainViewModel(background, clock, ZoneId.of("Asia/Shanghai"),
                dir.resolve("sample").resolve("示例.taizhang"), prefs, dialogs);
    }

    @AfterEach
    void shutdown() {
        vm.shutdown();
    }

    private void openSample() {
        vm.openSample();
        assertTrue(vm.ledgerOpenProperty().get(), dialogs.told.toString());
    }

    private TaskRow select(String number, String titlePart) {
        TaskRow row = vm.table().visibleRows().stream()
                .filter(r -> r.task().number().text().equals(number) && r.task().title().contains(titlePart))
                .findFirst().orElseThrow();
        vm.selectedProperty().set(row);
        return row;
    }

    /** Runs a command as the menu would, which it can only do while the command is enabled. */
    private void run(StandardAction action) {
        assertTrue(vm.command(action).isExecutable(), action + " should be enabled");
        vm.command(action).execute();
    }

    private List<Adjustment> log() {
        return vm.service().log();
    }

    @Test
    void theSampleIsMadeOnFirstUseAndShownInOutlineOrder() {
        assertFalse(vm.ledgerOpenProperty().get());
        openSample();
        List<TaskRow> rows = vm.table().visibleRows();
        assertTrue(rows.size() >= 60);
        assertEquals("1.", rows.get(0).task().number().text());
        assertEquals(1, rows.get(1).depth(), "a measure sits under its task");
        assertTrue(vm.windowTitleProperty().get().startsWith("北疆市2023年全面深化改革任务台账 — 2023年"),
                vm.windowTitleProperty().get());
        assertTrue(vm.table().countsProperty().get().startsWith("共 " + rows.size() + " 项任务"));
        assertTrue(vm.editableProperty().get());
        assertEquals(List.of(vm.service().info().title()).size(), 1);
        assertEquals(prefs.recent().get(0), dir.resolve("sample").resolve("示例.taizhang").toAbsolutePath().toString());
    }

    @Test
    void searchFindsTwoCharacterTermsAndKeepsParentsAsContext() {
        openSample();
        vm.table().searchProperty().set("医保");
        List<TaskRow> shown = vm.table().visibleRows();
        assertFalse(shown.isEmpty());
        for (TaskRow r : shown) {
            assertTrue(r.context() || r.searchable().contains("医保"), r.task().title());
        }
        assertTrue(vm.table().countsProperty().get().startsWith("显示 "), vm.table().countsProperty().get());
        vm.table().clearFilters();
        assertEquals(vm.table().size(), vm.table().visibleRows().size());
    }

    @Test
    void filtersCombine() {
        openSample();
        vm.table().statusFilter().add(Status.BEHIND);
        assertTrue(vm.table().visibleRows().stream().filter(r -> !r.context())
                .allMatch(r -> r.task().status() == Status.BEHIND));
        int behind = (int) vm.table().visibleRows().stream().filter(r -> !r.context()).count();
        assertEquals(7, behind);
        vm.table().domainFilter().add("经济体制改革");
        assertTrue(vm.table().visibleRows().stream().filter(r -> !r.context())
                .allMatch(r -> r.task().domain().equals("经济体制改革") && r.task().status() == Status.BEHIND));
        vm.table().lightFilter().add(Light.GREEN);
        assertTrue(vm.table().visibleRows().stream().noneMatch(r -> !r.context()), "滞后 tasks are never green");
        vm.table().clearFilters();
        vm.table().deadlineFromProperty().set(LocalDate.of(2023, 6, 1));
        vm.table().deadlineToProperty().set(LocalDate.of(2023, 6, 30));
        assertTrue(vm.table().visibleRows().stream().filter(r -> !r.context())
                .allMatch(r -> r.task().deadline().date().getMonthValue() == 6));
    }

    @Test
    void addingATaskRecordsANewTaskAndSelectsIt() {
        openSample();
        select("4.", "营商环境");
        dialogs.edits.push(form -> {
            assertTrue(form.isNew());
            assertEquals("经济体制改革", form.domainProperty().get(), "the domain of the selected row");
            assertEquals("61.", form.numberProperty().get(), "numbered after the last top-level task");
            form.titleProperty().set("推进数据要素市场化配置改革");
            form.deadlineProperty().set("年底前");
            form.leadUnitsProperty().set("*市政务服务局、市发展改革委");
            return Optional.of(form.result());
        });
        run(StandardAction.ADD_TASK);
        Adjustment added = log().get(log().size() - 1);
        assertEquals(AdjustmentType.ADD, added.type());
        assertEquals("赵静", added.operator());
        assertEquals("推进数据要素市场化配置改革", vm.selectedProperty().get().task().title());
        assertTrue(dialogs.askedFor.isEmpty(), "adding needs no reason");
    }

    @Test
    void aChangedDeadlineAsksForAReasonAndShowsInTheTimeline() {
        openSample();
        TaskRow row = select("16.", "排污权");
        dialogs.edits.push(form -> {
            form.deadlineProperty().set("2024年6月底前");
            assertEquals("即 2024-06-30（月底前）", form.deadlineMeaningProperty().get());
            return Optional.of(form.result());
        });
        dialogs.notes.push(Optional.of(Note.by("刘洋", "自治区平台延期上线", "北改办发〔2023〕15号")));
        run(StandardAction.EDIT_TASK);
        assertEquals(List.of(AdjustmentType.DEADLINE), dialogs.askedFor);
        assertEquals(List.of("完成时限：2023年12月底前 → 2024年6月底前"), dialogs.askedLines.get(0));
        assertEquals("2024年6月底前", vm.service().task(row.id()).orElseThrow().deadline().text());
        assertTrue(vm.detail().lines().contains(new TaskDetailViewModel.Line("时限日期", "即 2024-06-30（月底前）")),
                vm.detail().lines().toString());
        TaskDetailViewModel.Entry newest = vm.detail().timeline().get(0);
        assertTrue(newest.heading().contains("调整时限"), newest.heading());
        assertTrue(newest.note().contains("自治区平台延期上线"));
        assertEquals(List.of("完成时限：2023年12月底前 → 2024年6月底前"), newest.changes());
    }

    @Test
    void routineProgressNeedsNoReason() {
        openSample();
        TaskRow row = select("16.", "排污权");
        dialogs.edits.push(form -> {
            form.progressProperty().set("交易平台已上线试运行");
            form.statusProperty().set(Status.IN_PROGRESS);
            return Optional.of(form.result());
        });
        run(StandardAction.EDIT_TASK);
        assertTrue(dialogs.askedFor.isEmpty());
        assertEquals(AdjustmentType.PROGRESS, log().get(log().size() - 1).type());
        assertEquals(Status.IN_PROGRESS, vm.service().task(row.id()).orElseThrow().status());
    }

    @Test
    void aSortIsMadeAsideAndOnlyTheLastAskedIsShownOnTheRowsShownThen() {
        openSample();
        java.util.Comparator<TaskRow> byDeadline = java.util.Comparator.comparing(r -> r.task().deadline());
        java.util.Comparator<TaskRow> byStatus = java.util.Comparator.comparing(r -> r.task().status());
        List<String> shown = new java.util.ArrayList<>();

        background.hold = true;
        vm.sortTable(byDeadline, () -> shown.add("deadline"));
        vm.sortTable(byStatus, () -> shown.add("status"));
        assertEquals(List.of(), shown, "the table keeps its order while the ledger is sorted aside");
        assertEquals(null, vm.table().order());
        while (background.next()) {
            // the two sorts, in the order asked
        }
        assertEquals(List.of("status"), shown, "a sort asked meanwhile takes the first one's place");
        assertEquals(byStatus, vm.table().order());
        assertTrue(vm.table().ranking().sorts(vm.table().allRows(), byStatus));

        // the rows read again while a sort is made: it is made again, on the rows shown then
        background.hold = false;
        TaskRow row = progressToBeTyped("交易平台已上线试运行");
        background.hold = true;
        run(StandardAction.EDIT_TASK);
        assertTrue(background.next()); // saved; to be read again
        List<TaskRow> before = vm.table().allRows();
        vm.sortTable(byDeadline, () -> shown.add("deadline"));
        while (background.next()) {
            // the reading, the sort on the rows before it, the sort again
        }
        assertEquals(List.of("status", "deadline"), shown);
        assertTrue(before != vm.table().allRows(), "the ledger was read again");
        assertTrue(vm.table().ranking().sorts(vm.table().allRows(), byDeadline),
                "sorted on the rows shown, not those when it was asked");
        assertEquals("交易平台已上线试运行", vm.service().task(row.id()).orElseThrow().progress());

        // read again while sorted: the rows come sorted from the worker
        background.hold = false;
        progressToBeTyped("交易平台已正式运行");
        run(StandardAction.EDIT_TASK);
        assertTrue(vm.table().ranking().sorts(vm.table().allRows(), byDeadline));

        vm.sortTable(null, () -> shown.add("outline"));
        assertEquals(null, vm.table().order());
        assertEquals(null, vm.table().ranking());
    }

    /** Selects task 16 and has the task form, when it opens, take {@code progress} as its new 进展情况. */
    private TaskRow progressToBeTyped(String progress) {
        TaskRow row = select("16.", "排污权");
        dialogs.edits.push(form -> {
            form.progressProperty().set(progress);
            return Optional.of(form.result());
        });
        return row;
    }

    @Test
    void cancellingWithoutAReasonChangesNothing() {
        openSample();
        TaskRow row = select("60.", "");
        int before = log().size();
        dialogs.notes.push(Optional.empty()); // the clerk closes the dialog without a reason
        run(StandardAction.CANCEL_TASK);
        assertEquals(List.of(AdjustmentType.CANCEL), dialogs.askedFor);
        assertEquals(before, log().size());
        assertEquals(Status.NOT_STARTED, vm.service().task(row.id()).orElseThrow().status());

        dialogs.notes.push(Optional.of(Note.by("陈晓", "上级政策调整", "")));
        run(StandardAction.CANCEL_TASK);
        assertEquals(Status.CANCELLED, vm.service().task(row.id()).orElseThrow().status());
    }

    @Test
    void mergeSplitAndRestore() {
        openSample();
        TaskRow merged = select("60.", "");
        dialogs.choices.push(among -> among.stream().filter(t -> t.number().text().equals("59.")).findFirst());
        dialogs.notes.push(Optional.of(Note.by("陈晓", "合并推进", "")));
        run(StandardAction.MERGE_TASK);
        Task after = vm.service().task(merged.id()).orElseThrow();
        assertEquals(Status.MERGED, after.status());

        vm.selectedProperty().set(vm.table().visibleRow(merged.id()).orElseThrow());
        dialogs.notes.push(Optional.of(Note.by("陈晓", "恢复单列", "")));
        run(StandardAction.RESTORE_TASK);
        assertEquals(Status.IN_PROGRESS, vm.service().task(merged.id()).orElseThrow().status());

        TaskRow whole = select("59.", "");
        dialogs.splits.push(Optional.of(SplitParts.parse("（1）建设城市书房\n推进数字文化馆", whole.task())));
        dialogs.notes.push(Optional.of(Note.by("陈晓", "分项推进", "")));
        run(StandardAction.SPLIT_TASK);
        assertEquals(AdjustmentType.SPLIT, log().get(log().size() - 1).type());
        assertEquals(2, vm.service().tasks().stream().filter(t -> Long.valueOf(whole.id()).equals(t.parentId())).count());
    }

    @Test
    void aRequestTypedInIsRecordedAndBadgesItsTask() {
        openSample();
        TaskRow asked = select("59.", "");
        assertFalse(asked.requested());
        dialogs.requests.push(form -> {
            form.typeProperty().set(org.taizhang.core.request.RequestType.DEADLINE);
            form.toProperty().set("2024年3月底前");
            form.reasonProperty().set("场馆改造工期延长");
            return Optional.of(form.draft());
        });
        int before = log().size();
        run(StandardAction.NEW_REQUEST);
        assertEquals(asked.task().leadUnits().primary(), dialogs.requestForms.get(0).unitProperty().get(),
                "the unit asking starts as the task's lead unit");
        assertEquals(before + 1, log().size());
        Adjustment received = log().get(log().size() - 1);
        assertEquals(AdjustmentType.REQUEST, received.type());
        assertEquals("场馆改造工期延长", received.reason());
        assertEquals(asked.task().deadline().text(), vm.service().task(asked.id()).orElseThrow().deadline().text(),
                "a request changes nothing yet");
        assertTrue(vm.table().visibleRow(asked.id()).orElseThrow().requested(), "the task shows its open request");
    }

    @Test
    void unitsAreOfferedInPinyinOrderAndAFilterSaysWhatItHolds() {
        openSample();
        List<String> units = vm.table().unitChoices();
        String beijiang = units.stream().filter(u -> u.startsWith("北疆")).findFirst().orElseThrow();
        assertTrue(units.indexOf(beijiang) < units.indexOf("东风旗"), "bei before dong: " + units);
        assertEquals("牵头单位", FilterTitle.of("牵头单位", List.of()));
        assertEquals("牵头单位：市医保局", FilterTitle.of("牵头单位", List.of("市医保局")));
        assertEquals("牵头单位：市医保局 等 3 项", FilterTitle.of("牵头单位", List.of("市医保局", "东风旗", "市林草局")));
    }

    @Test
    void aSecondWindowOnTheSameLedgerSaysWhyItIsReadOnlyWhileOpen() {
        openSample();
        assertEquals("", vm.readOnlyNoteProperty().get());
        java.nio.file.Path file = dir.resolve("sample").resolve("示例.taizhang"); // the one the first window holds
        ScriptedDialogs second = new ScriptedDialogs();
        MainViewModel other = new MainViewModel(new ImmediateBackground(), clock, ZoneId.of("Asia/Shanghai"),
                dir.resolve("other").resolve("示例.taizhang"), new MemoryPrefs(), second);
        try {
            other.open(file);
            assertTrue(other.readOnlyProperty().get(), second.told.toString());
            assertTrue(other.readOnlyNoteProperty().get().startsWith("只读打开："), other.readOnlyNoteProperty().get());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void aRecentLedgerWhoseFileIsGoneIsTakenOffTheList() {
        openSample();
        String gone = dir.resolve("已删除.taizhang").toString();
        prefs.addRecent(gone);
        vm.shutdown();
        create();
        assertTrue(vm.recent().contains(gone));
        vm.forgetRecent(gone);
        assertFalse(vm.recent().contains(gone));
        assertFalse(prefs.recent().contains(gone), "and it stays off");
    }

    @Test
    void aRequestForANewTaskIsRecordedNotAdded() {
        openSample();
        select("59.", "");
        int tasks = vm.service().tasks().size();
        dialogs.edits.push(form -> {
            assertTrue(form.isNew());
            form.titleProperty().set("推进数据要素市场化配置改革");
            form.deadlineProperty().set("年底前");
            form.leadUnitsProperty().set("市政务服务局");
            return Optional.of(form.result());
        });
        dialogs.texts.add("落实自治区数据要素市场化配置改革部署");
        run(StandardAction.NEW_TASK_REQUEST);
        assertEquals(tasks, vm.service().tasks().size(), "a task asked for is not a task yet");
        Adjustment received = log().get(log().size() - 1);
        assertEquals(AdjustmentType.REQUEST, received.type());
        org.taizhang.core.request.Request r = new org.taizhang.core.request.Requests(vm.service()).get(received.id())
                .orElseThrow();
        assertEquals(org.taizhang.core.request.RequestType.ADD, r.type());
        assertEquals("市政务服务局", r.unit());
        assertEquals("推进数据要素市场化配置改革", r.proposed().get(org.taizhang.core.task.TaskField.TITLE));
        assertEquals("落实自治区数据要素市场化配置改革部署", r.reason());
    }

    @Test
    void undoSaysWhatItTakesBackAndDoesIt() {
        openSample();
        TaskRow row = select("16.", "排污权");
        dialogs.edits.push(form -> {
            form.progressProperty().set("录错了");
            return Optional.of(form.result());
        });
        run(StandardAction.EDIT_TASK);
        dialogs.notes.push(Optional.of(Note.by("赵静", "录入错误", "")));
        run(StandardAction.UNDO);
        assertEquals(AdjustmentType.UNDO, dialogs.askedFor.get(0));
        assertTrue(dialogs.askedLines.get(0).get(0).contains("修改进展"), dialogs.askedLines.get(0).toString());
        assertFalse(vm.service().task(row.id()).orElseThrow().progress().contains("录错了"));
    }

    @Test
    void aReportsClickShowsItsTasksOnItsDate() {
        openSample();
        vm.table().searchProperty().set("医保");
        TaskFilter behind = TaskFilter.NONE.withStatuses(java.util.Set.of(Status.BEHIND));
        vm.showOnly(behind, LocalDate.of(2023, 12, 31));
        assertEquals(LocalDate.of(2023, 12, 31), vm.asOfProperty().get());
        assertEquals(behind, vm.table().filter(), "the report's filter replaces the one set before");
        List<TaskRow> hits = vm.table().visibleRows().stream().filter(r -> !r.context() && !r.isHeading()).toList();
        assertEquals(7, hits.size(), "the seven 滞后 tasks the year-end report counts");
        assertTrue(hits.stream().allMatch(r -> r.task().status() == Status.BEHIND));
        assertTrue(vm.table().countsProperty().get().contains("滞后 7　逾期 7"), vm.table().countsProperty().get());
        vm.showOnly(TaskFilter.NONE, LocalDate.of(2023, 12, 31));
        assertTrue(vm.table().countsProperty().get().contains("滞后 7　逾期 30　") && vm.table().countsProperty().get().contains("红灯 30　黄灯 0　绿灯 49"),
                "the status bar counts as the year-end report does: " + vm.table().countsProperty().get());
        vm.showOnly(TaskFilter.NONE, LocalDate.of(2026, 11, 27));
        assertEquals(null, vm.asOfProperty().get(), "today is now");
    }

    @Test
    void timeTravelShowsThePastReadOnly() {
        openSample();
        int now = vm.table().size();
        vm.travelTo(LocalDate.of(2023, 3, 31));
        assertNotNull(vm.asOfProperty().get());
        assertFalse(vm.editableProperty().get());
        assertTrue(vm.bannerProperty().get().contains("2023-03-31"));
        assertTrue(vm.table().size() < now);
        assertTrue(vm.table().visibleRows().stream().allMatch(r -> r.task().progress().isEmpty()));
        vm.travelTo(null);
        assertTrue(vm.editableProperty().get());
        assertEquals(now, vm.table().size());
    }

    @Test
    void aLedgerHeldByAnotherProgramOpensReadOnlyAndSaysWhy() {
        Path file = dir.resolve("held.taizhang");
        try (OpenLedger other = OpenLedger.create(file, "别人的台账", 2024, clock)) {
            vm.open(file);
            assertTrue(vm.ledgerOpenProperty().get());
            assertTrue(vm.windowTitleProperty().get().contains("只读"), vm.windowTitleProperty().get());
            assertFalse(vm.editableProperty().get());
            assertEquals(1, dialogs.told.size());
            assertTrue(dialogs.told.get(0).contains("另一个台账程序"), dialogs.told.get(0));
        }
    }

    @Test
    void aFileThatIsNotALedgerGivesAMessageAndTheLedgerOnScreenStays() throws Exception {
        openSample();
        int shown = vm.table().size();
        Path bad = Files.writeString(dir.resolve("bad.taizhang"), "not a ledger");
        vm.open(bad);
        assertEquals(1, dialogs.told.size());
        assertTrue(dialogs.told.get(0).contains("不是台账文件"), dialogs.told.get(0));
        assertEquals(shown, vm.table().size());
        vm.open(dir.resolve("sample").resolve("示例.taizhang"));
        assertEquals(1, dialogs.told.size(), "reopening the ledger on screen is not refused by our own lock");
        assertFalse(vm.windowTitleProperty().get().contains("只读"));
    }

    @Test
    void theLastLedgerReopensAndSaveAsGoesOnInTheCopy() {
        openSample();
        Path copy = dir.resolve("副本.taizhang");
        vm.saveAs(copy);
        assertTrue(Files.exists(copy));
        assertTrue(vm.windowTitleProperty().get().contains("副本.taizhang"));
        vm.shutdown();

        MainViewModel again = new MainViewModel(new ImmediateBackground(), clock, ZoneId.of("Asia/Shanghai"),
                dir.resolve("unused.taizhang"), prefs, dialogs);
        again.start(Optional.empty());
        assertTrue(again.windowTitleProperty().get().contains("副本.taizhang"));
        assertEquals(vm.table().size(), again.table().size());
        assertTrue(again.service().verify().ok());
        again.shutdown();
    }

    @Test
    void thePracticeOpeningReadsAWholeMadeUpLedgerAndLetsGoOfIt() throws Exception {
        Path practice = Files.createDirectories(dir.resolve("practice"));
        int rows = vm.practiseOpening(practice);
        assertEquals(MainViewModel.PRACTICE_TASKS, rows, "every made-up task read and made into a row");
        // it let go of its ledger, whole: it opens for writing again, measures under tasks
        try (OpenLedger again = OpenLedger.open(practice.resolve("practice.taizhang"), clock)) {
            List<Task> tasks = again.service().tasks();
            assertEquals(rows, tasks.size());
            assertTrue(tasks.stream().anyMatch(t -> t.parentId() != null));
        }
    }

    /** Started with nothing to open, the window practises an opening that nothing of it shows or keeps. */
    @Test
    void aStartWithNothingToOpenPractisesUnseenAndLeavesNothingBehind() throws Exception {
        // what a program closed during its practice left long ago
        Path left = org.taizhang.testing.LeftBehind.folder(MainViewModel.PRACTICE_FOLDER, "practice.taizhang");
        List<Path> scratchBefore = org.taizhang.store.ScratchFolder.named(MainViewModel.PRACTICE_FOLDER);
        String title = vm.windowTitleProperty().get();
        vm.start(Optional.empty());
        Thread practising = vm.practice();
        assertTrue(practising != null, "a practice opening started");
        practising.join(60_000);
        assertFalse(practising.isAlive(), "the practice ended");
        assertFalse(vm.ledgerOpenProperty().get());
        assertEquals(title, vm.windowTitleProperty().get());
        assertEquals(0, vm.table().size());
        assertTrue(prefs.recent().isEmpty(), "not among the recent ledgers");
        assertTrue(prefs.get("last").isEmpty(), "not opened at the next start");
        assertTrue(dialogs.told.isEmpty(), dialogs.told.toString());
        // (folders other programs left may have been swept meanwhile)
        assertTrue(scratchBefore.containsAll(org.taizhang.store.ScratchFolder.named(MainViewModel.PRACTICE_FOLDER)),
                "its scratch folder deleted");
        assertFalse(Files.exists(left), "the folder left before swept");
    }

    private boolean enabled(StandardAction action) {
        return vm.command(action).isExecutable();
    }

    @Test
    void commandsAreEnabledByTheLedgerTheDateAndTheSelectedTasksStatus() {
        assertTrue(enabled(StandardAction.NEW_LEDGER));
        assertFalse(enabled(StandardAction.ADD_TASK), "no ledger open");
        assertFalse(enabled(StandardAction.REPORT));
        openSample();
        assertTrue(enabled(StandardAction.ADD_TASK));
        assertFalse(enabled(StandardAction.EDIT_TASK), "no task selected");
        vm.selectedProperty().set(vm.table().visibleRows().stream().filter(r -> !r.isHeading()
                && r.task().status() == Status.DONE).findFirst().orElseThrow());
        assertTrue(enabled(StandardAction.EDIT_TASK));
        assertTrue(enabled(StandardAction.CANCEL_TASK));
        assertTrue(enabled(StandardAction.ADJUST_DEADLINE));
        assertFalse(enabled(StandardAction.SPLIT_TASK), "a done task is not split: core would refuse it");
        assertFalse(enabled(StandardAction.RESTORE_TASK), "only a withdrawn task is restored");
        TaskRow open = select("2.", "");
        dialogs.notes.push(Optional.of(Note.by("赵静", "不再单列", "")));
        run(StandardAction.CANCEL_TASK);
        vm.selectedProperty().set(vm.table().visibleRow(open.id()).orElseThrow());
        assertEquals(Status.CANCELLED, vm.selectedProperty().get().task().status());
        for (StandardAction refused : List.of(StandardAction.CANCEL_TASK, StandardAction.MERGE_TASK,
                StandardAction.SPLIT_TASK, StandardAction.ADJUST_DEADLINE, StandardAction.ADJUST_WORDING)) {
            assertFalse(enabled(refused), refused + " on a cancelled task");
        }
        assertTrue(enabled(StandardAction.RESTORE_TASK));
        assertFalse(enabled(StandardAction.BACK_TO_NOW));
        vm.travelTo(LocalDate.of(2023, 6, 30));
        assertTrue(enabled(StandardAction.BACK_TO_NOW));
        for (StandardAction refused : List.of(StandardAction.ADD_TASK, StandardAction.UNDO, StandardAction.IMPORT,
                StandardAction.RESTORE_TASK)) {
            assertFalse(enabled(refused), refused + " on a past date");
        }
        assertTrue(enabled(StandardAction.REPORT), "a past date can still be reported and exported");
    }

    @Test
    void adjustingADeadlineOpensTheFormLimitedToItAndAsksWhy() {
        openSample();
        TaskRow row = select("1.", "");
        dialogs.edits.push(form -> {
            assertTrue(form.isEditable(org.taizhang.core.task.TaskField.DEADLINE));
            assertFalse(form.isEditable(org.taizhang.core.task.TaskField.TITLE), "only the deadline can change");
            assertFalse(form.validProperty().get(), "nothing changed yet: nothing to save");
            form.deadlineProperty().set("2023年11月底前");
            assertTrue(form.validProperty().get());
            return Optional.of(form.result());
        });
        dialogs.notes.push(Optional.of(Note.by("赵静", "市委深改委会议同意延期", "深改委〔2023〕5号")));
        run(StandardAction.ADJUST_DEADLINE);
        assertEquals("调整时限", dialogs.forms.get(0).heading());
        assertEquals(List.of(AdjustmentType.DEADLINE), dialogs.askedFor);
        Adjustment last = log().get(log().size() - 1);
        assertEquals(AdjustmentType.DEADLINE, last.type());
        assertEquals("2023年11月底前", vm.service().task(row.id()).orElseThrow().deadline().text());
    }

    @Test
    void aTaskWithANoticeNotYetAnsweredIsMarkedWithItsLevel() {
        openSample();
        List<Long> marked = vm.table().visibleRows().stream().filter(r -> r.notice() != null).map(TaskRow::id).toList();
        assertEquals(List.of(76L), marked, "the 文旅广电局's yellow notice was never answered");
        assertEquals(org.taizhang.core.notice.NoticeLevel.YELLOW, vm.table().visibleRow(76).orElseThrow().notice());
        vm.travelTo(LocalDate.of(2023, 7, 6)); // the July batch (8 notices, 10 tasks), not yet answered
        assertEquals(10, vm.table().visibleRows().stream().filter(r -> r.notice() == org.taizhang.core.notice.NoticeLevel.RED)
                .count());
        vm.travelTo(LocalDate.of(2023, 7, 11)); // answered on the 10th, but for the 司法局's two tasks
        assertEquals(2, vm.table().visibleRows().stream().filter(r -> r.notice() != null).count());
    }

    @Test
    void aTaskWithAnOpenRequestIsMarkedAndWasNotBeforeItArrived() {
        openSample();
        TaskRow gep = select("17.", "");
        assertTrue(gep.requested(), "东风旗 asked in December to lead it; the request is still open");
        assertFalse(select("18.", "").requested());
        vm.travelTo(LocalDate.of(2023, 12, 1));
        assertFalse(select("17.", "").requested(), "on 1 December nobody had asked yet");
    }

    @Test
    void newAndClose() {
        dialogs.newLedgers.push(form -> {
            assertEquals("2026", form.yearProperty().get(), "this year is suggested");
            form.titleProperty().set("北疆市2025年全面深化改革任务台账");
            return Optional.of(form.choice());
        });
        Path file = dir.resolve("2025.taizhang");
        dialogs.files.add(file);
        run(StandardAction.NEW_LEDGER);
        assertEquals(List.of("北疆市2025年全面深化改革任务台账.taizhang"), dialogs.asked, "the file is named after the title");
        assertEquals(2025, vm.service().info().year(), "the title's year");
        assertTrue(vm.ledgerOpenProperty().get());
        assertEquals(0, vm.table().size());
        vm.close();
        assertFalse(vm.ledgerOpenProperty().get());
        assertEquals("改革任务台账", vm.windowTitleProperty().get());

        assertEquals(List.of(dialogs.home), dialogs.startedIn, "the first ledger dialog starts in the documents folder");
        run(StandardAction.OPEN_LEDGER); // cancelled
        assertEquals(dir.toAbsolutePath(), dialogs.startedIn.get(1), "the next one where the last ledger went");
    }

    private List<TaskRow> chooseRows(int count) {
        List<TaskRow> rows = vm.table().visibleRows().stream().filter(r -> !r.isHeading() && !r.context()
                && r.task().parentId() == null && !r.task().status().isClosed()).limit(count).toList();
        vm.selectedRows().setAll(rows);
        vm.selectedProperty().set(rows.get(0));
        return rows;
    }

    @Test
    void aBatchOfDeadlinesIsOneAdjustmentAskingTheReasonOnce() {
        openSample();
        List<TaskRow> rows = chooseRows(3);
        int before = log().size();
        dialogs.batches.push(form -> {
            form.fieldProperty().set(org.taizhang.core.task.TaskField.DEADLINE);
            form.valueProperty().set("2023年11月30日");
            assertEquals(3, form.rows().size());
            assertEquals("", form.problemProperty().get());
            return true;
        });
        dialogs.notes.push(Optional.of(Note.by("刘洋", "市委深改委第4次会议同意", "")));
        run(StandardAction.BATCH_EDIT);
        assertEquals(List.of(AdjustmentType.DEADLINE), dialogs.askedFor, "one reason for the whole batch");
        assertTrue(dialogs.askedLines.get(0).get(0).contains("3 项任务"), dialogs.askedLines.get(0).toString());
        assertEquals(before + 1, log().size());
        Adjustment done = log().get(log().size() - 1);
        assertEquals(3, done.changes().size());
        for (TaskRow r : rows) {
            assertEquals("2023-11-30", vm.service().task(r.id()).orElseThrow().deadline().date().toString());
        }
    }

    @Test
    void aPastedColumnIsPreviewedThenSavedAsOneAdjustment() {
        openSample();
        List<TaskRow> rows = chooseRows(2);
        dialogs.batches.push(form -> {
            assertTrue(form.isPaste());
            assertEquals(org.taizhang.core.task.TaskField.PROGRESS, form.fieldProperty().get());
            assertEquals("已印发方案", form.rows().get(0).after());
            assertEquals(rows.get(1).task().progress(), form.rows().get(1).before());
            assertTrue(form.summaryProperty().get().contains("只使用第一列"), form.summaryProperty().get());
            return true;
        });
        vm.pasteColumn("已印发方案\t多余\r\n\"一是立法；\r\n二是上线\"\t多余\r\n");
        assertTrue(dialogs.askedFor.isEmpty(), "progress needs no reason");
        Adjustment done = log().get(log().size() - 1);
        assertEquals(AdjustmentType.PROGRESS, done.type());
        assertEquals("一是立法；\r\n二是上线", vm.service().task(rows.get(1).id()).orElseThrow().progress());
    }

    @Test
    void aPasteOfTheWrongLengthIsRefusedInTheForm() {
        openSample();
        chooseRows(3);
        int before = log().size();
        dialogs.batches.push(form -> {
            assertTrue(form.problemProperty().get().contains("粘贴了 2 行，但选中了 3 项任务"), form.problemProperty().get());
            return false;
        });
        vm.pasteColumn("甲\r\n乙\r\n");
        assertEquals(before, log().size());
        vm.pasteColumn("");
        assertTrue(dialogs.told.get(dialogs.told.size() - 1).contains("剪贴板里没有文字"));
    }
}
