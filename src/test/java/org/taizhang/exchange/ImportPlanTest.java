package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.ImportPlanner;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.RowRef;
import org.taizhang.exchange.importing.WorkbookData;
import org.taizhang.exchange.importing.WorkbookReader;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/** From a department's workbook to the ledger: the plan, applying it as one adjustment, and undo. */
class ImportPlanTest {
    @TempDir
    Path dir;
    SettableClock clock;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    LedgerService service;

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
        clock = sample.clock();
        service = ledger.service();
    }

    private Task task(String number, String titlePart) {
        return service.tasks().stream().filter(t -> t.number().text().equals(number) && t.title().contains(titlePart))
                .findFirst().orElseThrow();
    }

    private ImportPlan plan(Path workbook) {
        WorkbookData data = WorkbookReader.read(workbook, ReadOptions.of(2023));
        return new ImportPlanner(service.tasks(), service::historyOf, 2023).plan(data);
    }

    /** The 市医保局's return: one task changed, one as it was, one new measure. */
    private Path medicalInsuranceReturn() {
        Task drg = task("(1)", "DRG");
        Task procurement = task("(2)", "集中带量采购");
        return TestWorkbook.xlsx().sheet("市医保局")
                .row("填报单位：市医保局")
                .row("序号", "改革任务", "牵头单位", "完成时限", "进展情况", "状态")
                .row("26.", task("26.", "医保").title(), "市医保局", task("26.", "医保").deadline().text(),
                        task("26.", "医保").progress(), task("26.", "医保").status().label())
                .row("(1)", drg.title(), "市医保局", drg.deadline().text(), "1.DRG付费覆盖全部二级以上医院。2.结算清单质控上线。",
                        "滞后")
                .row("(2)", procurement.title(), "市医保局", procurement.deadline().text(), procurement.progress(),
                        procurement.status().label())
                .row("(4)", "推进医保基金智能监管", "市医保局", "年底前", "智能监管系统上线试运行", "推进中")
                .save(dir.resolve("市医保局-2023年第四季度.xlsx"));
    }

    @Test
    void thePlanListsExactlyWhatTheWorkbookChanges() {
        ImportPlan plan = plan(medicalInsuranceReturn());
        assertEquals(List.of(), plan.errors());
        Map<ImportPlan.Kind, Long> kinds = plan.entries().stream()
                .collect(Collectors.groupingBy(ImportPlan.Entry::kind, Collectors.counting()));
        assertEquals(Map.of(ImportPlan.Kind.UNCHANGED, 2L, ImportPlan.Kind.CHANGED, 1L, ImportPlan.Kind.NEW, 1L), kinds);
        ImportPlan.Entry changed = plan.entries().stream().filter(e -> e.kind() == ImportPlan.Kind.CHANGED)
                .findFirst().orElseThrow();
        assertEquals(task("(1)", "DRG").id(), changed.task().id());
        assertEquals("number", changed.matchedBy());
        assertEquals(Set.of(TaskField.PROGRESS, TaskField.STATUS),
                changed.changes().stream().map(FieldChange::field).collect(Collectors.toSet()));
        ImportPlan.Entry added = plan.entries().stream().filter(e -> e.kind() == ImportPlan.Kind.NEW).findFirst()
                .orElseThrow();
        assertEquals("推进医保基金智能监管", added.proposed().title());
        assertEquals(List.of(task("(3)", "门诊共济").id()), plan.missing().stream().map(Task::id).toList(),
                "the unit's task the workbook left out");
    }

    @Test
    void applyingIsOneAdjustmentFromTheFileAndASecondImportChangesNothing() {
        Path workbook = medicalInsuranceReturn();
        ImportPlan plan = plan(workbook);
        int before = service.log().size();
        Adjustment imported = Importer.apply(plan, Importer.defaultExclusions(plan), service, Note.by("赵静"))
                .orElseThrow();
        assertEquals(AdjustmentType.IMPORT, imported.type());
        assertEquals("市医保局-2023年第四季度.xlsx", imported.source().fileName());
        assertEquals(64, imported.source().sha256().length());
        assertEquals(2, imported.changes().size());
        assertEquals(before + 1, service.log().size());
        assertEquals(Status.BEHIND, task("(1)", "DRG").status());
        Task added = task("(4)", "智能监管");
        assertEquals(task("26.", "医保").id(), added.parentId(), "a new measure goes under its task");
        assertEquals("社会体制改革", added.domain(), "the domain comes from its task");

        ImportPlan again = plan(workbook);
        assertEquals(0, again.count(ImportPlan.Kind.NEW) + again.count(ImportPlan.Kind.CHANGED));
        assertEquals(Optional.empty(), Importer.apply(again, Importer.defaultExclusions(again), service, Note.by("赵静")));
        assertEquals(before + 1, service.log().size());

        service.undoLast(Note.by("赵静", "导入错了文件", ""));
        assertEquals(Status.DONE, task("(1)", "DRG").status());
        assertTrue(service.tasks().stream().noneMatch(t -> t.title().contains("智能监管")));
        assertTrue(service.verify().ok());
    }

    @Test
    void nothingWrittenAsNothingClearsProblemsButChangesNoOtherField() {
        Task drg = task("16.", "排污权");
        assertTrue(!drg.problems().isEmpty(), "the sample's 排污权 task has problems to clear");
        Path workbook = TestWorkbook.xlsx().sheet("市生态环境局")
                .row("序号", "改革任务", "牵头单位", "配合单位", "进展情况", "存在问题", "下一步计划", "备注")
                .row("16.", drg.title(), "市生态环境局", "—", "——", "无", "/", "无。")
                .save(dir.resolve("无.xlsx"));
        ImportPlan plan = plan(workbook);
        assertEquals(List.of(), plan.errors());
        ImportPlan.Entry e = plan.entries().get(0);
        assertEquals(drg.id(), e.task().id());
        Set<TaskField> changed = e.changes().stream().map(FieldChange::field).collect(Collectors.toSet());
        assertTrue(changed.contains(TaskField.PROBLEMS), "存在问题：无 means none now: " + changed);
        assertTrue(!changed.contains(TaskField.PROGRESS) && !changed.contains(TaskField.PARTNER_UNITS),
                "a dash in progress or units is a blank cell, which changes nothing: " + changed);
        assertEquals("", e.proposed().problems());
        assertEquals(drg.progress(), e.proposed().progress());
        assertEquals(drg.partnerUnits(), e.proposed().partnerUnits());
    }

    @Test
    void excludedRowsAreLeftOut() {
        ImportPlan plan = plan(medicalInsuranceReturn());
        RowRef newRow = plan.entries().stream().filter(e -> e.kind() == ImportPlan.Kind.NEW).findFirst().orElseThrow()
                .ref();
        Set<RowRef> excluded = new java.util.HashSet<>(Importer.defaultExclusions(plan));
        excluded.add(newRow);
        Adjustment imported = Importer.apply(plan, excluded, service, Note.by("赵静")).orElseThrow();
        assertEquals(1, imported.changes().size());
    }

    @Test
    void aFieldTheOfficeChangedAfterExportIsAConflict() {
        Task drg = task("(1)", "DRG");
        int exportedAt = drg.revision();
        clock.advance(java.time.Duration.ofDays(1));
        service.edit(drg.toBuilder().progress("市医保局电话报告：DRG 已全覆盖").actual("100").build(), Note.by("赵静"));
        Path workbook = TestWorkbook.xlsx().sheet("市医保局")
                .row("台账编号", "台账版本", "序号", "改革任务", "进展情况", "状态", "完成值")
                .row(drg.id(), exportedAt, "(1)", drg.title(), "DRG 付费全覆盖（部门填报）", "滞后", drg.actual())
                .hideColumn(0).hideColumn(1)
                .save(dir.resolve("exported.xlsx"));
        ImportPlan plan = plan(workbook);
        ImportPlan.Entry entry = plan.entries().get(0);
        assertEquals("id", entry.matchedBy());
        assertEquals(ImportPlan.Kind.CONFLICT, entry.kind());
        assertEquals(1, entry.conflicts().size());
        ImportPlan.Conflict c = entry.conflicts().get(0);
        assertEquals(TaskField.PROGRESS, c.field());
        assertEquals(drg.progress(), c.exported());
        assertEquals("市医保局电话报告：DRG 已全覆盖", c.ledger());
        assertEquals("DRG 付费全覆盖（部门填报）", c.workbook());
        assertEquals(Set.of(TaskField.PROGRESS, TaskField.STATUS),
                entry.changes().stream().map(FieldChange::field).collect(Collectors.toSet()),
                "完成值 as exported is no change of the department's, though the office changed it since");
        assertTrue(Importer.defaultExclusions(plan).contains(entry.ref()), "conflicts wait for the clerk");
    }
}
