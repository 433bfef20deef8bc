package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.taizhang.testing.Needs.need;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.I18n;
import org.taizhang.core.history.Source;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.request.Request;
import org.taizhang.core.request.RequestType;
import org.taizhang.core.request.Requests;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.core.task.UnitList;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.FillInWorkbooks;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.Importer;
import org.taizhang.exchange.importing.RowError;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/**
 * A 填报 return that asks for adjustments: through its 申请调整类型 / 调整为 / 理由 columns, or by a
 * unit changing a column only the office may change (the sheet unprotected). Nothing structural is
 * imported: every such change is received as a request, pointing to its file, sheet and row; the
 * progress beside it is imported as before; a second import of the same return asks nothing new.
 * The same holds for the return as POI writes it and as LibreOffice saves it again.
 */
class ReturnRequestsTest {
    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    Path dir;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    LedgerService service;
    /** A unit of the sample, given four more open tasks to lead; and its open tasks. */
    String unit;
    List<Task> own;

    @BeforeEach
    void sample() {
        OpenLedger ledger = sample.ledger();
        service = ledger.service();
        unit = "市医保局";
        String[] titles = {"推进DRG付费方式改革", "开展医保基金监管专项整治", "推进门诊共济保障机制改革", "完善大病保险制度"};
        for (int i = 0; i < titles.length; i++) {
            service.add(Task.builder().number(Integer.toString(90 + i)).domain(service.domainNames().get(0))
                    .title(titles[i]).leadUnits(UnitList.of(unit)).deadline("2024年6月30日").build(), Note.by("赵静"));
        }
        own = service.tasks().stream().filter(t -> t.leadUnits().contains(unit) && t.parentId() == null
                && !t.status().isClosed()).toList();
        assertTrue(own.size() >= 4, "the sample's " + unit + " leads enough open tasks: " + own.size());
    }

    static Stream<String> writers() {
        return Stream.of("POI xlsx", "POI xls", "LibreOffice xlsx");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void structuralChangesAreReceivedAsRequestsNeverApplied(String writer) throws Exception {
        Task postponed = own.get(0);
        Task cancelled = own.get(1);
        Task reworded = own.get(2);
        Task merged = own.get(3);
        Task into = service.tasks().stream().filter(t -> t.parentId() == null && t.id() != merged.id()
                && !t.status().isWithdrawn()).findFirst().orElseThrow();
        Map<Long, Map<String, String>> edits = new LinkedHashMap<>();
        edits.put(postponed.id(), Map.of(column("column.requestType"), "调整时限",
                column("column.requestTo"), "2024年12月31日", column("column.requestReason"), "需等待省级文件出台",
                FillInFormat.header(TaskField.PROGRESS), "一季度：起草完成。"));
        edits.put(cancelled.id(), Map.of(column("column.requestType"), "取消",
                column("column.requestReason"), "国家层面已统一部署，不再单独推进"));
        edits.put(reworded.id(), Map.of(FillInFormat.header(TaskField.TITLE), reworded.title() + "（含异地就医）",
                FillInFormat.header(TaskField.DEADLINE), "2024年9月30日"));
        edits.put(merged.id(), Map.of(column("column.requestType"), "合并",
                column("column.requestTo"), "并入第" + into.number().text() + "项",
                column("column.requestReason"), "两项内容重叠"));
        Path returned = returned(writer, edits);

        WorkbookImport imports = new WorkbookImport(service);
        WorkbookImport.Reading reading = imports.read(returned, WorkbookImport.Choices.NONE, Progress.NONE);
        ImportPlan plan = reading.plan();
        assertEquals(List.of(), plan.errors().stream().map(RowError::message).toList());
        assertEquals(ImportPlan.Kind.CHANGED, entry(plan, postponed).kind(), "its progress is imported");
        assertEquals(List.of(TaskField.PROGRESS), entry(plan, postponed).changes().stream().map(c -> c.field()).toList(),
                "the deadline is not among the changes");
        assertEquals(ImportPlan.Kind.ASKS, entry(plan, cancelled).kind());
        assertEquals(ImportPlan.Kind.ASKS, entry(plan, reworded).kind(), "a title and deadline changed in place only ask");
        assertEquals(5, plan.newRequests());

        Note note = Note.by("赵静");
        WorkbookImport.Outcome outcome = imports.apply(reading, Importer.defaultExclusions(plan), note);
        assertEquals(5, outcome.requests().size());
        assertTrue(outcome.adjustment().isPresent(), "the progress is one 导入 adjustment");
        assertEquals(postponed.deadline().text(), task(postponed).deadline().text(), "the deadline waits for the decision");
        assertEquals("一季度：起草完成。", task(postponed).progress());
        assertEquals(reworded.title(), task(reworded).title());
        assertEquals(cancelled.status(), task(cancelled).status());
        assertEquals(merged.status(), task(merged).status());

        Map<String, Request> byKind = new LinkedHashMap<>();
        for (Request r : new Requests(service).all()) {
            if (r.source().kind() == Source.Kind.FILE) {
                byKind.put(r.taskId() + ":" + r.type().name(), r);
            }
        }
        Request deadline = byKind.get(postponed.id() + ":DEADLINE");
        assertEquals(Map.of(TaskField.DEADLINE, "2024年12月31日"), deadline.proposed());
        assertEquals("需等待省级文件出台", deadline.reason());
        assertEquals(unit, deadline.unit());
        assertEquals(returned.getFileName().toString(), deadline.source().fileName());
        assertEquals(reading.data().sha256(), deadline.source().sha256());
        assertEquals(entry(plan, postponed).row().row(), deadline.place().row(), "the row it was read from");
        assertEquals(entry(plan, postponed).row().sheet(), deadline.place().sheet());
        assertEquals(Map.of(), byKind.get(cancelled.id() + ":CANCEL").proposed());
        assertEquals(Map.of(TaskField.MERGED_INTO, Long.toString(into.id())), byKind.get(merged.id() + ":MERGE").proposed());
        Request wording = byKind.get(reworded.id() + ":WORDING");
        assertEquals(Map.of(TaskField.TITLE, reworded.title() + "（含异地就医）"), wording.proposed());
        assertEquals(I18n.text("import.request.noReason"), wording.reason(), "no reason given is said, not invented");
        assertEquals(Map.of(TaskField.DEADLINE, "2024年9月30日"), byKind.get(reworded.id() + ":DEADLINE").proposed());

        // the same return again: the requests are open already, the progress is in
        WorkbookImport.Reading again = imports.read(returned, WorkbookImport.Choices.NONE, Progress.NONE);
        assertEquals(0, again.plan().newRequests());
        assertTrue(again.plan().entries().stream().noneMatch(ImportPlan.Entry::includedByDefault));
        WorkbookImport.Outcome second = imports.apply(again, Importer.defaultExclusions(again.plan()), note);
        assertEquals(List.of(), second.requests());
        assertTrue(second.adjustment().isEmpty());
    }

    @Test
    void aRequestTheRowCannotMakeIsABadCellSaidWhereItIs() throws Exception {
        Task a = own.get(0);
        Task b = own.get(1);
        Task c = own.get(2);
        Map<Long, Map<String, String>> edits = new LinkedHashMap<>();
        edits.put(a.id(), Map.of(column("column.requestType"), "调整时限", column("column.requestTo"), "2024年2月30日",
                FillInFormat.header(TaskField.PROGRESS), "已启动。"));
        edits.put(b.id(), Map.of(column("column.requestTo"), "2024年12月31日"));
        edits.put(c.id(), Map.of(column("column.requestType"), "合并", column("column.requestTo"), "第999项"));
        WorkbookImport.Reading reading = new WorkbookImport(service).read(returned("POI xlsx", edits),
                WorkbookImport.Choices.NONE, Progress.NONE);
        ImportPlan plan = reading.plan();
        assertEquals(0, plan.newRequests());
        List<RowError> errors = plan.errors();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.cost() == RowError.Cost.CELL && e.header().equals(I18n.text(
                "column.requestTo"))), "each said at its 调整为 cell: " + errors);
        assertTrue(errors.get(0).message().contains("2月"), errors.get(0).message());
        assertEquals(I18n.text("import.request.toWithoutType"), errors.get(1).message());
        assertTrue(errors.get(2).message().contains("第999项"), errors.get(2).message());
        assertEquals(ImportPlan.Kind.CHANGED, entry(plan, a).kind(), "the row's progress is still imported");
    }

    @Test
    void aDepartmentsOwnTableAsksByItsRemarksAndItsChangedCells() {
        Task merged = own.get(0);
        Task cancelled = own.get(1);
        Task going = own.get(2);
        Task postponed = own.get(3);
        Task into = own.stream().filter(t -> t.number().text().equals("3.")).findFirst().orElse(null);
        String intoNumber = into == null ? "1." : into.number().text();
        Task target = service.tasks().stream().filter(t -> t.parentId() == null && t.number().text().equals(intoNumber))
                .findFirst().orElseThrow();
        Path file = TestWorkbook.xlsx().sheet(unit)
                .row("2024年第一季度改革任务进展情况")
                .row("填报单位：" + unit)
                .row("序号", "改革任务", "牵头单位", "完成时限", "进展情况", "备注")
                .row(merged.number().text(), merged.title(), unit, merged.deadline().text(), "已与第" + intoNumber
                        + "项统筹推进。", "并入第" + intoNumber.replace(".", "") + "项，内容重叠")
                .row(cancelled.number().text(), cancelled.title(), unit, cancelled.deadline().text(), "", "已取消")
                .row(going.number().text(), going.title(), unit, going.deadline().text(), "按计划推进。", "按计划推进")
                .row(postponed.number().text(), postponed.title(), unit, "2024年12月31日", "", "")
                .save(dir.resolve("部门自制表.xlsx"));
        ImportPlan plan = new WorkbookImport(service).read(file, WorkbookImport.Choices.NONE, Progress.NONE).plan();
        assertEquals(List.of(), plan.errors().stream().map(RowError::message).toList());
        assertEquals(List.of(RequestType.MERGE), entry(plan, merged).asks().stream().map(ImportPlan.Ask::type).toList());
        assertEquals(Map.of(TaskField.MERGED_INTO, Long.toString(target.id())), entry(plan, merged).asks().get(0).proposed());
        assertEquals("并入第" + intoNumber.replace(".", "") + "项，内容重叠", entry(plan, merged).asks().get(0).reason());
        assertEquals(List.of(RequestType.CANCEL), entry(plan, cancelled).asks().stream().map(ImportPlan.Ask::type).toList());
        assertEquals(List.of(), entry(plan, going).asks(), "a remark that asks nothing");
        assertEquals(List.of(RequestType.DEADLINE), entry(plan, postponed).asks().stream().map(ImportPlan.Ask::type)
                .toList(), "a deadline changed in a department's own table is asked for too");
        assertTrue(entry(plan, postponed).changes().isEmpty());
    }

    @Test
    void theReturnOffersTheRequestColumnsWithADropDownInTheProgramsWords() throws Exception {
        Path exported = FillInWorkbooks.write(dir.resolve("out"), ExportFormat.XLSX, false, service.info(),
                service.tasks(), List.of(unit), "2024年第一季度", Progress.NONE).get(0);
        try (InputStream in = Files.newInputStream(exported); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int typeColumn = columnOf(sheet, column("column.requestType"));
            assertTrue(typeColumn > 0);
            assertEquals(column("column.requestTo"), header(sheet, typeColumn + 1));
            assertEquals(column("column.requestReason"), header(sheet, typeColumn + 2));
            List<String> offered = sheet.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == typeColumn)
                    .flatMap(v -> Stream.of(v.getValidationConstraint().getExplicitListValues())).toList();
            List<String> expected = Stream.of(RequestType.values()).filter(t -> t != RequestType.ADD)
                    .map(RequestType::label).toList();
            assertEquals(expected, offered);
            Row first = null;
            for (Row row : sheet) {
                if (first == null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                    first = row; // a task's row
                }
            }
            for (int c = typeColumn; c <= typeColumn + 2; c++) {
                assertTrue(!first.getCell(c).getCellStyle().getLocked(), "the unit may fill column " + c);
            }
        }
    }

    private Task task(Task t) {
        return service.task(t.id()).orElseThrow();
    }

    private static ImportPlan.Entry entry(ImportPlan plan, Task t) {
        return plan.entries().stream().filter(e -> e.task() != null && e.task().id() == t.id()).findFirst()
                .orElseThrow();
    }

    private static String column(String key) {
        return I18n.text(key);
    }

    /** The unit's return, filled in as {@code edits} say (task id → header → value), saved by {@code writer}. */
    private Path returned(String writer, Map<Long, Map<String, String>> edits) throws Exception {
        ExportFormat format = writer.equals("POI xls") ? ExportFormat.XLS : ExportFormat.XLSX;
        Path exported = FillInWorkbooks.write(dir.resolve("out"), format, false, service.info(), service.tasks(),
                List.of(unit), "2024年第一季度", Progress.NONE).get(0);
        Path returned = exported.resolveSibling("报回-" + exported.getFileName());
        try (InputStream in = Files.newInputStream(exported); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                Cell id = row.getCell(0);
                if (id == null || id.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                Map<String, String> edit = edits.getOrDefault((long) id.getNumericCellValue(), Map.of());
                for (Map.Entry<String, String> e : edit.entrySet()) {
                    row.getCell(columnOf(sheet, e.getKey())).setCellValue(e.getValue());
                }
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                wb.write(out);
            }
        }
        if (!writer.startsWith("LibreOffice")) {
            return returned;
        }
        need(Files.isExecutable(SOFFICE), "LibreOffice (soffice)");
        Path out = Files.createDirectories(dir.resolve("lo"));
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless",
                "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--convert-to",
                "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(), returned.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), log);
        Path converted = out.resolve(returned.getFileName());
        assertTrue(Files.exists(converted), log);
        return converted;
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

    private static String header(Sheet sheet, int column) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                return c.getStringCellValue();
            }
        }
        return null;
    }
}
