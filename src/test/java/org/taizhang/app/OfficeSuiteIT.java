package org.taizhang.app;

import static org.taizhang.testing.Needs.need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.exchange.export.FillInWorkbooks;
import org.taizhang.exchange.export.LedgerWorkbook;
import org.taizhang.exchange.importing.ImportPlan;
import org.taizhang.exchange.importing.ImportPlanner;
import org.taizhang.exchange.importing.ReadOptions;
import org.taizhang.exchange.importing.WorkbookReader;
import org.taizhang.store.OpenLedger;
import org.taizhang.testing.TestLedger;

/**
 * A real office suite reads what Taizhang writes: LibreOffice (installed by .ci/run) converts the
 * ledger workbook to CSV and PDF without losing rows or Chinese text, and a 填报 workbook saved
 * again by LibreOffice still imports, every row matched by its hidden id.
 */
class OfficeSuiteIT {
    @TempDir
    Path dir;
    @RegisterExtension
    TestLedger sample = TestLedger.sample().at("2024-01-10T02:00:00Z");
    OpenLedger ledger;

    @BeforeEach
    void sample() {
        need(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice (soffice)");
        ledger = sample.ledger();
    }

    private Path convert(Path file, String to, Path outDir) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo"),
                "--convert-to", to, "--outdir", outDir.toString(), file.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), log);
        String name = file.getFileName().toString();
        String ext = to.contains(":") ? to.substring(0, to.indexOf(':')) : to;
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + ext);
        assertTrue(Files.exists(out), log);
        return out;
    }

    @Test
    void theLedgerWorkbookBecomesCsvAndPdfWithEveryRowAndItsChinese() throws Exception {
        List<Task> tasks = ledger.service().tasks();
        Path xlsx = dir.resolve("台账.xlsx");
        LedgerWorkbook.write(ExportTarget.of(xlsx, false), ledger.service(), null, null, LocalDate.of(2024, 1, 10),
                Progress.NONE);
        Path csv = convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", Files.createDirectories(dir.resolve("csv")));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        for (Task t : tasks) {
            assertTrue(text.contains(t.title()), "missing in CSV: " + t.title());
        }
        assertTrue(text.contains("北疆市2023年全面深化改革任务台账"));
        Path pdf = convert(xlsx, "pdf", Files.createDirectories(dir.resolve("pdf")));
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
        String pages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(pages.contains("北疆市2023年全面深化改革任务台账"), "the title prints");
        String flat = pages.replace(" ", "");
        int pageCount = pages.split("\f", -1).length - 1;
        assertTrue(flat.contains("第1页共" + pageCount + "页") && flat.contains("第" + pageCount + "页共" + pageCount + "页"),
                "the footer prints on every page");
        int headers = pages.split("牵头单位", -1).length - 1;
        assertTrue(pageCount > 1 && headers >= pageCount, "the header on every page: " + headers + " of " + pageCount);
    }

    @Test
    void aReturnSavedAgainByLibreOfficeStillMatchesEveryRowById() throws Exception {
        Path exported = FillInWorkbooks.write(dir.resolve("out"), ExportFormat.XLSX, false, ledger.service().info(),
                ledger.service().tasks(), List.of("市医保局"), "2024年第一季度", Progress.NONE).get(0);
        Path resaved = convert(exported, "xlsx:Calc MS Excel 2007 XML", Files.createDirectories(dir.resolve("lo-out")));
        ImportPlan plan = new ImportPlanner(ledger.service().tasks(), ledger.service()::historyOf, 2023)
                .plan(WorkbookReader.read(resaved, ReadOptions.of(2023)));
        assertEquals(List.of(), plan.errors());
        assertTrue(plan.entries().size() >= 4);
        assertTrue(plan.entries().stream().allMatch(e -> "id".equals(e.matchedBy())));
        assertTrue(plan.entries().stream().allMatch(e -> e.kind() == ImportPlan.Kind.UNCHANGED),
                plan.entries().stream().filter(e -> e.kind() != ImportPlan.Kind.UNCHANGED)
                        .map(e -> e.task().number() + " " + e.changes()).toList().toString());
    }
}
