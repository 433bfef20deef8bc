package org.taizhang.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.task.TaskFilter;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.report.Bulletin;
import org.taizhang.report.FilterWords;
import org.taizhang.report.Summary;
import org.taizhang.report.SummaryBuilder;
import org.taizhang.report.SummaryWorkbook;
import org.taizhang.report.docx.BulletinDocument;
import org.taizhang.report.layout.SummaryLayout;
import org.taizhang.report.pdf.PdfPages;
import org.taizhang.report.pdf.ReportFont;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The committee's summary as a PDF, a workbook and/or a draft 通报, now or as of a past date. */
@Command(name = "report", description = "生成推进情况报表 / the committee's status summary")
final class ReportCommand extends LedgerCommand {

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "PDF 报表 / the printed report as PDF")
    Path pdf;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "报表工作簿 / the summary tables as a workbook")
    Path xlsx;

    @Option(names = "--docx", paramLabel = "OUT.docx", description = "通报初稿（Word 文档，党政机关公文格式）/ a draft bulletin as a Word document in the official layout")
    Path docx;

    @Option(names = "--office", paramLabel = "NAME", description = "通报的发文机关署名（不填则留待填写）/ the office that issues the bulletin (else left to fill in)")
    String office;

    @Option(names = "--recipients", paramLabel = "TEXT", description = "通报的主送机关，如“各县区委深改委：”/ the bulletin's addressees")
    String recipients;

    @Option(names = "--as-of", paramLabel = "DATE", description = "截至日期（默认今天；往年台账为年末或最后一次调整之日）/ as of the end of this day (today; for a past year, its year end or its last adjustment)")
    String asOf;

    @Option(names = "--from", paramLabel = "D1", description = "统计期间起（默认本季度初）/ period start (quarter start)")
    String from;

    @Option(names = "--to", paramLabel = "D2", description = "统计期间止（默认截至日期）/ period end (the as-of date)")
    String to;

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "只统计这些改革领域的任务（可重复）/ only the tasks of these domains (repeatable)")
    java.util.List<String> domains = new java.util.ArrayList<>();

    @Option(names = "--lead-unit", paramLabel = "UNIT", description = "只统计这些单位牵头的任务（可重复）/ only the tasks these units lead (repeatable)")
    java.util.List<String> leadUnits = new java.util.ArrayList<>();

    @Option(names = "--font", paramLabel = "FONT.ttf", description = "PDF 用的中文字体文件 / the Chinese font for the PDF")
    Path font;

    @Option(names = "--force", description = "覆盖已存在的文件 / replace existing files")
    boolean force;

    @Option(names = "--json", description = "以 JSON 输出报表的各项数字 / print the report's figures as JSON")
    boolean json;

    ReportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        if (pdf == null && xlsx == null && docx == null && !json) {
            throw new LedgerException("report.cli.what");
        }
        ZoneId zone = ctx.zone();
        LocalDate today = LocalDate.now(ctx.clock().withZone(zone));
        Summary summary;
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            LocalDate day = asOf == null ? SummaryBuilder.defaultAsOf(ledger.service(), zone, today) : date(asOf, zone);
            SummaryBuilder.Request quarter = SummaryBuilder.Request.quarterTo(day);
            LocalDate start = from == null ? quarter.from() : date(from, zone);
            LocalDate end = to == null ? day : date(to, zone);
            if (start.isAfter(end)) {
                throw new LedgerException("report.cli.period");
            }
            TaskFilter filter = TaskFilter.NONE.withDomains(java.util.Set.copyOf(domains))
                    .withLeadUnits(java.util.Set.copyOf(leadUnits));
            summary = SummaryBuilder.build(ledger.service(),
                    new SummaryBuilder.Request(day, start, end, filter, FilterWords.of(filter)), zone, today);
        }
        if (json) {
            ctx.out().println(Json.print(ReportJson.of(summary)));
        }
        if (pdf != null) {
            try (ReportFont chinese = ReportFont.find(font)) {
                int pages = PdfPages.write(SummaryLayout.document(summary, chinese), chinese, pdf, force, Progress.NONE);
                said().println(I18n.text("report.cli.pdf", pdf, pages, summary.code().text()));
            }
        }
        if (xlsx != null) {
            SummaryWorkbook.write(summary, ExportTarget.of(xlsx, force));
            said().println(I18n.text("report.cli.xlsx", xlsx, summary.code().text()));
        }
        if (docx != null) {
            Bulletin bulletin = Bulletin.of(summary, new Bulletin.Options(recipients, office), today);
            BulletinDocument.write(bulletin, docx, force);
            said().println(I18n.text("bulletin.cli.docx", docx, summary.code().text()));
        }
        return 0;
    }

    /** Where to say what was written: nowhere beside JSON, which stays whole (and holds the check code). */
    private java.io.PrintWriter said() {
        return json ? new java.io.PrintWriter(java.io.Writer.nullWriter()) : ctx.out();
    }

    private static LocalDate date(String text, ZoneId zone) {
        return LocalDate.ofInstant(Moments.parse(text, zone), zone);
    }
}
