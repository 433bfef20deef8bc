package org.taizhang.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taizhang.core.I18n;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.Task;
import org.taizhang.core.task.TaskField;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.FillInWorkbooks;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.Skipped;
import org.taizhang.exchange.importing.WorkbookImport;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/**
 * One 填报 format for the writer and the reader: a workbook exported in Chinese or in English,
 * filled in by the unit, reads back in either language with every row matched by its hidden id,
 * exactly the unit's change planned, and its title, unit line, header, 领域 rows and notes passed
 * over by name.
 */
class FillInFormatTest {
    @TempDir
    Path dir;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;
    LedgerService service;

    @BeforeEach
    void sample() {
        ledger = sample.ledger();
        service = ledger.service();
    }

    @AfterEach
    void close() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    static Stream<Arguments> languagesAndFormats() {
        return Stream.of(ExportFormat.XLSX, ExportFormat.XLS).flatMap(f -> Stream.of(
                Arguments.of(Locale.SIMPLIFIED_CHINESE, Locale.SIMPLIFIED_CHINESE, f),
                Arguments.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, f),
                Arguments.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, f),
                Arguments.of(Locale.ENGLISH, Locale.ENGLISH, f)));
    }

    @ParameterizedTest(name = "written {0}, read {1}, {2}")
    @MethodSource("languagesAndFormats")
    void aWorkbookWrittenInEitherLanguageReadsBackInEither(Locale written, Locale read, ExportFormat format)
            throws Exception {
        I18n.use(written);
        List<Task> own = service.tasks().stream().filter(t -> t.leadUnits().contains("市医保局")
                && !t.status().isClosed()).toList();
        Path exported = FillInWorkbooks.write(dir.resolve("out"), format, false, service.info(), service.tasks(),
                List.of("市医保局"), "2024年第一季度", Progress.NONE).get(0);
        Task changed = own.get(0);
        Path returned = fillIn(exported, changed.id(), FillInFormat.header(TaskField.PROGRESS), "一季度：已全面推开。");

        I18n.use(read);
        WorkbookImport.Reading reading = new WorkbookImport(service).read(returned, WorkbookImport.Choices.NONE,
                Progress.NONE);
        ImportPlan plan = reading.plan();
        assertEquals(List.of(), plan.errors());
        assertEquals("市医保局", reading.data().unit(), "the unit line is read in the language it was written in");
        assertTrue(plan.entries().size() >= own.size() && plan.entries().stream().allMatch(e -> "id".equals(e.matchedBy())),
                "every row is matched by its hidden id");
        assertEquals(List.of(changed.id()), plan.entries().stream().filter(e -> e.kind() != ImportPlan.Kind.UNCHANGED)
                .map(e -> e.task().id()).toList());
        assertEquals(List.of(TaskField.PROGRESS), plan.entries().stream().filter(e -> e.kind() == ImportPlan.Kind.CHANGED)
                .flatMap(e -> e.changes().stream()).map(c -> c.field()).toList());
        assertEquals(List.of(), plan.missing());
        List<Skipped.Reason> passed = reading.data().skipped().stream().map(Skipped::reason).distinct().toList();
        assertEquals(List.of(Skipped.Reason.TITLE, Skipped.Reason.HEADER, Skipped.Reason.HEADING, Skipped.Reason.NOTE),
                passed, "title, unit line, header, 领域 rows and notes are named as what they are");
        ImportPlan.Tally tally = plan.tally();
        assertEquals(0, tally.lost());
        assertEquals(plan.entries().size(), tally.tasks() + tally.measures());
    }

    /** The unit's edit: one cell of one task's row, found by the header the export wrote (other tests use it too). */
    static Path fillIn(Path exported, long taskId, String header, String value) throws Exception {
        Path returned = exported.resolveSibling("报回-" + exported.getFileName());
        try (InputStream in = Files.newInputStream(exported); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int column = -1;
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                        column = c.getColumnIndex();
                    }
                }
                Cell id = row.getCell(0);
                if (column >= 0 && id != null && id.getCellType() == CellType.NUMERIC
                        && (long) id.getNumericCellValue() == taskId) {
                    row.getCell(column).setCellValue(value);
                }
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                wb.write(out);
            }
        }
        return returned;
    }
}
