package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.Adjustment;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.RowRef;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/**
 * The import's rules, once for the window, the command line and the benchmark, tested without a
 * toolkit: which files a folder holds, one adjustment a workbook from its file, the mappings it
 * teaches, a plan the ledger overtook made again instead of applied, and the summary of a return.
 */
class WorkbookImportTest {
    @TempDir
    Path dir;
    SettableClock clock;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    LedgerService service;
    WorkbookImport imports;

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
        clock = sample.clock();
        service = ledger.service();
        imports = new WorkbookImport(service);
    }

    private Task task(String number, String titlePart) {
        return service.tasks().stream().filter(t -> t.number().text().equals(number) && t.title().contains(titlePart))
                .findFirst().orElseThrow();
    }

    /** 市医保局's return: DRG changed, one new measure under task 26. */
    private Path medicalInsuranceReturn(String name, String progress) {
        Task drg = task("(1)", "DRG");
        Task parent = task("26.", "医保");
        return TestWorkbook.xlsx().sheet("市医保局")
                .row("填报单位：市医保局")
                .row("序号", "改革任务", "牵头单位", "进展情况", "状态")
                .row("26.", parent.title(), "市医保局", parent.progress(), parent.status().label())
                .row("(1)", drg.title(), "市医保局", progress, "滞后")
                .row("(4)", "推进医保基金智能监管", "市医保局", "智能监管系统上线试运行", "推进中")
                .save(dir.resolve(name));
    }

    private WorkbookImport.Reading read(Path workbook) {
        return imports.read(workbook, WorkbookImport.Choices.NONE, Progress.NONE);
    }

    @Test
    void aFolderHoldsItsWorkbooksInNameOrderAndTheOtherFilesAreSaid() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("报回"));
        for (String name : List.of("乙.xls", "甲.xlsx", "丙.et", "丁.XLSX", "~$甲.xlsx", "说明.txt", "照片.jpg")) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectories(folder.resolve("子文件夹"));
        Path single = Files.writeString(dir.resolve("另存.csv"), "x");
        WorkbookImport.Listing listing = WorkbookImport.list(List.of(folder, single));
        assertEquals(List.of("丁.XLSX", "丙.et", "乙.xls", "甲.xlsx", "另存.csv"),
                listing.workbooks().stream().map(p -> p.getFileName().toString()).toList(),
                "a file named on its own is read (its content decides), a folder gives its workbooks");
        assertEquals(List.of("~$甲.xlsx", "照片.jpg", "说明.txt"),
                listing.passedOver().stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aWorkbookIsOneImportAdjustmentFromItsFileAndTeachesItsUnitsMapping() {
        Path workbook = medicalInsuranceReturn("市医保局.xlsx", "DRG付费全覆盖。");
        WorkbookImport.Reading reading = read(workbook);
        assertEquals(1, reading.plan().count(ImportPlan.Kind.CHANGED));
        assertEquals(1, reading.plan().count(ImportPlan.Kind.NEW));
        int logSize = service.log().size();

        WorkbookImport.Outcome outcome = imports.apply(reading, Importer.defaultExclusions(reading.plan()),
                Note.by("赵静", "第四季度填报", ""));

        assertFalse(outcome.isStale());
        Adjustment a = outcome.adjustment().orElseThrow();
        assertEquals(logSize + 1, service.log().size());
        assertEquals(AdjustmentType.IMPORT, a.type());
        assertEquals("市医保局.xlsx", a.source().fileName());
        assertEquals(reading.data().sha256(), a.source().sha256());
        assertEquals(Status.BEHIND, task("(1)", "DRG").status());
        Task added = service.tasks().stream().filter(t -> t.title().equals("推进医保基金智能监管")).findFirst()
                .orElseThrow();
        assertEquals(task("26.", "医保").id(), added.parentId(), "the new measure stands under its task");
        assertEquals(task("26.", "医保").domain(), added.domain());
        assertTrue(service.setting("import.mapping.市医保局").orElseThrow().contains("进展情况\tprogress"));
        assertEquals(Optional.empty(), imports.apply(read(workbook), Set.of(), Note.by("赵静")).adjustment(),
                "the same file again changes nothing");
    }

    @Test
    void aPlanTheLedgerOvertookIsMadeAgainAndTheClerksChoicesKept() {
        WorkbookImport.Reading first = read(medicalInsuranceReturn("一.xlsx", "第一份：DRG付费覆盖过半。"));
        WorkbookImport.Reading second = read(medicalInsuranceReturn("二.xlsx", "第二份：DRG付费全覆盖。"));
        RowRef newMeasure = second.plan().entries().stream().filter(e -> e.kind() == ImportPlan.Kind.NEW)
                .findFirst().orElseThrow().ref();
        imports.apply(first, Importer.defaultExclusions(first.plan()), Note.by("赵静"));
        int logSize = service.log().size();

        Set<RowRef> clerks = new java.util.HashSet<>(Importer.defaultExclusions(second.plan()));
        WorkbookImport.Outcome outcome = imports.apply(second, clerks, Note.by("赵静"));

        assertTrue(outcome.isStale(), "the first workbook changed the tasks the second plan was made against");
        assertEquals(logSize, service.log().size(), "nothing written");
        ImportPlan fresh = outcome.replanned().plan();
        assertEquals(ImportPlan.Kind.UNCHANGED, fresh.entries().stream().filter(e -> e.ref().equals(newMeasure))
                .findFirst().orElseThrow().kind(), "the measure the first workbook added is there now");
        Set<RowRef> kept = WorkbookImport.exclusionsAfter(second.plan(), Set.of(), fresh);
        assertTrue(kept.contains(newMeasure), "a row whose kind changed takes the new default");

        WorkbookImport.Outcome again = imports.apply(outcome.replanned(), kept, Note.by("赵静"));
        assertEquals("第二份：DRG付费全覆盖。", task("(1)", "DRG").progress());
        assertEquals(logSize + 1, service.log().size(), again.toString());
    }

    /**
     * Another PC saves a task of the plan after the plan's check and before the import's write
     * (the check is made before the ledger's lock): the import is refused as a whole under the
     * lock, a conflict — not even the new measure is added.
     */
    @Test
    void aPlanWhoseTaskAnotherPcSavedMeanwhileIsRefusedAsAWhole() {
        WorkbookImport.Reading reading = read(medicalInsuranceReturn("市医保局.xlsx", "DRG付费全覆盖。"));
        Task drg = task("(1)", "DRG");
        service.edit(drg.toBuilder().problems("另一台电脑写的问题").build(), Note.by("刘洋"));
        int logSize = service.log().size();
        int tasks = service.tasks().size();

        org.taizhang.core.ledger.TaskConflictException e = assertThrows(
                org.taizhang.core.ledger.TaskConflictException.class,
                () -> Importer.apply(reading.plan(), Importer.defaultExclusions(reading.plan()), service,
                        Note.by("赵静")));

        assertEquals(drg.id(), e.taskId());
        assertEquals(logSize, service.log().size(), "nothing written");
        assertEquals(tasks, service.tasks().size(), "the new measure neither");
        assertEquals("另一台电脑写的问题", task("(1)", "DRG").problems());
        assertFalse(task("(1)", "DRG").progress().equals("DRG付费全覆盖。"));
    }

    @Test
    void aChangeElsewhereInTheLedgerLeavesThePlanAsItWas() {
        WorkbookImport.Reading reading = read(medicalInsuranceReturn("市医保局.xlsx", "DRG付费全覆盖。"));
        Task other = service.tasks().stream().filter(t -> !t.leadUnits().contains("市医保局")).findFirst().orElseThrow();
        service.edit(other.toBuilder().progress("别的单位的进展").build(), Note.by("赵静"));

        WorkbookImport.Outcome outcome = imports.apply(reading, Importer.defaultExclusions(reading.plan()),
                Note.by("赵静"));

        assertFalse(outcome.isStale());
        assertTrue(outcome.adjustment().isPresent());
    }

    @Test
    void theSummaryCountsWhatTheReturnBrought() {
        WorkbookImport.Reading reading = read(medicalInsuranceReturn("市医保局.xlsx", "DRG付费全覆盖。"));
        Set<RowRef> excluded = new java.util.HashSet<>(Importer.defaultExclusions(reading.plan()));
        reading.plan().entries().stream().filter(e -> e.kind() == ImportPlan.Kind.NEW).forEach(e -> excluded.add(e.ref()));
        WorkbookImport.Summary s = WorkbookImport.summary(reading.plan(), excluded);
        assertEquals(new WorkbookImport.Summary(5, 0, 1, 0, 0, 0, reading.plan().missing().size()), s,
                "five rows with content (unit line, header, three tasks); the new one left out");
    }
}
