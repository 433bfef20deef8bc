package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Status;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.FillInWorkbooks;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.RowError;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.testing.TestLedger;

/**
 * A unit asks for 结转 in its return (申请调整类型 结转, 调整为 next year's deadline): received as a
 * 结转 request; a 状态 cell set to 已结转 is a bad cell, never a change of status.
 */
class CarryOverReturnTest {
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2023-12-10T02:00:00Z");

    @Test
    void aReturnAsksForACarryOverAndCannotSetTheStatus() throws Exception {
        LedgerService service = sample.service();
        String unit = "市发展改革委";
        List<Task> own = service.tasks().stream().filter(t -> t.leadUnits().contains(unit) && t.parentId() == null
                && !t.status().isClosed()).toList();
        assertTrue(own.size() >= 3, own.toString());
        Task dated = own.get(0);
        Task bare = own.get(1);
        Task marked = own.get(2);
        Map<Long, Map<String, String>> edits = new LinkedHashMap<>();
        edits.put(dated.id(), Map.of(I18n.text("column.requestType"), "结转", I18n.text("column.requestTo"), "2月29日前",
                I18n.text("column.requestReason"), "年内无法完成"));
        edits.put(bare.id(), Map.of(I18n.text("column.requestType"), "结转", I18n.text("column.requestReason"),
                "需跨年度推进"));
        edits.put(marked.id(), Map.of(FillInFormat.header(TaskField.STATUS), "已结转"));
        Path returned = returned(service, unit, edits);

        WorkbookImport imports = new WorkbookImport(service);
        WorkbookImport.Reading reading = imports.read(returned, WorkbookImport.Choices.NONE, Progress.NONE);
        ImportPlan plan = reading.plan();
        assertEquals(2, plan.newRequests());
        List<RowError> errors = plan.errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(I18n.text("import.request.carryOverInPlace"), errors.get(0).message());
        imports.apply(reading, Importer.defaultExclusions(plan), Note.by("赵静"));

        assertEquals(marked.status(), service.task(marked.id()).orElseThrow().status(), "the status waits for a decision");
        Map<Long, Request> asked = new LinkedHashMap<>();
        new Requests(service).all().stream().filter(r -> r.type() == RequestType.CARRY_OVER)
                .forEach(r -> asked.put(r.taskId(), r));
        assertEquals(Map.of(TaskField.DEADLINE, "2月29日前"), asked.get(dated.id()).proposed(),
                "a deadline read in next year (2024 has a 29 February)");
        assertEquals(Map.of(), asked.get(bare.id()).proposed(), "a carry-over may propose nothing");
        assertEquals("年内无法完成", asked.get(dated.id()).reason());
        assertTrue(service.tasks().stream().noneMatch(t -> t.status() == Status.CARRIED_OVER));
        assertTrue(service.verify().ok());
    }

    /** The unit's 填报 workbook as exported, filled in as {@code edits} say (task id → header → value). */
    private Path returned(LedgerService service, String unit, Map<Long, Map<String, String>> edits) throws Exception {
        Path exported = FillInWorkbooks.write(sample.dir().resolve("out"), ExportFormat.XLSX, false, service.info(),
                service.tasks(), List.of(unit), "2023年第四季度", Progress.NONE).get(0);
        Path returned = exported.resolveSibling("报回-" + exported.getFileName());
        try (InputStream in = Files.newInputStream(exported); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                Cell id = row.getCell(0);
                if (id == null || id.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                for (Map.Entry<String, String> e : edits.getOrDefault((long) id.getNumericCellValue(), Map.of()).entrySet()) {
                    row.getCell(columnOf(sheet, e.getKey())).setCellValue(e.getValue());
                }
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                wb.write(out);
            }
        }
        return returned;
    }

    private static int columnOf(Sheet sheet, String header) {
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                    return c.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no column " + header);
    }
}
