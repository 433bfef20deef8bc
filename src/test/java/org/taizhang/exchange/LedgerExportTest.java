package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.ChangesWorkbook;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.exchange.export.LedgerWorkbook;
import org.taizhang.exchange.export.LogWorkbook;
import org.taizhang.exchange.export.SafeFile;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.ImportPlanner;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.WorkbookReader;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/** The ledger workbook, the log and the changes, read back cell by cell; and the safety of writing them. */
class LedgerExportTest {
    @TempDir
    Path dir;
    SettableClock clock;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    LedgerService service;
    static final LocalDate TODAY = LocalDate.of(2024, 1, 10);

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
        clock = sample.clock();
        service = ledger.service();
    }

    private Path exportLedger(String name, LocalDate asOf) {
        Path out = dir.resolve(name);
        LedgerWorkbook.write(ExportTarget.of(out, false), service,
                asOf == null ? null : asOf.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), asOf, TODAY,
                Progress.NONE);
        return out;
    }

    private static String text(Row row, int column) {
        Cell c = row == null ? null : row.getCell(column);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(2)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    void theLedgerWorkbookLooksLikeTheOfficesOwn() throws Exception {
        for (String name : List.of("台账.xlsx", "台账.xls")) {
            Path file = exportLedger(name, null);
            try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
                Sheet sheet = wb.getSheetAt(0);
                assertEquals("北疆市2023年全面深化改革任务台账", text(sheet.getRow(0), 2), name);
                assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == 0 && m.getLastColumn() > 10));
                assertTrue(text(sheet.getRow(1), 2).contains("填报日期：2024年1月10日"), text(sheet.getRow(1), 2));
                assertEquals("序号", text(sheet.getRow(2), 2));
                assertTrue(sheet.getRow(2).getCell(2).getCellStyle().getWrapText());
                assertEquals("一、经济体制改革（20项）", text(sheet.getRow(3), 2));
                assertEquals("1.", text(sheet.getRow(4), 2), "序号 is text");
                assertTrue(sheet.isColumnHidden(0) && sheet.isColumnHidden(1));
                assertEquals(3, sheet.getPaneInformation().getHorizontalSplitTopRow(), "the header stays in view");
                assertTrue(sheet.getPrintSetup().getLandscape());
                assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
                assertEquals(1, sheet.getPrintSetup().getFitWidth());
                assertEquals(CellRangeAddress.valueOf("3:3").formatAsString(), sheet.getRepeatingRows().formatAsString());
                assertEquals("第 &P 页 共 &N 页", sheet.getFooter().getCenter());
                assertEquals("北疆市2023年全面深化改革任务台账　校验码 " + service.checkCode().text(), sheet.getFooter().getLeft(),
                        "the paper can be checked against the ledger");
                int status = column(sheet, "状态");
                List<? extends DataValidation> validations = sheet.getDataValidations();
                assertTrue(validations.stream().anyMatch(v -> v.getRegions().getCellRangeAddresses()[0].getFirstColumn() == status
                        && List.of(v.getValidationConstraint().getExplicitListValues()).contains("推进中")), name);
                int rows = 0;
                int dated = column(sheet, "时限日期");
                int dates = 0;
                for (Row row : sheet) {
                    if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                        rows++;
                        Cell d = row.getCell(dated);
                        dates += d != null && d.getCellType() == CellType.NUMERIC ? 1 : 0;
                    }
                }
                assertEquals(service.tasks().size(), rows, name);
                assertEquals(service.tasks().stream().filter(t -> t.deadline().date() != null).count(), dates,
                        "a real date beside each deadline that has one");
                if (name.endsWith("xlsx")) {
                    assertTrue(sheet instanceof org.apache.poi.xssf.usermodel.XSSFSheet s
                            && s.getCTWorksheet().isSetAutoFilter(), "filter on the header");
                }
            }
        }
    }

    @Test
    void aLedgerOfManyChunksIsWrittenWholeInReadingOrder() throws Exception {
        // More tasks than one read fetches, numbered against the order they were added in, beside
        // the sample's tasks with their measures: the rows must still come in the order the window reads.
        List<Task> drafts = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            drafts.add(Task.builder().number((1_234 - i) + ".").domain(i % 2 == 0 ? "经济体制改革" : "新增领域" + (i % 3))
                    .year(2023).title("批量任务" + i).leadUnits(org.taizhang.core.task.UnitList.parse("市财政局")).build());
        }
        service.commit(org.taizhang.core.history.AdjustmentType.IMPORT, Note.by("赵静"), drafts);
        List<Task> expected = service.tasks();
        Path file = exportLedger("大台账.xlsx", null);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int title = column(sheet, "改革任务");
            List<Long> ids = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cell id = row == null ? null : row.getCell(0);
                if (id != null && id.getCellType() == CellType.NUMERIC) {
                    Task t = expected.get(ids.size());
                    assertEquals(t.title(), text(row, title), "row " + r);
                    assertEquals(t.revision(), (int) row.getCell(1).getNumericCellValue(), "row " + r);
                    ids.add((long) id.getNumericCellValue());
                }
            }
            assertEquals(expected.stream().map(Task::id).toList(), ids);
            assertTrue(text(sheet.getRow(1), 2).contains(Integer.toString(expected.size())), text(sheet.getRow(1), 2));
            assertEquals("北疆市2023年全面深化改革任务台账　校验码 " + service.checkCode().text(), sheet.getFooter().getLeft());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        Task t = service.tasks().get(0);
        service.edit(t.toBuilder().remarks("=HYPERLINK(\"http://x\",\"点此\")").build(), Note.by("赵静"));
        Path file = exportLedger("台账.xlsx", null);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Cell remarks = sheet.getRow(4).getCell(column(sheet, "备注"));
            assertEquals(CellType.STRING, remarks.getCellType());
            assertEquals("=HYPERLINK(\"http://x\",\"点此\")", remarks.getStringCellValue());
            assertTrue(remarks.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void theLedgerAsOfADateSaysSoAndHoldsThatDaysTasks() throws Exception {
        Path file = exportLedger("3月.xlsx", LocalDate.of(2023, 3, 31));
        java.time.Instant april = LocalDate.of(2023, 4, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("北疆市2023年全面深化改革任务台账（截至2023年3月31日）", text(wb.getSheetAt(0).getRow(0), 2));
            String code = service.checkCode(april).text();
            assertTrue(wb.getSheetAt(0).getFooter().getLeft().endsWith("校验码 " + code), "the code of the state shown");
            assertTrue(service.checkCode(april).count() < service.checkCode().count(), code);
        }
        long march = service.tasksAsOf(april).size();
        assertEquals(march, WorkbookReader.read(file, ReadOptions.of(2023)).rows().size());
    }

    @Test
    void theLedgerWorkbookImportsBackWithoutAChange() {
        Path file = exportLedger("台账.xlsx", null);
        ImportPlan plan = new ImportPlanner(service.tasks(), service::historyOf, 2023)
                .plan(WorkbookReader.read(file, ReadOptions.of(2023)));
        assertEquals(List.of(), plan.errors());
        assertEquals(service.tasks().size(), plan.count(ImportPlan.Kind.UNCHANGED));
    }

    @Test
    void theLogHasARowPerChangedFieldAndTheChangesARowPerChange() throws Exception {
        Path log = dir.resolve("调整记录.xlsx");
        LogWorkbook.write(ExportTarget.of(log, false), service.info(), service.log(), ZoneId.of("Asia/Shanghai"),
                Progress.NONE);
        long fields = service.log().stream().flatMap(a -> a.changes().stream()).mapToLong(c -> c.fields().size()).sum();
        try (InputStream in = Files.newInputStream(log); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(fields, sheet.getLastRowNum() - 1, "title and header, then one row per field");
            Row first = sheet.getRow(2);
            assertEquals("2023-03-20 09:30", text(first, 0));
            assertEquals("新增", text(first, 2));
            assertEquals("1. 实施国有企业改革深化提升行动，推动市属国有企业提质增效", text(first, 3));
        }
        Path changes = dir.resolve("变化.xlsx");
        ChangesWorkbook.write(ExportTarget.of(changes, false), service.info(),
                service.diff(LocalDate.of(2023, 6, 1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                        LocalDate.of(2023, 7, 2).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()),
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1));
        try (InputStream in = Files.newInputStream(changes); Workbook wb = WorkbookFactory.create(in)) {
            List<String> kinds = new ArrayList<>();
            for (Row row : wb.getSheetAt(0)) {
                kinds.add(text(row, 0));
            }
            assertTrue(kinds.contains("新增") && kinds.contains("取消") && kinds.contains("合并"), kinds.toString());
            Row postponed = null;
            for (Row row : wb.getSheetAt(0)) {
                postponed = text(row, 1).equals("58.") && text(row, 3).equals("完成时限") ? row : postponed;
            }
            assertEquals("[-上-]半年", org.taizhang.testing.RichText.marks(wb, postponed.getCell(4).getRichStringCellValue()),
                    "the change marked in rich text: struck through before");
            assertEquals("{+下+}半年", org.taizhang.testing.RichText.marks(wb, postponed.getCell(5).getRichStringCellValue()),
                    "underlined after");
        }
    }

    @Test
    void anExportNeverReplacesUnaskedNorAFileOpenElsewhereNorLeavesHalfAFile() throws Exception {
        Path file = exportLedger("台账.xlsx", null);
        byte[] before = Files.readAllBytes(file);
        assertEquals("export.exists", assertThrows(LedgerException.class,
                () -> exportLedger("台账.xlsx", null)).key());
        Files.writeString(dir.resolve("~$台账.xlsx"), "owner");
        assertEquals("export.openElsewhere", assertThrows(LedgerException.class,
                () -> LedgerWorkbook.write(ExportTarget.of(file, true), service, null, null, TODAY, Progress.NONE)).key());
        Files.delete(dir.resolve("~$台账.xlsx"));
        assertThrows(LedgerException.class, () -> SafeFile.write(file, true, out -> {
            out.write(new byte[1000]);
            throw new java.io.IOException("disk full");
        }));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the old file is untouched");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no half-written file left");
        }
        LedgerWorkbook.write(ExportTarget.of(file, true), service, null, null, TODAY, Progress.NONE);
        assertTrue(Files.size(file) > 0);
        assertEquals(ExportFormat.XLS, ExportFormat.ofFile(Path.of("a.XLS")));
    }
}
