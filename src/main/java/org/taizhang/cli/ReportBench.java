package org.taizhang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.taizhang.core.history.AdjustmentType;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.core.task.Task;
import org.taizhang.exchange.Progress;
import org.taizhang.report.Summary;
import org.taizhang.report.SummaryBuilder;
import org.taizhang.report.layout.Layout;
import org.taizhang.report.layout.SummaryLayout;
import org.taizhang.report.pdf.PdfPages;
import org.taizhang.report.pdf.ReportFont;
import org.taizhang.store.OpenLedger;

/**
 * The report's benchmark, the path the 报表 window takes: a ledger file of N tasks, set up in March,
 * counted on 31 December (now, and as of the day before, rebuilt from the log), laid out on A4
 * pages once (counting them), and written as a PDF page by page as it is laid out again (the
 * count, the second layout, the drawing and the saving: what {@code report --pdf} does).
 */
final class ReportBench {
    record Result(int tasks, long countNanos, long pastNanos, long layoutNanos, long pdfNanos, int pages, long pdfBytes) {
    }

    private final SettableClock clock = SettableClock.at("2023-03-01T02:00:00Z");

    Result run(Path dir, int n) throws Exception {
        Path file = dir.resolve("report-" + n + ".taizhang");
        Path pdf = dir.resolve("report-" + n + ".pdf");
        Files.deleteIfExists(file);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (OpenLedger ledger = OpenLedger.create(file, "性能测试台账", 2023, clock)) {
            List<Task> drafts = ExportBench.tasks(n).stream().map(t -> t.toBuilder().id(0).revision(0).build()).toList();
            ledger.service().commit(AdjustmentType.IMPORT, Note.by("bench"), drafts);
        }
        long count = Long.MAX_VALUE;
        long past = Long.MAX_VALUE;
        long layout = Long.MAX_VALUE;
        long write = Long.MAX_VALUE;
        int pages = 0;
        try (OpenLedger ledger = OpenLedger.openForReading(file, clock); ReportFont font = ReportFont.find(null)) {
            LocalDate today = LocalDate.of(2023, 12, 31);
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                Summary now = SummaryBuilder.build(ledger.service(), SummaryBuilder.Request.quarterTo(today), zone, today);
                count = Math.min(count, System.nanoTime() - start);
                start = System.nanoTime();
                SummaryBuilder.build(ledger.service(), SummaryBuilder.Request.quarterTo(today.minusDays(1)), zone, today);
                past = Math.min(past, System.nanoTime() - start);
                Layout document = SummaryLayout.document(now, font);
                start = System.nanoTime();
                document.count();
                layout = Math.min(layout, System.nanoTime() - start);
                start = System.nanoTime();
                pages = PdfPages.write(document, font, pdf, true, Progress.NONE);
                write = Math.min(write, System.nanoTime() - start);
            }
        }
        long bytes = Files.size(pdf);
        Files.deleteIfExists(pdf);
        Files.deleteIfExists(file);
        return new Result(n, count, past, layout, write, pages, bytes);
    }
}
