package org.taizhang.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.TestWorkbook;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.RowRef;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;
import org.taizhang.ui.ImmediateBackground;
import org.taizhang.ui.MemoryPrefs;
import org.taizhang.ui.ScriptedDialogs;

import org.taizhang.ui.importer.Workbook.State;

/** The import wizard's logic on the sample ledger and real workbooks, without a toolkit. */
class ImportWizardViewModelTest {
    @TempDir
    Path dir;
    SettableClock clock;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    LedgerService service;
    ImmediateBackground background = new ImmediateBackground();
    MemoryPrefs prefs = new MemoryPrefs();
    AtomicInteger imported = new AtomicInteger();
    ImportWizardViewModel vm;

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
        clock = sample.clock();
        service = ledger.service();
        prefs.setOperator("赵静");
        vm = wizard(service);
    }

    private ImportWizardViewModel wizard(LedgerService over) {
        ImportWizardViewModel made = new ImportWizardViewModel(over, background, prefs, imported::incrementAndGet);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.operator = prefs.operator().isBlank() ? null : prefs.operator(); // the one the window would remember
        made.setDialogs(dialogs);
        made.start();
        return made;
    }

    private Task task(String number, String titlePart) {
        return service.tasks().stream().filter(t -> t.number().text().equals(number) && t.title().contains(titlePart))
                .findFirst().orElseThrow();
    }

    /** The 市医保局's return: one task changed, two as they were, two new measures, one cell that cannot be read. */
    private Path medicalInsuranceReturn(Path folder) {
        Task drg = task("(1)", "DRG");
        Task procurement = task("(2)", "集中带量采购");
        Task parent = task("26.", "医保");
        return TestWorkbook.xlsx().sheet("市医保局")
                .row("填报单位：市医保局")
                .row("序号", "改革任务", "牵头单位", "完成时限", "进展情况", "状态")
                .row("26.", parent.title(), "市医保局", parent.deadline().text(), parent.progress(),
                        parent.status().label())
                .row("(1)", drg.title(), "市医保局", drg.deadline().text(), "1.DRG付费覆盖全部二级以上医院。2.结算清单质控上线。",
                        "滞后")
                .row("(2)", procurement.title(), "市医保局", procurement.deadline().text(), procurement.progress(),
                        procurement.status().label())
                .row("(4)", "推进医保基金智能监管", "市医保局", "年底前", "智能监管系统上线试运行", "推进中")
                .row("(5)", "开展医保经办服务提升行动", "市医保局", "年底前", "已启动", "看情况")
                .save(folder.resolve("市医保局-2023年第四季度.xlsx"));
    }

    /** A return from another unit: its top-level tasks, the first with new progress. */
    private Path unitReturn(Path folder, String unit) {
        List<Task> own = service.tasks().stream()
                .filter(t -> t.parentId() == null && t.leadUnits().primary().equals(unit)).toList();
        assertFalse(own.isEmpty(), unit + " leads tasks in the sample");
        TestWorkbook book = TestWorkbook.xlsx().sheet("进展").row("填报单位：" + unit)
                .row("序号", "改革任务", "牵头单位", "进展情况");
        for (int i = 0; i < own.size(); i++) {
            Task t = own.get(i);
            book.row(t.number().text(), t.title(), unit, i == 0 ? "第四季度：" + unit + "已完成年度目标。" : t.progress());
        }
        return book.save(folder.resolve(unit + ".xlsx"));
    }

    private Workbook only() {
        assertEquals(1, vm.workbooks().size());
        return vm.workbooks().get(0);
    }

    private Workbook named(String name) {
        return vm.workbooks().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    private EntryRow entry(ImportPlan.Kind kind) {
        return vm.entries().stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }

    private MappingRow mappingOf(String header) {
        return vm.mapping().stream().filter(m -> m.header().equals(header)).findFirst().orElseThrow();
    }

    private List<Adjustment> log() {
        return service.log();
    }

    @Test
    void readsAWorkbookIntoAPlanAndWritesNothingYet() {
        assertTrue(vm.detailProperty().get().startsWith("请添加部门报回的工作簿"), vm.detailProperty().get());
        assertFalse(vm.canImportAllProperty().get());
        int logSize = log().size();
        vm.addFiles(List.of(medicalInsuranceReturn(dir)));
        Workbook w = only();
        assertEquals(State.READ, w.state());
        assertEquals("3 项改动，1 处有错", w.stateTextProperty().get());
        assertEquals(w, vm.selectedProperty().get(), "the first workbook added is shown");
        assertEquals("新增 2　变更 1　未变 2　冲突 0　缺报 1　错误 1", vm.countsProperty().get());
        assertEquals("共 7 行：任务 1，举措 4，并入 0，出错 0，未读入 2", vm.tallyProperty().get());
        assertEquals(List.of("（全部工作表）", "市医保局"), vm.sheets());
        assertEquals("（全部工作表）", vm.sheetProperty().get());
        assertEquals("表头在第 2 行", vm.headerProperty().get());
        assertEquals("填报单位：市医保局", vm.unitProperty().get());
        assertEquals(5, vm.entries().size());
        assertEquals(List.of(3, 4, 5, 6, 7), vm.entries().stream().map(EntryRow::excelRow).toList());
        assertEquals(List.of("表头上方的标题或填报单位行", "表头"), vm.skipped().stream().map(r -> r.why()).toList(),
                "the rows that are no tasks are listed with why");

        EntryRow changed = entry(ImportPlan.Kind.CHANGED);
        assertTrue(changed.includedProperty().get());
        assertEquals("(1)", changed.number());
        assertTrue(changed.changes().contains("进展情况：" + task("(1)", "DRG").progress() + " → 1.DRG付费覆盖全部二级以上医院。"),
                changed.changes());
        assertTrue(changed.changes().contains("状态：已完成 → 滞后"), changed.changes());
        EntryRow added = entry(ImportPlan.Kind.NEW);
        assertTrue(added.includedProperty().get());
        assertEquals("推进医保基金智能监管", added.title());
        assertTrue(added.changes().startsWith("作为“26. " + task("26.", "医保").title() + "”的具体举措"), added.changes());
        assertTrue(added.changes().contains("完成时限：年底前（即 2023-12-31）"), added.changes());
        EntryRow same = entry(ImportPlan.Kind.UNCHANGED);
        assertFalse(same.includedProperty().get());
        assertFalse(same.selectable());

        assertEquals(1, vm.errors().size());
        assertEquals(7, vm.errors().get(0).row());
        assertEquals("F", vm.errors().get(0).column());
        assertEquals("状态", vm.errors().get(0).header());
        assertEquals("看情况", vm.errors().get(0).value());
        assertTrue(vm.errors().get(0).why().contains("看情况"));
        assertEquals("仅此格未导入", vm.errors().get(0).cost());
        assertEquals("开展医保经办服务提升行动", vm.entries().get(4).title(), "the row of the bad cell is read");
        assertEquals(List.of(task("(3)", "门诊共济").title()), vm.missing().stream().map(m -> m.title()).toList());
        assertEquals("进展情况", mappingOf("进展情况").field());
        assertEquals("E", mappingOf("进展情况").letter());

        assertEquals(logSize, log().size(), "nothing is written before the clerk imports");
        assertTrue(vm.canImportOneProperty().get());
        assertEquals(0, imported.get());
    }

    @Test
    void changingTheMappingReadsAgainAndIsRememberedForTheUnit() {
        Path workbook = medicalInsuranceReturn(dir);
        vm.addFiles(List.of(workbook));
        assertEquals(Set.of(TaskField.PROGRESS, TaskField.STATUS), fields(entry(ImportPlan.Kind.CHANGED)));

        vm.remap(mappingOf("进展情况"), "（未对应）");
        Workbook w = only();
        assertEquals(State.READ, w.state());
        assertEquals("（未对应）", mappingOf("进展情况").field());
        assertTrue(mappingOf("进展情况").samples().contains("1.DRG付费覆盖全部二级以上医院。"),
                "a column not read shows what it holds: " + mappingOf("进展情况").samples());
        assertEquals(Set.of(TaskField.STATUS), fields(entry(ImportPlan.Kind.CHANGED)),
                "read again: the progress column is no longer read");

        vm.remap(mappingOf("状态"), "备注");
        assertEquals("备注", mappingOf("状态").field());
        assertTrue(vm.errors().isEmpty(), "看情况 is a fine remark, though no status");

        vm.importSelected();
        assertEquals(State.IMPORTED, w.state());
        Path again = dir.resolve("again");
        assertTrue(again.toFile().mkdir());
        ImportWizardViewModel next = wizard(service);
        next.addFiles(List.of(medicalInsuranceReturn(again)));
        assertEquals("备注", next.mapping().stream().filter(m -> m.header().equals("状态")).findFirst()
                .orElseThrow().field(), "the unit's mapping is remembered on import and used when reading");
        assertEquals("（未对应）", next.mapping().stream().filter(m -> m.header().equals("进展情况")).findFirst()
                .orElseThrow().field(), "a column set to （未对应） stays so: the unit's next workbook is read as this one");
    }

    /** Rows of the 市医保局 sheet. */
    private static Set<RowRef> rows(int... rows) {
        return java.util.Arrays.stream(rows).mapToObj(r -> RowRef.of("市医保局", r)).collect(Collectors.toSet());
    }

    private static Set<TaskField> fields(EntryRow row) {
        return row.entry().changes().stream().map(FieldChange::field).collect(Collectors.toSet());
    }

    @Test
    void anExcludedRowIsLeftOutOfTheAdjustment() {
        vm.addFiles(List.of(medicalInsuranceReturn(dir)));
        assertEquals("已勾选 3 行，导入时写入台账", vm.chosenProperty().get());
        entry(ImportPlan.Kind.NEW).includedProperty().set(false);
        assertEquals("已勾选 2 行，导入时写入台账", vm.chosenProperty().get());
        assertEquals(rows(6, 3, 5), only().excluded(), "the new row and the unchanged ones");
        vm.reasonProperty().set("2023年第四季度填报");
        int logSize = log().size();

        vm.importSelected();

        assertEquals(logSize + 1, log().size());
        Adjustment a = log().get(log().size() - 1);
        assertEquals(AdjustmentType.IMPORT, a.type());
        assertEquals("赵静", a.operator());
        assertEquals("2023年第四季度填报", a.reason());
        assertEquals("市医保局-2023年第四季度.xlsx", a.source().fileName());
        assertEquals(task("(1)", "DRG").id(), a.changes().get(0).taskId());
        assertEquals(2, a.changes().size(), "the changed task and the new one still ticked");
        assertEquals(Status.BEHIND, task("(1)", "DRG").status());
        assertTrue(service.tasks().stream().noneMatch(t -> t.title().contains("智能监管")), "the unticked row");
        assertEquals(Status.NOT_STARTED, task("(5)", "经办服务").status(), "its unreadable status left at the default");

        Workbook w = only();
        assertEquals(State.IMPORTED, w.state());
        assertEquals("已导入（第 " + a.id() + " 次调整）", w.stateTextProperty().get());
        assertEquals(1, imported.get(), "the main window reloads");
        assertFalse(vm.canImportOneProperty().get(), "a workbook is imported once");
        assertEquals(List.of(new SummaryRow("市医保局-2023年第四季度.xlsx", "市医保局", 7, 1, 1, 0, 1, 1,
                "第 " + a.id() + " 次调整")), vm.summary());

        vm.includeAll();
        assertFalse(entry(ImportPlan.Kind.NEW).includedProperty().get(), "an imported plan is no longer changed");
    }

    @Test
    void withoutItsBackupNoWorkbookIsImported() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("备份位置是个文件"), "");
        service.saveSetting(org.taizhang.store.Backups.FOLDER_SETTING, notAFolder.toString());
        vm.addFiles(List.of(medicalInsuranceReturn(dir)));
        int logSize = log().size();

        vm.importSelected();

        assertEquals(logSize, log().size());
        assertFalse(only().state() == State.IMPORTED);
        assertTrue(only().noteProperty().get().startsWith("导入未完成：无法在“") && only().noteProperty().get()
                .contains("备份位置是个文件"), only().noteProperty().get());
    }

    @Test
    void everyRowCanBeIncludedAgainAndTheDefaultsRestored() {
        vm.addFiles(List.of(medicalInsuranceReturn(dir)));
        entry(ImportPlan.Kind.NEW).includedProperty().set(false);
        entry(ImportPlan.Kind.CHANGED).includedProperty().set(false);
        assertEquals(rows(3, 4, 5, 6), only().excluded());
        vm.includeAll();
        assertEquals(rows(3, 5), only().excluded(), "rows that change nothing cannot be included");
        assertTrue(entry(ImportPlan.Kind.NEW).includedProperty().get());
        entry(ImportPlan.Kind.CHANGED).includedProperty().set(false);
        vm.includeDefaults();
        assertEquals(rows(3, 5), only().excluded());
        assertTrue(entry(ImportPlan.Kind.CHANGED).includedProperty().get());
    }

    /** A workbook exported at one revision of the DRG task, which the office changed since. */
    private Path conflictingReturn() {
        Task drg = task("(1)", "DRG");
        int exportedAt = drg.revision();
        clock.advance(java.time.Duration.ofDays(1));
        service.edit(drg.toBuilder().progress("市医保局电话报告：DRG 已全覆盖").build(), Note.by("赵静"));
        return TestWorkbook.xlsx().sheet("市医保局")
                .row("台账编号", "台账版本", "序号", "改革任务", "进展情况", "状态")
                .row(drg.id(), exportedAt, "(1)", drg.title(), "DRG 付费全覆盖（部门填报）", "滞后")
                .hideColumn(0).hideColumn(1)
                .save(dir.resolve("导出回填.xlsx"));
    }

    @Test
    void aConflictIsUncheckedByDefaultAndShowsAllThreeValues() {
        String exported = task("(1)", "DRG").progress();
        vm.addFiles(List.of(conflictingReturn()));
        EntryRow conflict = entry(ImportPlan.Kind.CONFLICT);
        assertFalse(conflict.includedProperty().get(), "a conflict waits for the clerk");
        assertTrue(conflict.selectable());
        assertEquals("按台账编号", conflict.matchedBy());
        String shown = conflict.changes();
        assertTrue(shown.contains("进展情况：台账与表格都改了"), shown);
        assertTrue(shown.contains("导出时：" + exported), shown);
        assertTrue(shown.contains("台账现在：市医保局电话报告：DRG 已全覆盖"), shown);
        assertTrue(shown.contains("表格中：DRG 付费全覆盖（部门填报）"), shown);
        assertTrue(shown.contains("状态：已完成 → 滞后"), "the field only the workbook changed: " + shown);
        assertEquals("1 项冲突", only().stateTextProperty().get());

        vm.includeAll();
        assertTrue(conflict.includedProperty().get());
        vm.includeDefaults();
        assertFalse(conflict.includedProperty().get());
        int logSize = log().size();
        vm.importSelected();
        assertEquals(logSize, log().size(), "nothing ticked, nothing written");
        assertEquals("市医保局电话报告：DRG 已全覆盖", task("(1)", "DRG").progress());
        assertEquals("已导入：没有需要写入的改动", only().stateTextProperty().get());
        assertEquals(0, imported.get());
        assertEquals("无改动，未写入", vm.summary().get(0).adjustment());
        assertEquals(1, vm.summary().get(0).conflictsLeft());
    }

    @Test
    void aTickedConflictTakesTheWorkbooksValue() {
        vm.addFiles(List.of(conflictingReturn()));
        entry(ImportPlan.Kind.CONFLICT).includedProperty().set(true);
        vm.importSelected();
        assertEquals("DRG 付费全覆盖（部门填报）", task("(1)", "DRG").progress());
        assertEquals(1, vm.summary().get(0).changed());
        assertEquals(0, vm.summary().get(0).conflictsLeft());
    }

    @Test
    void importingAllOfAFolderWritesOneAdjustmentPerWorkbookAndSumsUp() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("第四季度报回"));
        medicalInsuranceReturn(folder);
        unitReturn(folder, "市财政局");
        Files.writeString(folder.resolve("~$市财政局.xlsx"), "Office lock file");
        Files.writeString(folder.resolve("说明.txt"), "各单位报回的表格");
        int logSize = log().size();

        vm.addFolder(folder);

        assertEquals(List.of("市医保局-2023年第四季度.xlsx", "市财政局.xlsx"),
                vm.workbooks().stream().map(Workbook::name).toList(), "workbooks only, in name order");
        assertTrue(vm.workbooks().stream().allMatch(w -> w.state() == State.READ));
        named("市医保局-2023年第四季度.xlsx").excluded(); // defaults
        vm.importAll();

        assertEquals(logSize + 2, log().size(), "one adjustment per workbook");
        List<Adjustment> two = log().subList(logSize, logSize + 2);
        assertEquals(List.of("市医保局-2023年第四季度.xlsx", "市财政局.xlsx"),
                two.stream().map(a -> a.source().fileName()).toList());
        assertTrue(two.stream().allMatch(a -> a.type() == AdjustmentType.IMPORT));
        assertEquals(3, two.get(0).changes().size(), "new and changed");
        assertEquals(1, two.get(1).changes().size());
        assertTrue(vm.workbooks().stream().allMatch(w -> w.state() == State.IMPORTED));
        assertEquals(1, imported.get(), "the main window reloads once");
        assertEquals(List.of("市医保局", "市财政局"), vm.summary().stream().map(SummaryRow::unit).toList());
        SummaryRow finance = vm.summary().get(1);
        assertEquals(0, finance.added());
        assertEquals(1, finance.changed());
        assertEquals("第 " + two.get(1).id() + " 次调整", finance.adjustment());
        assertEquals("已导入 2 个工作簿，写入 2 次调整", vm.messageProperty().get());
        assertEquals(1, vm.importsProperty().get());
    }

    @Test
    void anUnreadableWorkbookShowsItsMessageAndTheOthersGoOn() throws IOException {
        Path html = Files.writeString(dir.resolve("市发展改革委.xls"), "<html><body><table><tr><td>序号</td></tr></table>");
        Path medical = medicalInsuranceReturn(dir);
        vm.addFiles(List.of(html, medical));

        Workbook bad = named("市发展改革委.xls");
        assertEquals(State.FAILED, bad.state());
        assertTrue(bad.stateTextProperty().get().startsWith("无法读取：“市发展改革委.xls”实际是网页（HTML）格式"),
                bad.stateTextProperty().get());
        assertTrue(vm.detailIsProblemProperty().get(), "the first one is shown, with its problem");
        assertTrue(vm.detailProperty().get().contains("另存为 Excel 工作簿"), vm.detailProperty().get());
        assertFalse(vm.planShownProperty().get());
        assertFalse(vm.canImportOneProperty().get());
        assertEquals(State.READ, named("市医保局-2023年第四季度.xlsx").state());

        int logSize = log().size();
        vm.importAll();
        assertEquals(logSize + 1, log().size());
        assertEquals(State.FAILED, bad.state());
        assertEquals(1, vm.summary().size());
    }

    @Test
    void ofTwoPeriodsTheLatestIsReadAndAnotherSheetCanBeChosen() {
        Task drg = task("(1)", "DRG");
        Path workbook = TestWorkbook.xlsx()
                .sheet("填表说明").row("请各单位于每季度末前报送。")
                .sheet("第三季度").row("填报单位：市医保局").row("序号", "改革任务", "进展情况")
                .row("(1)", drg.title(), drg.progress())
                .sheet("第四季度").row("填报单位：市医保局").row("序号", "改革任务", "进展情况")
                .row("(1)", drg.title(), "第四季度：DRG 付费全覆盖。")
                .save(dir.resolve("两个季度.xlsx"));
        vm.addFiles(List.of(workbook));
        assertEquals(List.of("（全部工作表）", "填表说明", "第三季度", "第四季度"), vm.sheets());
        assertEquals("（全部工作表）", vm.sheetProperty().get(), "every sheet with a table is read");
        assertEquals("表头在第 2 行", vm.headerProperty().get(), "of the same tasks by period, the latest");
        assertEquals("第四季度", only().data().sheet().name());
        assertEquals(1, only().plan().count(ImportPlan.Kind.CHANGED));
        assertTrue(vm.errors().isEmpty());
        assertTrue(vm.skipped().stream().anyMatch(r -> r.sheet().equals("填表说明") && r.row().equals("整个工作表")),
                "the sheet without a table is listed");
        assertTrue(vm.skipped().stream().anyMatch(r -> r.sheet().equals("第三季度") && r.why().contains("第四季度")),
                "the earlier period is listed, naming the sheet read");

        vm.sheetProperty().set("第三季度");
        assertEquals("第三季度", only().data().sheet().name(), "read again from the sheet chosen");
        assertEquals(0, only().plan().count(ImportPlan.Kind.CHANGED), "the third quarter's progress is the ledger's");

        vm.chooseSheet("填表说明");
        Workbook w = only();
        assertEquals(State.FAILED, w.state());
        assertTrue(w.problem().contains("找不到改革任务表的表头"), w.problem());
        assertEquals(List.of("（全部工作表）", "填表说明", "第三季度", "第四季度"), vm.sheets(),
                "another sheet can still be chosen");
        vm.chooseSheet("第四季度");
        assertEquals(State.READ, w.state());
        assertEquals(1, w.plan().count(ImportPlan.Kind.CHANGED));
    }

    @Test
    void aCancelledReadWritesNothingAndCanBeReadAgain() {
        Path folder = dir.resolve("报回");
        assertTrue(folder.toFile().mkdir());
        Path medical = medicalInsuranceReturn(folder);
        Path finance = unitReturn(folder, "市财政局");
        int logSize = log().size();
        background.cancelNext = true;

        vm.addFiles(List.of(medical, finance));

        Workbook first = named(medical.getFileName().toString());
        assertEquals(State.WAITING, first.state());
        assertEquals("待读取", first.stateTextProperty().get());
        assertEquals("已取消读取，未写入任何内容", first.noteProperty().get());
        assertEquals(State.WAITING, named("市财政局.xlsx").state(), "cancelling stops the reading, not one workbook");
        assertNotNull(vm.messageProperty().get());
        assertTrue(vm.messageProperty().get().contains("已取消读取"));
        vm.importAll();
        assertEquals("没有已读取、尚未导入的工作簿", vm.messageProperty().get());
        assertEquals(logSize, log().size());
        assertEquals(Optional.empty(), service.setting("import.mapping.市医保局"), "no mapping remembered either");

        vm.readSelected();
        assertEquals(State.READ, first.state());
        assertEquals(State.READ, named("市财政局.xlsx").state());
        assertEquals("", first.noteProperty().get());
    }

    @Test
    void aReadOnlyLedgerIsReadAndPlannedButNotWritten() {
        Path workbook = medicalInsuranceReturn(dir);
        ledger.close();
        ledger = OpenLedger.openForReading(sample.file(), clock);
        service = ledger.service();
        int logSize = log().size();
        vm = wizard(service);
        assertTrue(vm.readOnlyProperty().get());

        vm.addFiles(List.of(workbook));
        assertEquals(State.READ, only().state());
        assertEquals(5, vm.entries().size());
        assertFalse(vm.canImportOneProperty().get());
        assertFalse(vm.canImportAllProperty().get());

        vm.importSelected();
        vm.importAll();
        assertEquals("台账以只读方式打开：可以读取和核对工作簿，但不能导入", vm.messageProperty().get());
        assertEquals(State.READ, only().state());
        assertEquals(logSize, log().size());
        assertEquals(0, imported.get());
    }

    @Test
    void noOperatorNoImport() {
        prefs.setOperator("");
        vm = wizard(service);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.operator = null;
        vm.setDialogs(dialogs);
        assertEquals("经办人：（导入时询问）", vm.operatorProperty().get());
        vm.addFiles(List.of(medicalInsuranceReturn(dir)));
        int logSize = log().size();
        vm.importSelected();
        assertEquals(logSize, log().size(), "no name, no import");
        assertEquals(State.READ, only().state());

        dialogs.operator = "王磊";
        vm.importSelected();
        assertEquals(logSize + 1, log().size());
        assertEquals("王磊", log().get(logSize).operator());
        assertEquals("经办人：王磊", vm.operatorProperty().get());
    }

    @Test
    void aPlanTheLedgerOvertookIsMadeAgainNotApplied() {
        vm.addFiles(List.of(medicalInsuranceReturn(dir)));
        entry(ImportPlan.Kind.NEW).includedProperty().set(false);
        Task drg = task("(1)", "DRG");
        clock.advance(java.time.Duration.ofHours(1));
        service.edit(drg.toBuilder().problems("结算清单质控尚未上线").build(), Note.by("赵静"));
        int logSize = log().size();

        vm.importSelected();

        assertEquals(logSize, log().size(), "the plan shown would carry the older task back");
        Workbook w = only();
        assertEquals(State.READ, w.state());
        assertTrue(w.noteProperty().get().startsWith("读取之后台账有了变动"), w.noteProperty().get());
        assertFalse(entry(ImportPlan.Kind.NEW).includedProperty().get(), "the clerk's choice is kept");

        vm.importSelected();
        assertEquals(logSize + 1, log().size());
        assertEquals("结算清单质控尚未上线", task("(1)", "DRG").problems(), "the office's change stands");
        assertEquals(Status.BEHIND, task("(1)", "DRG").status());
    }

    @Test
    void addingTheSameWorkbookTwiceListsItOnceAndAFolderWithoutWorkbooksIsSaidSo() throws IOException {
        Path medical = medicalInsuranceReturn(dir);
        vm.addFiles(List.of(medical));
        vm.addFiles(List.of(medical));
        assertEquals(1, vm.workbooks().size());
        Path empty = Files.createDirectory(dir.resolve("空文件夹"));
        vm.addFolder(empty);
        assertEquals("“空文件夹”中没有 Excel、WPS 或 LibreOffice 表格（.xlsx、.xls、.et、.ods）", vm.messageProperty().get());
        vm.remove(only());
        assertTrue(vm.workbooks().isEmpty());
        assertEquals(null, vm.selectedProperty().get());
        assertEquals("请添加部门报回的工作簿：点“添加工作簿…”或“添加文件夹…”，或把文件拖到左边的列表", vm.detailProperty().get());
    }
}
