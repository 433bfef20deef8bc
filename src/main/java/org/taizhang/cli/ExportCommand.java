package org.taizhang.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.request.RequestList;
import org.taizhang.exchange.Progress;
import org.taizhang.exchange.export.ExportFormat;
import org.taizhang.exchange.export.ChangesWorkbook;
import org.taizhang.exchange.export.ExportTarget;
import org.taizhang.exchange.export.FillInWorkbooks;
import org.taizhang.exchange.export.LedgerWorkbook;
import org.taizhang.exchange.export.LogWorkbook;
import org.taizhang.exchange.export.RequestListContent;
import org.taizhang.store.OpenLedger;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes the office's workbooks: the ledger (or as of a date), per-unit 填报 returns, the log, the
 * changes; and the committee's 动态调整清单 as a Word document or a workbook.
 */
@Command(name = "export", description = "导出工作簿 / export workbooks")
final class ExportCommand extends LedgerCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--out", paramLabel = "OUT.xlsx", description = "导出台账 / the ledger workbook")
        Path out;

        @Option(names = "--by-unit", paramLabel = "DIR", description = "各牵头单位填报表 / one 填报 workbook per lead unit")
        Path byUnit;

        @Option(names = "--history", paramLabel = "OUT.xlsx", description = "调整记录 / the adjustment log")
        Path history;

        @Option(names = "--changes", paramLabel = "OUT.xlsx", description = "两日间变化（需 --from --to）/ changes")
        Path changes;

        @Option(names = "--requests", paramLabel = "OUT.docx|OUT.xlsx",
                description = "动态调整清单（Word 文档或工作簿）/ the committee's list of adjustment requests")
        Path requests;
    }

    @Option(names = "--list", paramLabel = "MEETING",
            description = "哪次会议的清单（默认最近一份待审议的清单）/ the meeting whose list (default: the newest awaiting it)")
    String list;

    @Option(names = "--all-open", description = "所有已提出意见、尚未审议的申请 / every reviewed request not yet decided")
    boolean allOpen;

    @Option(names = "--as-of", paramLabel = "DATE", description = "台账在该日的样子 / the ledger as of that date")
    String asOf;

    @Option(names = "--format", paramLabel = "xlsx|xls", description = "格式（默认按文件名）/ format")
    String format;

    @Option(names = "--period", paramLabel = "TEXT", description = "填报期间，如 2023年第三季度 / the reporting period")
    String period;

    @Option(names = "--unit", paramLabel = "UNIT", description = "只导出这些单位 / only these units")
    List<String> units;

    @Option(names = "--from", paramLabel = "D1", description = "起 / from")
    String from;

    @Option(names = "--to", paramLabel = "D2", description = "止 / to")
    String to;

    @Option(names = "--force", description = "覆盖已存在的文件 / replace existing files")
    boolean force;

    ExportCommand(CliContext ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        ZoneId zone = ctx.zone();
        try (OpenLedger ledger = OpenLedger.openForReading(file, ctx.clock())) {
            LedgerService service = ledger.service();
            LocalDate today = LocalDate.now(ctx.clock().withZone(zone));
            if (what.out != null) {
                LocalDate day = asOf == null ? null : LocalDate.ofInstant(Moments.parse(asOf, zone), zone);
                int written = LedgerWorkbook.write(target(what.out), service, day == null ? null : Moments.parse(asOf, zone), day,
                        today, Progress.NONE);
                ctx.out().println(I18n.text("export.cli.ledger", what.out, written));
            } else if (what.byUnit != null) {
                var tasks = service.tasks();
                List<String> chosen = units == null || units.isEmpty() ? FillInWorkbooks.leadUnits(tasks) : units;
                String p = period == null || period.isBlank() ? FillInWorkbooks.quarterOf(today) : period;
                List<Path> files = FillInWorkbooks.write(what.byUnit, formatOr(ExportFormat.XLSX), force, service.info(), tasks,
                        chosen, p, Progress.NONE);
                files.forEach(f -> ctx.out().println(f));
                ctx.out().println(I18n.text("export.cli.byUnit", files.size(), what.byUnit));
            } else if (what.history != null) {
                LogWorkbook.write(target(what.history), service.info(), service.log(), zone, Progress.NONE);
                ctx.out().println(I18n.text("export.cli.history", what.history, service.log().size()));
            } else if (what.requests != null) {
                var events = service.requestEvents();
                RequestList chosen = allOpen ? RequestList.open(events) : RequestList.of(events, list);
                RequestListContent content = RequestListContent.of(service, chosen, today);
                content.write(what.requests, force);
                ctx.out().println(I18n.text("export.cli.requestList", what.requests, content.meeting(), content.count()));
            } else {
                if (from == null || to == null) {
                    throw new LedgerException("export.cli.fromTo");
                }
                var a = Moments.parse(from, zone);
                var b = Moments.parse(to, zone);
                ChangesWorkbook.write(target(what.changes), service.info(), service.diff(a, b),
                        LocalDate.ofInstant(a, zone), LocalDate.ofInstant(b, zone));
                ctx.out().println(I18n.text("export.cli.changes", what.changes));
            }
        }
        return 0;
    }

    private ExportTarget target(Path out) {
        return new ExportTarget(out, formatOr(ExportFormat.ofFile(out)), force);
    }

    private ExportFormat formatOr(ExportFormat fallback) {
        return format == null ? fallback : ExportFormat.of(format);
    }
}
