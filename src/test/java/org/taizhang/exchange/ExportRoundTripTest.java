package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.history.FieldChange;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.FillInWorkbooks;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.ImportPlanner;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.WorkbookReader;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/**
 * Out and back: per-unit 填报 workbooks are exported, filled in by a department with POI, and
 * imported; the plan must show exactly what the department changed, and nothing else.
 */
class ExportRoundTripTest {
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

    private List<Path> exportUnits(ExportFormat format, String... units) {
        return FillInWorkbooks.write(dir.resolve("out"), format, false, service.info(), service.tasks(), List.of(units),
                "2024年第一季度", Progress.NONE);
    }

    private ImportPlan plan(Path workbook) {
        return new ImportPlanner(service.tasks(), service::historyOf, 2023)
                .plan(WorkbookReader.read(workbook, ReadOptions.of(2023)));
    }

    /** Fills in a 填报 workbook as a department would: some cells in some rows, by header name. */
    private static Path fillIn(Path exported, Path returned, Map<Long, Map<String, String>> byTaskId) throws Exception {
        try (InputStream in = Files.newInputStream(exported); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Map<String, Integer> columns = new HashMap<>();
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && "台账编号".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                    for (Cell c : row) {
                        columns.put(c.getStringCellValue(), c.getColumnIndex());
                    }
                }
            }
            for (Row row : sheet) {
                if (row.getRowNum() <= header || row.getCell(0) == null) {
                    continue;
                }
                Cell id = row.getCell(0);
                if (id.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue;
                }
                Map<String, String> changes = byTaskId.get((long) id.getNumericCellValue());
                if (changes != null) {
                    changes.forEach((column, value) -> row.getCell(columns.get(column)).setCellValue(value));
                }
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                wb.write(out);
            }
        }
        return returned;
    }

    private Task task(String number, String titlePart) {
        return service.tasks().stream().filter(t -> t.number().text().equals(number) && t.title().contains(titlePart))
                .findFirst().orElseThrow();
    }

    @Test
    void theUnitsReturnsComeBackWithExactlyTheirChanges() throws Exception {
        List<Path> files = exportUnits(ExportFormat.XLSX, "市医保局", "市生态环境局");
        assertEquals(List.of("市医保局-2024年第一季度.xlsx", "市生态环境局-2024年第一季度.xlsx"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        Task drg = task("(1)", "DRG");
        Task procurement = task("(2)", "集中带量采购");
        Path returned = fillIn(files.get(0), dir.resolve("市医保局回报.xlsx"), Map.of(
                drg.id(), Map.of("进展情况", "1.DRG付费覆盖全部二级以上医院。2.一季度结算清单质控上线。", "状态", "推进中"),
                procurement.id(), Map.of("完成值", "98", "存在问题", "个别医院执行率偏低")));
        ImportPlan plan = plan(returned);
        assertEquals(List.of(), plan.errors());
        Map<Long, Set<TaskField>> changed = plan.entries().stream().filter(e -> e.kind() == ImportPlan.Kind.CHANGED)
                .collect(Collectors.toMap(e -> e.task().id(),
                        e -> e.changes().stream().map(FieldChange::field).collect(Collectors.toSet())));
        assertEquals(Map.of(drg.id(), Set.of(TaskField.PROGRESS, TaskField.STATUS),
                procurement.id(), Set.of(TaskField.ACTUAL, TaskField.PROBLEMS)), changed);
        assertTrue(plan.entries().stream().allMatch(e -> "id".equals(e.matchedBy())), "matched by the hidden id");
        assertEquals(0, plan.count(ImportPlan.Kind.NEW) + plan.count(ImportPlan.Kind.CONFLICT));
        assertEquals(List.of(), plan.missing(), "every task the unit leads went out and came back");
    }

    @Test
    void anUnchangedReturnChangesNothingInEitherFormat() {
        for (ExportFormat format : ExportFormat.values()) {
            Path file = FillInWorkbooks.write(dir.resolve(format.extension()), format, false, service.info(),
                    service.tasks(), List.of("市发展改革委"), "2024年第一季度", Progress.NONE).get(0);
            ImportPlan plan = plan(file);
            assertEquals(List.of(), plan.errors(), format.toString());
            assertTrue(plan.entries().size() >= 5, format.toString());
            assertTrue(plan.entries().stream().allMatch(e -> e.kind() == ImportPlan.Kind.UNCHANGED),
                    format + ": " + plan.entries().stream().filter(e -> e.kind() != ImportPlan.Kind.UNCHANGED)
                            .map(e -> e.task().number() + " " + e.changes()).toList());
        }
    }

    @Test
    void whatTheOfficeChangedAfterTheExportIsAConflict() throws Exception {
        Path exported = exportUnits(ExportFormat.XLSX, "市医保局").get(0);
        Task drg = task("(1)", "DRG");
        clock.advance(Duration.ofDays(2));
        service.edit(drg.toBuilder().progress("电话报告：DRG 已全覆盖").build(), Note.by("赵静"));
        Path returned = fillIn(exported, dir.resolve("back.xlsx"),
                Map.of(drg.id(), Map.of("进展情况", "DRG 付费全覆盖（部门填报）")));
        ImportPlan plan = plan(returned);
        ImportPlan.Entry entry = plan.entries().stream().filter(e -> e.task().id() == drg.id()).findFirst().orElseThrow();
        assertEquals(ImportPlan.Kind.CONFLICT, entry.kind());
        assertEquals(TaskField.PROGRESS, entry.conflicts().get(0).field());
        assertEquals("电话报告：DRG 已全覆盖", entry.conflicts().get(0).ledger());
        assertEquals(1, plan.entries().stream().filter(e -> e.kind() != ImportPlan.Kind.UNCHANGED).count());
    }

    @Test
    void theUnitsWorkbookLetsItFillOnlyItsColumns() throws Exception {
        Path file = exportUnits(ExportFormat.XLSX, "市医保局").get(0);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getProtect(), "protected");
            assertTrue(sheet.isColumnHidden(0) && sheet.isColumnHidden(1), "id and revision hidden");
            Row header = sheet.getRow(2);
            Row first = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 2 && row.getCell(0) != null
                        && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    first = row;
                    break;
                }
            }
            Map<String, Boolean> locked = new HashMap<>();
            for (Cell c : header) {
                Cell body = first.getCell(c.getColumnIndex());
                locked.put(c.getStringCellValue(), body.getCellStyle().getLocked());
            }
            assertFalse(locked.get("进展情况"));
            assertFalse(locked.get("状态"));
            assertFalse(locked.get("完成值"));
            assertTrue(locked.get("改革任务"));
            assertTrue(locked.get("完成时限"));
            String last = sheet.getRow(sheet.getLastRowNum()).getCell(2).getStringCellValue();
            assertTrue(last.startsWith("填表说明"), last);
        }
    }
}
